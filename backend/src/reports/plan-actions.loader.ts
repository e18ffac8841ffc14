import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { FindingKind } from '@kompass/shared';
import { Action } from '../actions/action.entity';
import { ActionFinding } from '../actions/action-finding.entity';
import { Finding } from '../findings/finding.entity';
import type { PlanAction } from './report-actions';

/**
 * Reads a plan's actions with the improvement items they answer, straight from the tables: reports only
 * read, and going through the actions service would drag its write rules and paging into every report.
 */
@Injectable()
export class PlanActionsLoader {
  constructor(
    @InjectRepository(Action) private readonly actions: Repository<Action>,
    @InjectRepository(ActionFinding) private readonly links: Repository<ActionFinding>,
    @InjectRepository(Finding) private readonly findings: Repository<Finding>,
  ) {}

  /** Every action of the plan, in four queries whatever its size. */
  async load(planId: number): Promise<{ actions: PlanAction[]; findingIdsByAction: Map<number, number[]> }> {
    const rows = await this.actions.find({
      where: { planId },
      select: { id: true, title: true, status: true, progress: true, deadline: true, doneAt: true, questionCodes: true },
      order: { deadline: 'ASC', id: 'ASC' },
    });
    const links = rows.length ? await this.links.find({ where: { actionId: In(rows.map((a) => a.id)) } }) : [];
    const findingIds = [...new Set(links.map((l) => l.findingId))];
    const findings = findingIds.length
      ? await this.findings.find({ where: { id: In(findingIds) }, select: { id: true, area: true, questionCodes: true } })
      : [];
    const findingById = new Map(findings.map((f) => [f.id, f]));
    const findingIdsByAction = new Map<number, number[]>(rows.map((a) => [a.id, []]));
    for (const link of links) findingIdsByAction.get(link.actionId)?.push(link.findingId);
    const actions = rows.map(
      (a): PlanAction => ({
        id: a.id,
        title: a.title,
        status: a.status,
        progress: a.progress,
        deadline: a.deadline,
        doneAt: a.doneAt,
        questionCodes: a.questionCodes ?? [],
        findings: (findingIdsByAction.get(a.id) ?? []).flatMap((id) => {
          const f = findingById.get(id);
          return f ? [{ area: f.area, questionCodes: f.questionCodes ?? [] }] : [];
        }),
      }),
    );
    return { actions, findingIdsByAction };
  }

  /** The improvement items (förbättringsmöjligheter) of an evaluation. */
  improvementItems(evaluationId: number): Promise<Pick<Finding, 'id' | 'area' | 'questionCodes'>[]> {
    return this.findings.find({
      where: { evaluationId, kind: FindingKind.Improvement },
      select: { id: true, area: true, questionCodes: true },
      order: { area: 'ASC', order: 'ASC' },
    });
  }
}
