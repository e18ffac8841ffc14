/** Swedish for `kompass.judgement`. */
export const judgementSv = {
  judgement: {
    label: 'Bedömning',
    none: 'Ingen bedömning',
    owner: 'Ansvarig: %{label}',
    derived: 'Kompass: %{label}',
    owner_help: 'Den ansvariges bedömning i den senaste lägesrapporten',
    derived_help:
      'Kompass bedömning: avviker när slutdatum passerats; risk när slutdatum är inom 30 dagar och framsteget ligger efter tiden, eller när ingen lägesrapport kommit på 30 dagar',
    report_help: 'Går åtgärden enligt plan? Den senaste bedömningen gäller för åtgärden.',
    plan_worst: 'Sämsta bedömning',
    owner_filter: 'Ansvariges bedömning',
    derived_filter: 'Kompass bedömning',
    silent_filter: 'Ingen lägesrapport på',
    silent_days: 'en dag |||| %{smart_count} dagar',
    plan_shares: 'Enligt plan %{on_track} %, risk %{at_risk} %, avviker %{off_track} %',
  },
};
