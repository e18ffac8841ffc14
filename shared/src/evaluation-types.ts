import type { FindingKind } from './enums';
import type { ImportFormat } from './upload-types';
import type { FrameworkChoice, LearnedCatalogue } from './framework-choice-types';

export interface EvaluationWarning {
  /** e.g. area-total-mismatch, percent-mismatch, missing-question, area-level-only */
  code: string;
  area?: number;
  questionCode?: string;
  line?: number;
  row?: number;
  /** duplicate-source: the evaluation already imported from the same file */
  evaluationId?: number;
  /** outside-framework-period: the evaluation's year, the framework's years and name */
  year?: number;
  validFrom?: number;
  validTo?: number;
  framework?: string;
  message: string;
}

export interface QuestionScore {
  code: string;
  text: string;
  maxPoints: number;
  /** null when the evaluation has no score for it (missing, or an area-level-only evaluation) */
  achieved: number | null;
  percent: number | null;
  statedPercent: number | null;
}

export interface AreaScore {
  area: number;
  name: string;
  maxPoints: number;
  /** The sum of its sub-questions, or the stated total when the evaluation holds area totals only */
  achieved: number | null;
  /** The total the report states, kept beside the derived one */
  statedTotal: number | null;
  percent: number | null;
  questions: QuestionScore[];
}

export interface EvaluationSummary {
  id: number;
  municipalityId: number;
  frameworkId: number;
  label: string;
  /** "YYYY-MM-DD"; the first of the month when only the month is known */
  evaluatedAt: string;
  evaluatedAtPrecision: 'month' | 'day';
  evaluators: string | null;
  areaLevelOnly: boolean;
  totalAchieved: number | null;
  totalMax: number;
  warningCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface EvaluationRecord extends EvaluationSummary {
  frameworkCode: string;
  areas: AreaScore[];
  warnings: EvaluationWarning[];
  source: { fileName: string | null; mediaType: string; size: number; checksum: string; format: ImportFormat } | null;
  findingCounts: { strength: number; improvement: number };
}

export interface SuggestedQuestionCode {
  code: string;
  confidence: number;
  /** A weak match (or, for an improvement item without any, the area's first question): the coordinator confirms it. */
  lowConfidence?: boolean;
}

export interface FindingRecord {
  id: number;
  evaluationId: number;
  municipalityId: number;
  area: number;
  kind: FindingKind;
  text: string;
  order: number;
  questionCodes: string[];
  suggestedQuestionCodes: SuggestedQuestionCode[];
  createdAt: string;
  updatedAt: string;
}

/** An item as the import preview shows it, before it is stored. */
export interface FindingPreview extends Omit<
  FindingRecord,
  'id' | 'evaluationId' | 'municipalityId' | 'createdAt' | 'updatedAt'
> {
  /** questionCodes rest on a weak suggestion: the coordinator should confirm or change them before committing. */
  lowConfidence: boolean;
}

export interface ImportPreviewResponse {
  dryRun: true;
  format: ImportFormat;
  /** municipalityName is the name the report gives; targetMunicipality is where the import goes */
  evaluation: Omit<EvaluationRecord, 'id' | 'createdAt' | 'updatedAt' | 'findingCounts'> & {
    municipalityName: string | null;
    targetMunicipality: { id: number; name: string };
  };
  findings: FindingPreview[];
  /** Indexes into `findings` of those whose sub-questions rest on a low-confidence suggestion. */
  lowConfidenceFindings: number[];
  warnings: EvaluationWarning[];
  /** Which model revision the report was read against, and why. */
  frameworkChoice: FrameworkChoice;
  /** Set when the report teaches the framework its sub-questions: the import then needs confirmFramework. */
  learnedCatalogue: LearnedCatalogue | null;
}

export interface ImportCommitResponse {
  evaluation: EvaluationRecord;
  findingsCreated: number;
  warnings: EvaluationWarning[];
}
