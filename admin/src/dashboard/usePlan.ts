import { useGetList } from 'react-admin';
import { PlanStatus, type ActionPlanRecord } from '@kompass/shared';

/** The plan the start page is about: the newest active plan, else the newest plan. */
export function useCurrentPlan(): { plan?: ActionPlanRecord; total: number; isPending: boolean } {
  const {
    data = [],
    total = 0,
    isPending,
  } = useGetList<ActionPlanRecord>(
    'action-plans',
    { pagination: { page: 1, perPage: 20 }, sort: { field: 'createdAt', order: 'DESC' } },
    { retry: false },
  );
  const plan = data.find((p) => p.status === PlanStatus.Active) ?? data[0];
  return { plan, total, isPending };
}
