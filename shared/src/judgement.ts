import { ActionStatus } from './enums';

/** Is the action on track? The owner's word in each progress report, and Kompass's own from dates and progress. */
export enum Judgement {
  OnTrack = 'on_track',
  AtRisk = 'at_risk',
  OffTrack = 'off_track',
}
export const JUDGEMENTS = Object.values(Judgement);

export const JUDGEMENT_LABELS: Record<'sv' | 'en', Record<Judgement, string>> = {
  sv: { [Judgement.OnTrack]: 'Enligt plan', [Judgement.AtRisk]: 'Risk', [Judgement.OffTrack]: 'Avviker' },
  en: { [Judgement.OnTrack]: 'On track', [Judgement.AtRisk]: 'At risk', [Judgement.OffTrack]: 'Off track' },
};

/** Whose judgement a text names when the owner's and Kompass's differ. */
export const JUDGEMENT_SOURCE_LABELS: Record<'sv' | 'en', { owner: string; derived: string }> = {
  sv: { owner: 'ansvarig', derived: 'Kompass' },
  en: { owner: 'owner', derived: 'Kompass' },
};

/**
 * The owner's and Kompass's judgement as one text for mails, PDFs and sheets (words, never colour alone): the label
 * when they agree, else each named by whose it is, "Enligt plan (ansvarig), Risk (Kompass)"; null without either.
 */
export function describeJudgements(
  owner: Judgement | null | undefined,
  derived: Judgement | null | undefined,
  locale: 'sv' | 'en' = 'sv',
): string | null {
  const labels = JUDGEMENT_LABELS[locale];
  const source = JUDGEMENT_SOURCE_LABELS[locale];
  if (owner && owner === derived) return labels[owner];
  const parts = [
    owner && `${labels[owner]} (${source.owner})`,
    derived && `${labels[derived]} (${source.derived})`,
  ].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : null;
}

/** A deadline this close, with progress behind the time elapsed, is a risk. */
export const JUDGEMENT_DUE_DAYS = 30;
/** No progress report for this long is a risk. */
export const JUDGEMENT_SILENT_DAYS = 30;

const RANK: Record<Judgement, number> = { [Judgement.OnTrack]: 0, [Judgement.AtRisk]: 1, [Judgement.OffTrack]: 2 };

const dayNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

export interface JudgedAction {
  status: ActionStatus;
  progress: number;
  /** YYYY-MM-DD */
  deadline: string;
  /** YYYY-MM-DD; the creation day when not planned */
  startDate: string | null;
  /** The days (YYYY-MM-DD in the municipality's zone, like today) of the creation and of the last progress report */
  createdDate: string;
  lastProgressDate: string;
}

/**
 * Kompass's judgement, the one rule every answer uses: off track when overdue; at risk when the deadline is within
 * 30 days and progress is below the share of the time elapsed, or when no report came for 30 days; else on track.
 * A done action is on track; a cancelled one has no judgement. `today` is YYYY-MM-DD in the municipality's zone.
 */
export function deriveJudgement(action: JudgedAction, today: string): Judgement | null {
  if (action.status === ActionStatus.Cancelled) return null;
  if (action.status === ActionStatus.Done) return Judgement.OnTrack;
  const now = dayNumber(today);
  const deadline = dayNumber(action.deadline);
  if (deadline < now) return Judgement.OffTrack;
  const start = dayNumber(action.startDate ?? action.createdDate);
  const elapsed = deadline > start ? Math.min(1, Math.max(0, (now - start) / (deadline - start))) : 1;
  if (deadline - now <= JUDGEMENT_DUE_DAYS && action.progress < elapsed * 100) return Judgement.AtRisk;
  if (now - dayNumber(action.lastProgressDate) >= JUDGEMENT_SILENT_DAYS) return Judgement.AtRisk;
  return Judgement.OnTrack;
}

/** The worse of the judgements given (null ones ignored); null when there is none. */
export function worstJudgement(judgements: (Judgement | null | undefined)[]): Judgement | null {
  let worst: Judgement | null = null;
  for (const j of judgements) if (j && (worst === null || RANK[j] > RANK[worst])) worst = j;
  return worst;
}

/** An action's judgement for roll-ups: the worse of the owner's and Kompass's, so neither hides a risk. */
export const actionJudgement = (a: { judgement: Judgement | null; derivedJudgement: Judgement | null }) =>
  worstJudgement([a.judgement, a.derivedJudgement]);

export interface JudgementRollUp {
  worst: Judgement | null;
  /** Actions per judgement (cancelled actions have none and are not counted). */
  counts: Record<Judgement, number>;
  /** Share of the judged actions per judgement, 0–1. */
  shares: Record<Judgement, number>;
}

/** A plan's or an area's roll-up of its actions' judgements. */
export function rollUpJudgements(judgements: (Judgement | null)[]): JudgementRollUp {
  const counts = { [Judgement.OnTrack]: 0, [Judgement.AtRisk]: 0, [Judgement.OffTrack]: 0 };
  for (const j of judgements) if (j) counts[j]++;
  const judged = counts.on_track + counts.at_risk + counts.off_track;
  const share = (n: number) => (judged ? Math.round((n / judged) * 1000) / 1000 : 0);
  return {
    worst: worstJudgement(judgements),
    counts,
    shares: {
      [Judgement.OnTrack]: share(counts.on_track),
      [Judgement.AtRisk]: share(counts.at_risk),
      [Judgement.OffTrack]: share(counts.off_track),
    },
  };
}
