/**
 * Leadership's views over time and across the organisation, Swedish: the burn-up, the roll-up per
 * förvaltning, the dashboard's lists and the readiness briefing. Merged into `kompass.*` by app.sv.ts;
 * insights.en.ts must have exactly these keys.
 */
export const insightsSv = {
  trends: {
    heading: 'Utveckling vecka för vecka',
    intro: 'Planerade, klara och enligt plan i slutet av varje vecka, räknat ur ändringsloggen och lägesrapporterna.',
    scope: 'Visa för',
    whole_plan: 'Hela handlingsplanen',
    chart_title: 'Utveckling per vecka: %{scope}. Samma siffror finns i tabellen under diagrammet.',
    table_label: 'Utveckling per vecka, de senaste veckorna: %{scope}',
    col_week: 'Vecka',
    legend_planned: 'Planerade',
    legend_done: 'Klara',
    legend_onTrack: 'Enligt plan',
    planned_value: 'Planerade %{count}',
    done_value: 'Klara %{count}',
    onTrack_value: 'Enligt plan %{count}',
  },
  departments_rollup: {
    heading: 'Förvaltningar',
    none: 'Inga åtgärder är kopplade till en förvaltning ännu.',
    col_department: 'Förvaltning',
    col_last_report: 'Senaste lägesrapport',
    no_department: 'Utan förvaltning',
    no_report: 'Ingen ännu',
    own: '(din förvaltning)',
  },
  attention: {
    blocked_heading: 'Blockerade åtgärder (%{smart_count})',
    blocked_none: 'Inga åtgärder är blockerade.',
    gaps_heading: 'Delfrågor utan åtgärd, flest poäng att vinna',
    gaps_none: 'Alla delfrågor har minst en åtgärd.',
    gap_points: '%{points} poäng att vinna (%{baseline} av %{max})',
    see_all_gaps: 'Alla delfrågor utan åtgärd (%{smart_count})',
  },
  briefing: {
    download: 'Genomgång inför omvärderingen (PDF)',
  },
};
