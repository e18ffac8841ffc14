import type { ActionStatus, PlanStatus } from './enums';

/** Licences a municipality may put its open data under; CC0 unless the coordinator picks another. */
export const PUBLIC_LICENCES = {
  'CC0-1.0': { name: 'CC0 1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'CC-BY-4.0': { name: 'Creative Commons Erkännande 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;
export type PublicLicence = keyof typeof PUBLIC_LICENCES;
export const PUBLIC_LICENCE_IDS = Object.keys(PUBLIC_LICENCES) as PublicLicence[];

/** What a coordinator sets once per municipality for its public page. */
export interface PublicProfileRecord {
  municipalityId: number;
  /** https URL of the logo, shown in the page header. */
  logoUrl: string | null;
  /** Origins (scheme://host[:port]) allowed to show the page in an iframe; empty: nobody. */
  frameAncestors: string[];
  licence: PublicLicence;
  /** Shows each action's owning department (never a person). */
  showDepartments: boolean;
}

/** A plan's publication: nothing is public until `published`. */
export interface PlanPublicationRecord {
  planId: number;
  published: boolean;
  /** Whether actions without a choice of their own are public (the default for new actions). */
  actionsPublishedByDefault: boolean;
  publishedAt: string | null;
  actions: ActionPublicationRecord[];
}

export interface ActionPublicationRecord {
  actionId: number;
  title: string;
  /** The action's own choice, or the plan's default while it has none. */
  published: boolean;
  /** True when the action follows the plan's default. */
  followsDefault: boolean;
  publicSummary: string | null;
}

/** Schema version of /oppet/<kommunkod>/data.json; raised only on incompatible changes. */
export const PUBLIC_DATA_SCHEMA_VERSION = 1;

export interface PublicAreaScore {
  area: number;
  name: string;
  maxPoints: number;
  achieved: number | null;
  percent: number | null;
}

export interface PublicEvaluation {
  label: string;
  evaluatedAt: string;
  totalAchieved: number | null;
  totalMax: number;
  areas: PublicAreaScore[];
}

export interface PublicAction {
  id: number;
  title: string;
  status: ActionStatus;
  areas: number[];
  questionCodes: string[];
  plannedDate: string;
  summary: string | null;
  department: string | null;
  updatedAt: string;
}

export interface PublicPlan {
  id: number;
  title: string;
  status: PlanStatus;
  plannedReEvaluationDate: string;
  publishedAt: string | null;
  updatedAt: string;
  baseline: PublicEvaluation;
  followUp: PublicEvaluation | null;
  progress: { actions: number; done: number; inProgress: number; notStarted: number; cancelled: number };
  actions: PublicAction[];
}

/** The open data of one municipality: what /oppet/<kommunkod> shows, as JSON. */
export interface PublicPageData {
  schemaVersion: number;
  licence: { id: PublicLicence; name: string; url: string };
  municipality: { code: string; name: string; logoUrl: string | null };
  updatedAt: string;
  plans: PublicPlan[];
}
