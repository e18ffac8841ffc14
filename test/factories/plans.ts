import { ActionStatus, PlanStatus, Role } from '@kompass/shared';
import { ActionPlan } from '../../backend/src/action-plans/action-plan.entity';
import type { Action } from '../../backend/src/actions/action.entity';
import { newAction } from '../../backend/src/actions/new-action';
import type { TestApp } from '../support/test-app';
import { importReferenceReport } from './evaluations';
import { createTenant, createUser, type TestUser } from './index';

/**
 * Plans and actions inserted straight through the test app's DataSource, so that reminder tests can set any
 * deadline, status or last report date (including ones the API would not accept as of the real today).
 */
export async function insertPlan(
  t: TestApp,
  coordinatorToken: string,
  municipalityId: number,
  fields: Partial<ActionPlan> = {},
): Promise<ActionPlan> {
  const baseline = fields.baselineEvaluationId ?? (await importReferenceReport(t, coordinatorToken)).evaluation.id;
  const repo = t.dataSource.getRepository(ActionPlan);
  return repo.save(
    repo.create({
      municipalityId,
      baselineEvaluationId: baseline,
      followUpEvaluationId: null,
      title: 'Handlingsplan Kommunkompassen',
      description: null,
      plannedReEvaluationDate: '2028-10-01',
      status: PlanStatus.Active,
      closedAt: null,
      ...fields,
    }),
  );
}

let actionSequence = 0;

export async function insertAction(t: TestApp, plan: ActionPlan, fields: Partial<Action> = {}): Promise<Action> {
  actionSequence += 1;
  const manager = t.dataSource.manager;
  // The backend's defaults (newAction), with an action under way on sub-question 1.3 unless a test says otherwise.
  return manager.save(
    newAction(manager, {
      municipalityId: plan.municipalityId,
      planId: plan.id,
      title: `Åtgärd ${actionSequence}`,
      questionCodes: ['1.3'],
      areas: [1],
      deadline: '2028-06-30',
      status: ActionStatus.InProgress,
      progress: 20,
      ...fields,
    }),
  );
}

/** When the reminder specs' actions were last reported on: days before their runs in March 2027, so none is stale. */
export const RECENT_PROGRESS = new Date('2027-03-15T09:00:00Z');

/** An action of `ownerId` due on `deadline` and reported on lately (RECENT_PROGRESS): reminded of by its deadline alone. */
export function insertDueAction(
  t: TestApp,
  plan: ActionPlan,
  ownerId: number,
  deadline: string,
  fields: Partial<Action> = {},
): Promise<Action> {
  return insertAction(t, plan, { deadline, ownerId, lastProgressAt: RECENT_PROGRESS, ...fields });
}

/** Deadlines that leave an owner, on Tuesday 2027-03-16, one action overdue and two due within days. */
export const ONE_OVERDUE_TWO_SOON = ['2027-03-17', '2027-03-19', '2027-03-12'];

/** The Swedish digests, as "address subject" sorted, that each owner with ONE_OVERDUE_TWO_SOON gets on that day. */
export const overdueAndSoonDigests = (owners: TestUser[]): string[] =>
  owners
    .flatMap((o) => [
      `${o.user.email} Kompass: 1 försenad åtgärd`,
      `${o.user.email} Kompass: 2 åtgärder med slutdatum snart`,
    ])
    .sort();

/**
 * A municipality with an active plan and `count` department heads to own its actions (the tenant's own first), for
 * the specs that check each owner gets their digest once.
 */
export async function tenantWithOwners(t: TestApp, count: number) {
  const tenant = await createTenant(t);
  const plan = await insertPlan(t, tenant.coordinator.token, tenant.municipality.id);
  const owners: TestUser[] = [tenant.departmentHead];
  while (owners.length < count)
    owners.push(await createUser(t, Role.DepartmentHead, { municipalityId: tenant.municipality.id }));
  return { tenant, plan, owners };
}
