import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type ObjectLiteral } from 'typeorm';
import { FindingKind } from '@kompass/shared';
import { hydrator, PreparedRead, selectColumns } from '../database/prepared-read';
import { AuditEvent } from '../audit/audit-event.entity';
import { Finding } from '../evaluations/finding.entity';
import { Action } from './action.entity';
import { ActionFinding } from './action-finding.entity';
import { ActionUpdate } from './action-update.entity';
import { COUNTED, type Counted } from './action-progress';

export const REPORT_COLUMNS = [
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
/** An action as the reports read it. */
export type ReportRow = Pick<Action, (typeof REPORT_COLUMNS)[number]>;

const ROLLED = [...COUNTED, 'departmentId', 'planId'] as const;
/** An action as the roll-ups and the burn-up read it. */
export type Rolled = Pick<Action, (typeof ROLLED)[number]>;

const IMPROVEMENT = ['id', 'area', 'questionCodes'] as const;
export type ImprovementRow = Pick<Finding, (typeof IMPROVEMENT)[number]>;

/** A link of an action to an improvement item, with the item's raw columns for `improvementOf`. */
export interface FindingLinkRow {
  actionId: number;
  findingId: number;
  raw: ObjectLiteral;
}

/**
 * A plan's actions as the summary, the reports and the roll-ups read them: plain rows, not entities (a plan has
 * hundreds of actions, and building entities cost more than the query). Reads on a hot path are PreparedReads,
 * written once per dialect with the plan or evaluation bound.
 */
@Injectable()
export class PlanActionReads {
  private readonly countedRows: PreparedRead<Counted>;
  private readonly improvementRows: PreparedRead<ImprovementRow>;
  private readonly answeredRows: PreparedRead<number>;
  private readonly reportRows: PreparedRead<ReportRow>;
  private readonly linkRows: PreparedRead<FindingLinkRow>;
  /** An improvement item's columns from a row of `findingLinks`, through the driver's conversion. */
  readonly improvementOf: (raw: ObjectLiteral) => Pick<Finding, 'area' | 'questionCodes'>;

  constructor(
    @InjectRepository(Action) private readonly actions: Repository<Action>,
    @InjectRepository(ActionFinding) private readonly links: Repository<ActionFinding>,
    @InjectRepository(ActionUpdate) private readonly updates: Repository<ActionUpdate>,
    @InjectRepository(Finding) private readonly findings: Repository<Finding>,
    @InjectRepository(AuditEvent) private readonly audit: Repository<AuditEvent>,
  ) {
    this.countedRows = new PreparedRead(
      actions,
      (p) =>
        selectColumns(actions, 'a', COUNTED)
          .where(`a.planId = ${p(0)}`)
          .orderBy('a.deadline', 'ASC')
          .addOrderBy('a.id', 'ASC'),
      hydrator(actions, COUNTED),
    );
    this.improvementRows = new PreparedRead(
      findings,
      (p) =>
        selectColumns(findings, 'f', IMPROVEMENT)
          .where(`f.evaluationId = ${p(0)}`)
          .andWhere(`f.kind = ${p(1)}`)
          .orderBy('f.id', 'ASC'),
      hydrator(findings, IMPROVEMENT),
    );
    // Improvement items answered by an action of the plan: a join, rather than a parameter per action.
    this.answeredRows = new PreparedRead(
      links,
      (p) =>
        links
          .createQueryBuilder('af')
          .select('af.findingId', 'findingId')
          .distinct(true)
          .innerJoin(Action, 'a', 'a.id = af.actionId')
          .where(`a.planId = ${p(0)}`),
      (raw) => Number(raw.findingId),
    );
    this.reportRows = new PreparedRead(
      actions,
      (p) =>
        selectColumns(actions, 'a', REPORT_COLUMNS)
          .where(`a.planId = ${p(0)}`)
          .orderBy('a.deadline', 'ASC')
          .addOrderBy('a.id', 'ASC'),
      hydrator(actions, REPORT_COLUMNS),
    );
    this.improvementOf = hydrator(findings, ['area', 'questionCodes'] as const);
    // The links joined to the findings on `planId`, not a few hundred ids as parameters.
    this.linkRows = new PreparedRead(
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
    );
  }

  /** The plan's actions with the columns the summary counts, by deadline. */
  /** The prepared statements' texts, for the SQL snapshots. */
  statements(): Record<string, string> {
    const reads = {
      countedRows: this.countedRows,
      improvementRows: this.improvementRows,
      answeredRows: this.answeredRows,
      reportRows: this.reportRows,
      linkRows: this.linkRows,
    };
    return Object.fromEntries(Object.entries(reads).map(([name, read]) => [name, read.sql()]));
  }

  countedOfPlan(planId: number): Promise<Counted[]> {
    return this.countedRows.run([planId]);
  }

  /** The plan's actions with the columns the roll-ups read, by id. */
  async rolledOfPlan(planId: number): Promise<Rolled[]> {
    const raw = await selectColumns(this.actions, 'a', ROLLED)
      .where('a.planId = :planId', { planId })
      .orderBy('a.id', 'ASC')
      .getRawMany();
    return raw.map(hydrator(this.actions, ROLLED));
  }

  /** The plan's actions with the columns the reports read, by deadline. */
  reportRowsOfPlan(planId: number): Promise<ReportRow[]> {
    return this.reportRows.run([planId]);
  }

  /** The links of the plan's actions with their improvement items' area and codes (see `improvementOf`). */
  findingLinksOfPlan(planId: number): Promise<FindingLinkRow[]> {
    return this.linkRows.run([planId]);
  }

  /** The ids of the improvement items an action of the plan answers. */
  answeredOfPlan(planId: number): Promise<number[]> {
    return this.answeredRows.run([planId]);
  }

  /** The improvement items of an evaluation, by id. */
  improvementsById(evaluationId: number): Promise<ImprovementRow[]> {
    return this.improvementRows.run([evaluationId, FindingKind.Improvement]);
  }

  /** The improvement items (förbättringsmöjligheter) of an evaluation, in the report's order. */
  improvementsInOrder(evaluationId: number): Promise<ImprovementRow[]> {
    return this.findings.find({
      where: { evaluationId, kind: FindingKind.Improvement },
      select: { id: true, area: true, questionCodes: true },
      order: { area: 'ASC', order: 'ASC' },
    });
  }
  /** When each progress report of the plan's actions was made. */
  updateTimesOfPlan(planId: number): Promise<Pick<ActionUpdate, 'id' | 'actionId' | 'createdAt'>[]> {
    return this.updates
      .createQueryBuilder('u')
      .select(['u.id', 'u.actionId', 'u.createdAt'])
      .innerJoin(Action, 'a', 'a.id = u.actionId')
      .where('a.planId = :planId', { planId })
      .getMany();
  }

  /** The audit trail of the plan's actions: their updates, oldest first (a progress report is one of them). */
  async auditedUpdatesOfPlan(planId: number): Promise<Pick<AuditEvent, 'entityId' | 'before' | 'createdAt'>[]> {
    const columns = ['entityId', 'before', 'createdAt'] as const;
    const raw = await selectColumns(this.audit, 'ae', columns)
      .innerJoin(Action, 'a', 'a.id = ae.entityId')
      .where('ae.entity = :entity', { entity: 'action' })
      .andWhere('ae.action = :kind', { kind: 'update' })
      .andWhere('a.planId = :planId', { planId })
      .orderBy('ae.id', 'ASC')
      .getRawMany();
    return raw.map(hydrator(this.audit, columns));
  }
}
