import { useGetList } from 'react-admin';
import { ActionStatus, PlanStatus, type ActionPlanRecord, type ActionRecord } from '@kompass/shared';
import { useMe } from '../common/me';

const OPEN = [ActionStatus.NotStarted, ActionStatus.InProgress, ActionStatus.Blocked];

/**
 * The signed-in user's actions in active plans: those they own and those of their department. The API
 * has no OR filter, so two lists are merged; a closed plan's actions are history, not work.
 */
export function useMyActions({ open }: { open: boolean }): { actions: ActionRecord[]; isPending: boolean } {
  const me = useMe();
  const plans = useGetList<ActionPlanRecord>('action-plans', {
    filter: { status: PlanStatus.Active },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'id', order: 'ASC' },
  });
  const planIds = (plans.data ?? []).map((p) => p.id);
  const params = (filter: Record<string, unknown>) => ({
    filter: { ...filter, planId: planIds, ...(open ? { status: OPEN } : {}) },
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'deadline', order: 'ASC' as const },
  });
  const ready = !!me && !plans.isPending;
  const owned = useGetList<ActionRecord>('actions', params({ ownerId: me?.id }), { enabled: ready });
  const departmentId = me?.departmentId ?? null;
  const ofDepartment = useGetList<ActionRecord>('actions', params({ departmentId }), {
    enabled: ready && departmentId !== null,
  });
  const byId = new Map<number, ActionRecord>();
  for (const action of [...(owned.data ?? []), ...(ofDepartment.data ?? [])]) byId.set(action.id, action);
  return {
    actions: [...byId.values()].sort((a, b) => a.deadline.localeCompare(b.deadline) || a.id - b.id),
    isPending: !ready || owned.isPending || (departmentId !== null && ofDepartment.isPending),
  };
}
