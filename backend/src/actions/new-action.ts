import { ActionPriority, ActionStatus } from '@kompass/shared';
import type { EntityManager } from 'typeorm';
import { Action } from './action.entity';

/** What a new action must be told; everything else has a default below. */
export type NewActionFields = Pick<Action, 'municipalityId' | 'planId' | 'title' | 'deadline'> & Partial<Action>;

/**
 * The one place an action's defaults are written: not started, no progress, normal priority, no owner, and
 * "reported on" at creation (the stale rule counts from there). Routes, bulk drafting and test seeding use it.
 */
export function newAction(em: EntityManager, fields: NewActionFields): Action {
  return em.create(Action, {
    description: null,
    questionCodes: [],
    questionCodesOverridden: false,
    areas: [],
    ownerId: null,
    departmentId: null,
    startDate: null,
    status: ActionStatus.NotStarted,
    progress: 0,
    priority: ActionPriority.Normal,
    expectedEffect: null,
    doneAt: null,
    lastProgressAt: new Date(),
    judgement: null,
    version: 1,
    ...fields,
  });
}
