import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type ObjectLiteral } from 'typeorm';
import { FindingKind } from '@kompass/shared';
import { derivedOf } from '../actions/action-progress';
import { AppConfig } from '../config/app-config';
import { todayIn } from '../common/dates';
import { Action } from '../actions/action.entity';
import { ActionFinding } from '../actions/action-finding.entity';
import { Finding } from '../evaluations/finding.entity';
import type { PlanAction } from './report-actions';
import { hydrator, PreparedRead } from '../database/prepared-read';

const ACTION_COLUMNS = [
  'id',
  'title',
  'status',
  'progress',
  'deadline',
  'doneAt',
  'questionCodes',
  'areas',
  'judgement',
  'startDate',
  'createdAt',
  'lastProgressAt',
] as const;
type ActionRow = Pick<Action, (typeof ACTION_COLUMNS)[number]>;

/** A plan's actions and their links to findings, with the plan bound (exported for the SQL snapshots). */
export function planActionsReads(actions: Repository<Action>, links: Repository<ActionFinding>) {
  return {
    actionRows: new PreparedRead<ActionRow>(
      actions,
      (p) => {
        const query = actions.createQueryBuilder('a').select([]);
        for (const name of ACTION_COLUMNS) query.addSelect(`a.${name}`, name);
        return query
          .where(`a.planId = ${p(0)}`)
          .orderBy('a.deadline', 'ASC')
          .addOrderBy('a.id', 'ASC');
      },
      hydrator(actions, ACTION_COLUMNS),
    ),
    linkRows: new PreparedRead(
      links,
      (p) =>
        links
          .createQueryBuilder('af')
          .select('af.actionId', 'actionId')
          .addSelect('af.findingId', 'findingId')
          .addSelect('f.area', 'area')
          .addSelect('f.questionCodes', 'questionCodes')
          .innerJoin(Action, 'a', 'a.id = af.actionId')
          .innerJoin(Finding, 'f', 'f.id = af.findingId')
          .where(`a.planId = ${p(0)}`)
          .orderBy('af.actionId', 'ASC')
          .addOrderBy('af.findingId', 'ASC'),
      // Integer keys come back as strings from some drivers; the ids are plain integers on both.
      (raw) => ({ actionId: Number(raw.actionId), findingId: Number(raw.findingId), raw }),
    ),
  };
}

/**
 * Reads a plan's actions with the improvement items they answer, straight from the tables: reports only
 * read, and going through the actions service would drag its write rules and paging into every report.
 */
@Injectable()
export class PlanActionsLoader {
  private readonly actionRows: PreparedRead<ActionRow>;
  private readonly linkRows: PreparedRead<{ actionId: number; findingId: number; raw: ObjectLiteral }>;
  private readonly finding: (raw: ObjectLiteral) => Pick<Finding, 'area' | 'questionCodes'>;

  constructor(
    @InjectRepository(Action) actions: Repository<Action>,
    @InjectRepository(ActionFinding) links: Repository<ActionFinding>,
    @InjectRepository(Finding) private readonly findings: Repository<Finding>,
    private readonly config: AppConfig,
  ) {
    const reads = planActionsReads(actions, links);
    this.actionRows = reads.actionRows;
    this.finding = hydrator(findings, ['area', 'questionCodes'] as const);
    this.linkRows = reads.linkRows;
  }

  /**
   * Every action of the plan, in two queries whatever its size: the actions, and their links joined to the
   * findings on `planId` (not ~300 ids as parameters). Plain rows, not entities: building ~300 entities cost
   * more than the query.
   */
  /** `today` (YYYY-MM-DD, the municipality's zone) is the day Kompass's judgement of each action is made for. */
  async load(
    planId: number,
    today = todayIn(this.config.timeZone),
  ): Promise<{ actions: PlanAction[]; findingIdsByAction: Map<number, number[]> }> {
    const [rows, links] = await Promise.all([this.actionRows.run([planId]), this.linkRows.run([planId])]);
    const findingIdsByAction = new Map<number, number[]>();
    const findingsByAction = new Map<number, PlanAction['findings']>();
    // An improvement item is linked to several actions: convert its columns once.
    const findings = new Map<number, PlanAction['findings'][number]>();
    for (const link of links) {
      let finding = findings.get(link.findingId);
      if (!finding) {
        const { area, questionCodes } = this.finding(link.raw);
        findings.set(link.findingId, (finding = { area, questionCodes: questionCodes ?? [] }));
      }
      (findingIdsByAction.get(link.actionId) ?? findingIdsByAction.set(link.actionId, []).get(link.actionId)!).push(
        link.findingId,
      );
      (findingsByAction.get(link.actionId) ?? findingsByAction.set(link.actionId, []).get(link.actionId)!).push(
        finding,
      );
    }
    const actions = rows.map((a): PlanAction => {
      if (!findingIdsByAction.has(a.id)) findingIdsByAction.set(a.id, []);
      const derivedJudgement = derivedOf(a, today, this.config.timeZone);
      return {
        id: a.id,
        title: a.title,
        status: a.status,
        progress: a.progress,
        deadline: a.deadline,
        doneAt: a.doneAt,
        questionCodes: a.questionCodes ?? [],
        findings: findingsByAction.get(a.id) ?? [],
        areas: a.areas ?? [],
        judgement: a.judgement,
        derivedJudgement,
      };
    });
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
