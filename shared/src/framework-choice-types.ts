import type { QuestionDefinition } from './catalogue/framework-definition';

/** Where a stored framework came from: Kompass's catalogue, the catalogue with sub-questions learned from a report, or made by an admin. */
export type FrameworkOrigin = 'catalogue' | 'learned' | 'manual';

/**
 * Why the import chose the framework it did (the admin translates the code):
 * - explicit: the coordinator picked it;
 * - sub-questions: the report's sub-question codes and maxima are the framework's;
 * - area-names: the report's area names are the framework's, which has no sub-questions yet (they are learned);
 * - evaluation-year: nothing in the report tells the revisions apart, so the year of the evaluation decided;
 * - no-match: no revision fits the report; it is read against the one of that year to show why.
 */
export type FrameworkChoiceReason = 'explicit' | 'sub-questions' | 'area-names' | 'evaluation-year' | 'no-match';

export interface FrameworkCandidate {
  id: number;
  code: string;
  name: string;
  origin: FrameworkOrigin;
  validFrom: number | null;
  validTo: number | null;
  /** Whether the report fits it; `message` says how or why not (English). */
  fits: boolean;
  message: string;
}

export interface FrameworkChoice {
  frameworkId: number;
  code: string;
  name: string;
  origin: FrameworkOrigin;
  reason: FrameworkChoiceReason;
  /** The reason in English; the admin shows its own text for `reason`. */
  message: string;
  /** Every stored framework, the chosen one included, with whether the report fits it: the coordinator may pick another. */
  candidates: FrameworkCandidate[];
}

/** The sub-question catalogue read from a report on a framework that has none yet: stored only with confirmFramework. */
export interface LearnedCatalogue {
  frameworkId: number;
  code: string;
  areas: { number: number; name: string; maxPoints: number; questions: QuestionDefinition[] }[];
  questionCount: number;
  totalMax: number;
}
