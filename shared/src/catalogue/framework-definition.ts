/** A framework version as data: what `POST /api/frameworks` accepts and what the catalogue seeds. */
export interface QuestionDefinition {
  /** "<area>.<n>", e.g. "1.3" */
  code: string;
  text: string;
  maxPoints: number;
}

export interface AreaDefinition {
  number: number;
  name: string;
  /** Other names the same area goes by in reports (matching is by number; these help people). */
  aliases?: string[];
  maxPoints: number;
  questions: QuestionDefinition[];
}

export interface FrameworkDefinition {
  /** Stable short code, e.g. "KK2016" */
  code: string;
  name: string;
  /** First year evaluations were made on this revision. Only evaluations on one revision compare. */
  validFrom?: number;
  validTo?: number;
  areas: AreaDefinition[];
}
