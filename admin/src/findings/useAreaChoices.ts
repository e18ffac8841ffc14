import { useGetList, useGetOne } from 'react-admin';
import type { EvaluationRecord, FrameworkRecord } from '@kompass/shared';

export interface AreaChoices {
  areas: { id: number; name: string }[];
  questionCodes: { id: string; name: string }[];
}

/**
 * Areas and sub-question codes to filter findings by: those of the chosen evaluation, else of the newest
 * evaluation the user sees (revisions differ in their areas), else of the newest framework.
 */
export function useAreaChoices(evaluationId: number | undefined): AreaChoices {
  const { data: latest = [], isPending: latestPending } = useGetList<EvaluationRecord>(
    'evaluations',
    { pagination: { page: 1, perPage: 1 }, sort: { field: 'evaluatedAt', order: 'DESC' } },
    { enabled: evaluationId == null },
  );
  const shownId = evaluationId ?? latest[0]?.id;
  const { data: evaluation } = useGetOne<EvaluationRecord>(
    'evaluations',
    { id: shownId },
    { enabled: shownId != null },
  );
  const useFramework = evaluationId == null && !latestPending && latest.length === 0;
  const { data: frameworks = [] } = useGetList<FrameworkRecord>(
    'frameworks',
    { pagination: { page: 1, perPage: 1 }, sort: { field: 'validFrom', order: 'DESC' } },
    { enabled: useFramework },
  );
  const { data: framework } = useGetOne<FrameworkRecord>(
    'frameworks',
    { id: frameworks[0]?.id },
    { enabled: useFramework && frameworks.length > 0 },
  );
  // getOne may first answer with the list's summary, which has no areas
  const areas = evaluation?.areas
    ? evaluation.areas.map((a) => ({ number: a.area, name: a.name, questions: a.questions }))
    : (framework?.areas ?? []).map((a) => ({ number: a.number, name: a.name, questions: a.questions }));
  return {
    areas: areas.map((a) => ({ id: a.number, name: `${a.number}. ${a.name}` })),
    questionCodes: areas.flatMap((a) => a.questions.map((q) => ({ id: q.code, name: `${q.code} ${q.text}` }))),
  };
}
