import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { FindingKind } from '@kompass/shared';
import { Action } from '../actions/action.entity';
import { ActionFinding } from '../actions/action-finding.entity';
import { Finding } from '../findings/finding.entity';
import type { PlanAction } from './report-actions';

const ACTION_COLUMNS = ['id', 'title', 'status', 'progress', 'deadline', 'doneAt', 'questionCodes'] as const;
type ActionRow = Pick<Action, (typeof ACTION_COLUMNS)[number]>;

/**
 * Reads a plan's actions with the improvement items they answer, straight from the tables: reports only
 * read, and going through the actions service would drag its write rules and paging into every report.
 */
@Injectable()
export class PlanActionsLoader {
  private prepared?: Statements;

  constructor(
    @InjectRepository(Action) private readonly actions: Repository<Action>,
    @InjectRepository(ActionFinding) private readonly links: Repository<ActionFinding>,
    @InjectRepository(Finding) private readonly findings: Repository<Finding>,
  ) {}

  /**
   * Every action of the plan, in two queries whatever its size: the actions, and their links joined to the
   * findings on `planId` (not ~300 ids as parameters). Plain rows, not entities: building ~300 entities cost
   * more than the query.
   */
  async load(planId: number): Promise<{ actions: PlanAction[]; findingIdsByAction: Map<number, number[]> }> {
    const sql = this.statements();
    const manager = this.actions.manager;
    const [rows, links] = await Promise.all([manager.query<ObjectLiteral[]>(sql.actions, [planId]), manager.query<ObjectLiteral[]>(sql.links, [planId])]);
    const findingIdsByAction = new Map<number, number[]>();
    const findingsByAction = new Map<number, PlanAction['findings']>();
    // An improvement item is linked to several actions: convert its columns once.
    const findings = new Map<number, PlanAction['findings'][number]>();
    for (const raw of links) {
      // Integer keys come back as strings from some drivers; the ids are plain integers on both.
      const actionId = Number(raw.actionId);
      const findingId = Number(raw.findingId);
      let finding = findings.get(findingId);
      if (!finding) {
        const { area, questionCodes } = sql.finding(raw);
        findings.set(findingId, (finding = { area, questionCodes: questionCodes ?? [] }));
      }
      (findingIdsByAction.get(actionId) ?? findingIdsByAction.set(actionId, []).get(actionId)!).push(findingId);
      (findingsByAction.get(actionId) ?? findingsByAction.set(actionId, []).get(actionId)!).push(finding);
    }
    const actions = rows.map((raw): PlanAction => {
      const a = sql.action(raw);
      if (!findingIdsByAction.has(a.id)) findingIdsByAction.set(a.id, []);
      return { id: a.id, title: a.title, status: a.status, progress: a.progress, deadline: a.deadline, doneAt: a.doneAt, questionCodes: a.questionCodes ?? [], findings: findingsByAction.get(a.id) ?? [] };
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

  /**
   * The two statements, written once by TypeORM for the dialect and then run with `planId` as a bound
   * parameter: building them costs more per report than running them, and the SQLite driver would otherwise
   * write the id into the SQL text, so every plan would prepare its own statement.
   */
  private statements(): Statements {
    if (this.prepared) return this.prepared;
    const driver = this.actions.manager.connection.driver;
    // The dialect's placeholder for the first bound parameter (`?` or `$1`), written into the condition.
    const byPlan = `a.planId = ${driver.createParameter('planId', 0)}`;
    const actionQuery = this.actions.createQueryBuilder('a').select([]);
    for (const name of ACTION_COLUMNS) actionQuery.addSelect(`a.${name}`, name);
    actionQuery.where(byPlan).orderBy('a.deadline', 'ASC').addOrderBy('a.id', 'ASC');
    const linkQuery = this.links
      .createQueryBuilder('af')
      .select('af.actionId', 'actionId')
      .addSelect('af.findingId', 'findingId')
      .addSelect('f.area', 'area')
      .addSelect('f.questionCodes', 'questionCodes')
      .innerJoin(Action, 'a', 'a.id = af.actionId')
      .innerJoin(Finding, 'f', 'f.id = af.findingId')
      .where(byPlan)
      .orderBy('af.actionId', 'ASC')
      .addOrderBy('af.findingId', 'ASC');
    this.prepared = {
      actions: actionQuery.getQueryAndParameters()[0],
      links: linkQuery.getQueryAndParameters()[0],
      action: hydrator(this.actions, ACTION_COLUMNS),
      finding: hydrator(this.findings, ['area', 'questionCodes'] as const),
    };
    return this.prepared;
  }
}

interface Statements {
  actions: string;
  links: string;
  action: (raw: ObjectLiteral) => ActionRow;
  finding: (raw: ObjectLiteral) => Pick<Finding, 'area' | 'questionCodes'>;
}

/** Raw row → typed values through the driver's own conversion (dates, JSON), so SQLite and PostgreSQL agree. */
function hydrator<E extends ObjectLiteral, K extends keyof E & string>(repository: Repository<E>, names: readonly K[]): (raw: ObjectLiteral) => Pick<E, K> {
  const driver = repository.manager.connection.driver;
  const columns: ColumnMetadata[] = names.map((name) => repository.metadata.findColumnWithPropertyName(name)!);
  return (raw) => {
    const row = {} as Record<string, unknown>;
    for (const column of columns) {
      const value = raw[column.propertyName];
      row[column.propertyName] = value === null || value === undefined ? null : driver.prepareHydratedValue(value, column);
    }
    return row as Pick<E, K>;
  };
}
