import type { SameKeys } from './types';
import type { judgementSv } from './judgement.sv';

/** English for `kompass.judgement`: exactly the Swedish keys. */
export const judgementEn = {
  judgement: {
    label: 'Judgement',
    none: 'No judgement',
    owner: 'Owner: %{label}',
    derived: 'Kompass: %{label}',
    owner_help: "The owner's judgement in the latest progress report",
    derived_help:
      "Kompass's judgement: off track once the deadline has passed; at risk when the deadline is within 30 days and progress lags the time, or when no progress report came for 30 days",
    report_help: 'Is the action on track? The latest judgement is the action’s.',
    plan_worst: 'Worst judgement',
    owner_filter: "Owner's judgement",
    derived_filter: "Kompass's judgement",
    silent_filter: 'No progress report for',
    silent_days: 'one day |||| %{smart_count} days',
    plan_shares: 'On track %{on_track} %, at risk %{at_risk} %, off track %{off_track} %',
  },
} satisfies SameKeys<typeof judgementSv>;
