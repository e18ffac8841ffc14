import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { ActionPublicationRecord, PlanPublicationRecord, PublicProfileRecord } from '@kompass/shared';
import { ActionPlansService } from '../action-plans/action-plans.service';
import { Action } from '../actions/action.entity';
import { ActionsService } from '../actions/actions.service';
import type { AuthUser } from '../auth/auth-user';
import { assertInTenant } from '../auth/tenant';
import { NotFoundException } from '../common/errors/domain.exception';
import { Municipality } from '../municipalities/municipality.entity';
import { ActionPublication } from './action-publication.entity';
import type { UpdateActionPublicationDto } from './dto/update-action-publication.dto';
import type { UpdatePlanPublicationDto } from './dto/update-plan-publication.dto';
import type { UpdatePublicProfileDto } from './dto/update-public-profile.dto';
import { PlanPublication } from './plan-publication.entity';
import { PublicProfile } from './public-profile.entity';
import { TransactionRunner } from '../database/transaction-runner';

const defaultProfile = (municipalityId: number): PublicProfileRecord => ({
  municipalityId,
  logoUrl: null,
  frameAncestors: [],
  licence: 'CC0-1.0',
  showDepartments: false,
});

/**
 * What coordinators decide about the public page. Every write goes through a repository's save inside a
 * transaction, so the audit subscriber records it, and the read-revision triggers drop the cached page.
 */
@Injectable()
export class PublicationService {
  constructor(
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    @InjectRepository(PublicProfile) private readonly profiles: Repository<PublicProfile>,
    @InjectRepository(PlanPublication) private readonly planPublications: Repository<PlanPublication>,
    @InjectRepository(Action) private readonly actions: Repository<Action>,
    @InjectRepository(ActionPublication) private readonly actionPublications: Repository<ActionPublication>,
    private readonly plans: ActionPlansService,
    private readonly actionsService: ActionsService,
    private readonly tx: TransactionRunner,
  ) {}

  async profile(actor: AuthUser, municipalityId: number): Promise<PublicProfileRecord> {
    await this.assertMunicipality(actor, municipalityId);
    const row = await this.profiles.findOneBy({ municipalityId });
    return row ? toProfileRecord(row) : defaultProfile(municipalityId);
  }

  async updateProfile(
    actor: AuthUser,
    municipalityId: number,
    dto: UpdatePublicProfileDto,
  ): Promise<PublicProfileRecord> {
    await this.assertMunicipality(actor, municipalityId);
    const saved = await this.tx.transaction(async (em) => {
      const repo = em.getRepository(PublicProfile);
      const row = (await repo.findOneBy({ municipalityId })) ?? repo.create(defaultProfile(municipalityId));
      if (dto.logoUrl !== undefined) row.logoUrl = dto.logoUrl;
      if (dto.frameAncestors !== undefined)
        row.frameAncestors = dto.frameAncestors.map((origin) => origin.toLowerCase());
      if (dto.licence !== undefined) row.licence = dto.licence;
      if (dto.showDepartments !== undefined) row.showDepartments = dto.showDepartments;
      return repo.save(row);
    });
    return toProfileRecord(saved);
  }

  private async assertMunicipality(actor: AuthUser, municipalityId: number): Promise<void> {
    assertInTenant(actor, municipalityId, 'Municipality', municipalityId);
    if (!(await this.municipalities.existsBy({ id: municipalityId })))
      throw new NotFoundException('Municipality', municipalityId);
  }

  async planPublication(actor: AuthUser, planId: number): Promise<PlanPublicationRecord> {
    await this.plans.find(actor, planId);
    const [publication, actions, choices] = await Promise.all([
      this.planPublications.findOneBy({ planId }),
      this.actions.find({
        select: { id: true, title: true },
        where: { planId },
        order: { deadline: 'ASC', id: 'ASC' },
      }),
      this.actionPublications.findBy({ planId }),
    ]);
    const byDefault = publication?.actionsPublishedByDefault ?? true;
    const choiceOf = new Map(choices.map((c) => [c.actionId, c]));
    return {
      planId,
      published: publication?.published ?? false,
      actionsPublishedByDefault: byDefault,
      publishedAt: publication?.publishedAt?.toISOString() ?? null,
      actions: actions.map((a) => toActionRecord(a, choiceOf.get(a.id), byDefault)),
    };
  }

  async updatePlanPublication(
    actor: AuthUser,
    planId: number,
    dto: UpdatePlanPublicationDto,
  ): Promise<PlanPublicationRecord> {
    const plan = await this.plans.find(actor, planId);
    await this.tx.transaction(async (em) => {
      const repo = em.getRepository(PlanPublication);
      const row =
        (await repo.findOneBy({ planId })) ??
        repo.create({
          planId,
          municipalityId: plan.municipalityId,
          published: false,
          actionsPublishedByDefault: true,
          publishedAt: null,
        });
      if (
        dto.actionsPublishedByDefault !== undefined &&
        dto.actionsPublishedByDefault !== row.actionsPublishedByDefault
      ) {
        // The default is for new actions: those that followed the old one keep what residents saw.
        const choices = em.getRepository(ActionPublication);
        const chosen = new Set(
          (await choices.find({ select: { actionId: true }, where: { planId } })).map((c) => c.actionId),
        );
        const following = (await em.getRepository(Action).find({ select: { id: true }, where: { planId } })).filter(
          (a) => !chosen.has(a.id),
        );
        for (const action of following)
          await choices.save(
            choices.create({
              actionId: action.id,
              planId,
              municipalityId: plan.municipalityId,
              published: row.actionsPublishedByDefault,
              publicSummary: null,
            }),
          );
        row.actionsPublishedByDefault = dto.actionsPublishedByDefault;
      }
      if (dto.published !== undefined && dto.published !== row.published) {
        row.published = dto.published;
        row.publishedAt = dto.published ? new Date() : null;
      }
      await repo.save(row);
    });
    return this.planPublication(actor, planId);
  }

  async updateActionPublication(
    actor: AuthUser,
    actionId: number,
    dto: UpdateActionPublicationDto,
  ): Promise<ActionPublicationRecord> {
    const action = await this.actionsService.find(actor, actionId);
    const saved = await this.tx.transaction(async (em) => {
      const publication = await em.getRepository(PlanPublication).findOneBy({ planId: action.planId });
      const repo = em.getRepository(ActionPublication);
      const row =
        (await repo.findOneBy({ actionId })) ??
        repo.create({
          actionId,
          planId: action.planId,
          municipalityId: action.municipalityId,
          published: publication?.actionsPublishedByDefault ?? true,
          publicSummary: null,
        });
      if (dto.published !== undefined) row.published = dto.published;
      if (dto.publicSummary !== undefined) row.publicSummary = dto.publicSummary?.trim() || null;
      return repo.save(row);
    });
    return toActionRecord(action, saved, saved.published);
  }
}

function toProfileRecord(row: PublicProfile): PublicProfileRecord {
  return {
    municipalityId: row.municipalityId,
    logoUrl: row.logoUrl,
    frameAncestors: row.frameAncestors,
    licence: row.licence,
    showDepartments: row.showDepartments,
  };
}

function toActionRecord(
  action: Pick<Action, 'id' | 'title'>,
  choice: ActionPublication | undefined,
  byDefault: boolean,
): ActionPublicationRecord {
  return {
    actionId: action.id,
    title: action.title,
    published: choice?.published ?? byDefault,
    followsDefault: !choice,
    publicSummary: choice?.publicSummary ?? null,
  };
}
