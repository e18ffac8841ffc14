import { DepartmentKind, Locale, Role } from './enums';
import type { FrameworkOrigin } from './framework-choice-types';
import type { ApiErrorCode, ApiErrorParams } from './api-errors';

/** Error body of every non-2xx API response. */
export interface ApiError {
  statusCode: number;
  error: string;
  /** Stable: what the UI translates. */
  code: ApiErrorCode;
  params?: ApiErrorParams;
  /** English, for API clients. */
  message: string;
  details?: ApiErrorDetail[];
  /** Present on 500s: quote it to the operator, who finds it in the logs. */
  errorId?: string;
}

export interface ApiErrorDetail {
  /** The field, row or line the problem is in, e.g. "email", "row 12", "line 340" */
  field?: string;
  message: string;
  code?: ApiErrorCode;
  params?: ApiErrorParams;
}

export interface MunicipalityRecord {
  id: number;
  name: string;
  /** 4-digit kommunkod, e.g. "1081" */
  code: string;
  organisationNumber: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DepartmentRecord {
  id: number;
  municipalityId: number;
  name: string;
  kind: DepartmentKind;
  createdAt: string;
  updatedAt: string;
}

export interface UserRecord {
  id: number;
  email: string;
  name: string;
  role: Role;
  municipalityId: number | null;
  departmentId: number | null;
  locale: Locale;
  active: boolean;
  /** Digests paused (leave of absence) from this day to pausedUntil, both inclusive; null when not paused */
  pausedFrom: string | null;
  pausedUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface LoginResponse {
  accessToken: string;
  user: UserRecord;
}

export interface QuestionRecord {
  id: number;
  code: string;
  text: string;
  maxPoints: number;
  order: number;
}

export interface AreaRecord {
  id: number;
  number: number;
  name: string;
  aliases: string[];
  maxPoints: number;
  questions: QuestionRecord[];
}

export interface FrameworkRecord {
  id: number;
  code: string;
  name: string;
  validFrom: number | null;
  validTo: number | null;
  maxPoints: number;
  questionCount: number;
  /** catalogue: shipped with Kompass; learned: shipped at area level, sub-questions learned from a report; manual: made by an admin */
  origin: FrameworkOrigin;
  areas?: AreaRecord[];
}

export interface HealthResponse {
  status: 'ok' | 'error';
  info?: Record<string, { status: 'up' | 'down'; [key: string]: unknown }>;
  error?: Record<string, { status: 'up' | 'down'; [key: string]: unknown }>;
}
