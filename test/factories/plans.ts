import { ActionStatus, PlanStatus } from '@kompass/shared';
import { ActionPlan } from '../../backend/src/action-plans/action-plan.entity';
import type { Action } from '../../backend/src/actions/action.entity';
import { newAction } from '../../backend/src/actions/new-action';
import type { TestApp } from '../support/test-app';
import { importReferenceReport } from './evaluations';

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
