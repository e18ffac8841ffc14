import { ActionPriority, ACTION_STATUSES, JUDGEMENTS } from '@kompass/shared';
import { BadRequestException } from '../common/errors/domain.exception';
import {
  enumFilter,
  FilterHandler,
  intFilter,
  jsonArrayContainsFilter,
  ListSpec,
  textSearchFilter,
} from '../common/list';
import { ActionFinding } from './action-finding.entity';
import { dueWithinActionSql, overdueActionSql, staleActionSql } from './action-status';
import { derivedJudgementFilter } from './derived-judgement.filter';

/**
 * The filters and sort keys of GET /api/actions. Date filters read `today()` per request (the municipality's
 * zone), so a long-running process never filters with the day it started on.
 */
export function actionListSpec(today: () => string, timeZone: string): ListSpec {
  return {
    filters: {
      id: intFilter(),
      planId: intFilter(),
      municipalityId: intFilter(),
      ownerId: intFilter(),
      departmentId: intFilter(),
      status: enumFilter(ACTION_STATUSES),
      priority: enumFilter(Object.values(ActionPriority)),
      area: jsonArrayContainsFilter('number', 'areas'),
      questionCode: jsonArrayContainsFilter('code', 'questionCodes'),
      findingId: findingFilter(),
      overdue: overdueFilter(today),
      dueWithinDays: dueWithinFilter(today),
      judgement: enumFilter(JUDGEMENTS),
      derivedJudgement: derivedJudgementFilter(today, timeZone),
      silentForDays: silentFilter(today, timeZone),
      q: textSearchFilter('title', 'description'),
    },
    sortable: [
      'id',
      'title',
      'deadline',
      'status',
      'progress',
      'priority',
      'ownerId',
      'departmentId',
      'lastProgressAt',
      'createdAt',
      'updatedAt',
    ],
    defaultSort: ['deadline', 'ASC'],
  };
}

function findingFilter(): FilterHandler {
  return (qb, alias, value, name) => {
    const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    if (!Number.isSafeInteger(id))
      throw new BadRequestException(`Filter "${name}" must be an integer`).withCode('invalid_query');
    const linked = qb
      .subQuery()
      .select('af.actionId')
      .from(ActionFinding, 'af')
      .where('af.findingId = :findingFilter')
      .getQuery();
    qb.andWhere(`${alias}.id IN ${linked}`, { findingFilter: id });
  };
}

function overdueFilter(today: () => string): FilterHandler {
  return (qb, alias, value, name) => {
    if (typeof value !== 'boolean')
      throw new BadRequestException(`Filter "${name}" must be true or false`).withCode('invalid_query');
    const { sql, params } = overdueActionSql(alias, today());
    qb.andWhere(value ? sql : `NOT ${sql}`, params);
  };
}

/** Open actions with no progress report for at least N days (lastProgressAt before today minus N). */
function silentFilter(today: () => string, timeZone: string): FilterHandler {
  return (qb, alias, value, name) => {
    const days = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > 3660)
      throw new BadRequestException(`Filter "${name}" must be a number of days from 1 to 3660`);
    const { sql, params } = staleActionSql(alias, today(), days as number, timeZone);
    qb.andWhere(sql, params);
  };
}

function dueWithinFilter(today: () => string): FilterHandler {
  return (qb, alias, value, name) => {
    const days = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    if (!Number.isInteger(days) || (days as number) < 0 || (days as number) > 3660)
      throw new BadRequestException(`Filter "${name}" must be a number of days from 0 to 3660`).withCode(
        'invalid_query',
      );
    const { sql, params } = dueWithinActionSql(alias, today(), days as number);
    qb.andWhere(sql, params);
  };
}
