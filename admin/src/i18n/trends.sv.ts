/** Swedish for `kompass.trends`. */
export const trendsSv = {
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
};
