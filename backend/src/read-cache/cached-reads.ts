/**
 * The tables each cached computation reads, declared beside the cache that keeps it. A cached answer stays
 * valid only while its municipality's read revision stands, and only writes to tables with a read-revision
 * trigger raise it: test/api/read-cache.e2e-spec.ts fails when a declared table has neither a trigger nor an
 * entry in READS_WITHOUT_TRIGGER, or when a trigger guards a table no computation declares.
 */

/** `PlanSummaryService.summary`: the plan, its actions and links, the baseline and its improvement items. */
export const PLAN_SUMMARY_READS = [
  'action_plan',
  'action',
  'action_finding',
  'evaluation',
  'finding',
  'framework',
  'framework_area',
  'framework_question',
] as const;

/** `ReportService.report`: both evaluations with their scores, the actions with their items, the crosswalk. */
export const REPORT_READS = [
  'action_plan',
  'action',
  'action_finding',
  'evaluation',
  'evaluation_score',
  'evaluation_area_total',
  'finding',
  'municipality',
  'framework',
  'framework_area',
  'framework_question',
  'framework_crosswalk',
] as const;

/** What PlanReadCache keeps, by kind. */
export const PLAN_READS = { summary: PLAN_SUMMARY_READS, report: REPORT_READS } as const;

/**
 * Tables read by cached computations that carry no trigger, and what keeps the caches right instead. They
 * belong to no municipality, so a trigger could not tell whose revision to raise.
 */
export const READS_WITHOUT_TRIGGER: Readonly<Record<string, string>> = {
  framework:
    'revisions are never edited; an area-level one learns its sub-questions once, in the transaction of the import that taught them',
  framework_area: 'written with its framework only',
  framework_question: 'written with its framework, or once when an area-level framework learns them',
  framework_crosswalk: "CrosswalksService raises every municipality's revision in the writing transaction",
};
