/** Roles, from most to least powerful. Tenant scoping applies to every role but `admin`. */
export enum Role {
  Admin = 'admin',
  Coordinator = 'coordinator',
  DepartmentHead = 'department_head',
  Leadership = 'leadership',
}
export const ROLES = Object.values(Role);

export enum Locale {
  Sv = 'sv',
  En = 'en',
}
export const LOCALES = Object.values(Locale);

/** förvaltning, nämnd or bolag */
export enum DepartmentKind {
  Administration = 'administration',
  Committee = 'committee',
  Company = 'company',
}
export const DEPARTMENT_KINDS = Object.values(DepartmentKind);

export enum FindingKind {
  Strength = 'strength',
  Improvement = 'improvement',
}

export enum ActionStatus {
  NotStarted = 'not_started',
  InProgress = 'in_progress',
  Blocked = 'blocked',
  Done = 'done',
  Cancelled = 'cancelled',
}
export const ACTION_STATUSES = Object.values(ActionStatus);

export enum ActionPriority {
  Low = 'low',
  Normal = 'normal',
  High = 'high',
}

export enum PlanStatus {
  Active = 'active',
  Closed = 'closed',
}
