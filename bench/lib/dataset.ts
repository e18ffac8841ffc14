/**
 * The national-scale dataset, one municipality at a time, as plain rows keyed by entity property names.
 * Every row is what the app itself would have written (tenant ids, JSON arrays, lastProgressAt, version 1,
 * findings linked through action_finding), so every API route works on it. Ids are assigned here, so rows
 * can reference each other without reading anything back; each municipality has a PRNG of its own, so the
 * first 29 municipalities of the quick dataset are exactly those of the full one.
 */
import { ActionPriority, ActionStatus, DepartmentKind, FindingKind, Locale, PlanStatus, Role } from '@kompass/shared';
import { Prng } from './prng';
import * as T from './texts';

/** The dataset's "today": history ends here, and the reminder sweep runs as of this (working) day. */
export const AS_OF = '2026-11-02';
export const BENCH_PASSWORD = 'Bench-lösenord-2026';
export const ADMIN_EMAIL = 'admin@bench.kompass.se';

export interface DatasetOptions {
  seed: number;
  municipalities: number;
  actionsPerPlan: number;
  usersPerMunicipality: number;
  updatesPerAction: number;
}

export const FULL: DatasetOptions = {
  seed: 20261127,
  municipalities: 290,
  actionsPerPlan: 300,
  usersPerMunicipality: 30,
  updatesPerAction: 3,
};
export const QUICK: DatasetOptions = { ...FULL, municipalities: 29 };

export interface Catalogue {
  frameworkId: number;
  areas: { number: number; questions: { code: string; maxPoints: number }[] }[];
}

type Row = Record<string, unknown>;
export interface MunicipalityRows {
  municipality: Row[];
  department: Row[];
  user: Row[];
  evaluation: Row[];
  evaluation_score: Row[];
  evaluation_area_total: Row[];
  finding: Row[];
  action_plan: Row[];
  action: Row[];
  action_finding: Row[];
  action_update: Row[];
}

/** Sequential ids per table, continued across municipalities. */
export class Ids {
  private readonly last = new Map<string, number>();
  constructor(start: Record<string, number> = {}) {
    for (const [table, id] of Object.entries(start)) this.last.set(table, id);
  }
  next(table: string): number {
    const id = (this.last.get(table) ?? 0) + 1;
    this.last.set(table, id);
    return id;
  }
}

export const municipalityCode = (m: number) => String(1000 + m);
/** Users are numbered 0..n-1 in each municipality: 0-1 coordinators, 2-4 leadership, the rest department heads. */
export const userEmail = (m: number, i: number) => `anvandare${i}@k${municipalityCode(m)}.bench.kompass.se`;
/** A user row's account fields: active, signing in with `passwordHash`, never locked out, no calendar feed yet. */
export const activeAccount = (passwordHash: string) => ({
  active: true,
  passwordHash,
  calendarToken: null,
  failedLogins: 0,
  lockedUntil: null,
  tokenVersion: 0,
});

const roleOf = (i: number) => (i < 2 ? Role.Coordinator : i < 5 ? Role.Leadership : Role.DepartmentHead);

const DAY = 86_400_000;
const day = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** A working-hours moment on that day (07:00–17:00 UTC), so timestamps look like office work. */
const at = (rng: Prng, ms: number) => new Date(Math.floor(ms / DAY) * DAY + rng.int(7 * 3600, 17 * 3600) * 1000);

function areasOf(codes: string[], findingAreas: number[]): number[] {
  return [...new Set([...findingAreas, ...codes.map((c) => Number(c.split('.')[0]))])].sort((a, b) => a - b);
}

export function generateMunicipality(
  m: number,
  opts: DatasetOptions,
  cat: Catalogue,
  ids: Ids,
  passwordHash: string,
): MunicipalityRows {
  const rng = new Prng(opts.seed * 1_000_003 + m);
  const rows: MunicipalityRows = {
    municipality: [],
    department: [],
    user: [],
    evaluation: [],
    evaluation_score: [],
    evaluation_area_total: [],
    finding: [],
    action_plan: [],
    action: [],
    action_finding: [],
    action_update: [],
  };
  const asOf = day(AS_OF);
  const evaluatedAt = `2025-0${rng.int(1, 9)}-01`;
  const t0 = day(evaluatedAt);
  const stamp = (ms: number) => ({ createdAt: at(rng, ms), updatedAt: at(rng, ms) });

  const municipalityId = ids.next('municipality');
  rows.municipality.push({
    id: municipalityId,
    ...stamp(t0 - 30 * DAY),
    name: T.municipalityName(m),
    code: municipalityCode(m),
    organisationNumber: `212000-${String(m).padStart(4, '0')}`,
  });

  const departments = T.DEPARTMENTS.map((d) => {
    const row = {
      id: ids.next('department'),
      ...stamp(t0 - 30 * DAY),
      municipalityId,
      name: d.name,
      kind: d.kind as DepartmentKind,
    };
    rows.department.push(row);
    return row;
  });

  const people = Array.from({ length: opts.usersPerMunicipality }, (_, i) => {
    const role = roleOf(i);
    const departmentId = role === Role.DepartmentHead ? departments[(i - 5) % departments.length].id : null;
    const row = {
      id: ids.next('user'),
      ...stamp(t0 - rng.int(1, 30) * DAY),
      email: userEmail(m, i),
      name: `${rng.pick(T.FIRST_NAMES)} ${rng.pick(T.LAST_NAMES)}`,
      role,
      municipalityId,
      departmentId,
      locale: rng.chance(0.1) ? Locale.En : Locale.Sv,
      ...activeAccount(passwordHash),
    };
    rows.user.push(row);
    return row;
  });
  const coordinators = people.filter((p) => p.role === Role.Coordinator);
  const heads = people.filter((p) => p.role === Role.DepartmentHead);

  // The baseline evaluation: every sub-question scored, area totals that add up, ~38 improvement items.
  const evaluationId = ids.next('evaluation');
  rows.evaluation.push({
    id: evaluationId,
    ...stamp(t0 + 20 * DAY),
    municipalityId,
    frameworkId: cat.frameworkId,
    label: `Kommunkompassen ${evaluatedAt.slice(0, 4)}`,
    evaluatedAt,
    evaluatedAtPrecision: 'month',
    evaluators: 'SKR:s utvärderare',
    areaLevelOnly: false,
    warnings: [],
    sourceFormat: null,
    sourceFileName: null,
    sourceMediaType: null,
    sourceSize: null,
    sourceChecksum: null,
    importedById: coordinators[0].id,
  });
  for (const area of cat.areas) {
    let total = 0;
    for (const q of area.questions) {
      const achieved = Math.round((q.maxPoints * rng.int(15, 85)) / 100);
      total += achieved;
      rows.evaluation_score.push({
        id: ids.next('evaluation_score'),
        evaluationId,
        questionCode: q.code,
        area: area.number,
        achieved,
        statedPercent: null,
      });
    }
    rows.evaluation_area_total.push({
      id: ids.next('evaluation_area_total'),
      evaluationId,
      area: area.number,
      statedTotal: total,
    });
  }
  const improvements: { id: number; area: number; questionCodes: string[] }[] = [];
  const order = new Map<string, number>();
  const finding = (kind: FindingKind, texts: string[]) => {
    const area = rng.pick(cat.areas);
    const codes = rng
      .sample(
        area.questions.map((q) => q.code),
        rng.int(1, 2),
      )
      .sort();
    const key = `${kind}|${area.number}`;
    order.set(key, (order.get(key) ?? 0) + 1);
    const row = {
      id: ids.next('finding'),
      ...stamp(t0 + 20 * DAY),
      evaluationId,
      municipalityId,
      area: area.number,
      kind,
      text: rng.pick(texts),
      order: order.get(key),
      questionCodes: codes,
      suggestedQuestionCodes: codes.map((code) => ({ code, confidence: rng.int(55, 95) / 100 })),
    };
    rows.finding.push(row);
    return row;
  };
  for (let i = rng.int(34, 42); i > 0; i--) improvements.push(finding(FindingKind.Improvement, T.FINDING_IMPROVEMENTS));
  for (let i = rng.int(8, 14); i > 0; i--) finding(FindingKind.Strength, T.FINDING_STRENGTHS);

  const planCreated = t0 + rng.int(30, 60) * DAY;
  const reEvaluation = dateOf(t0 + rng.int(30 * 30, 36 * 30) * DAY);
  const planId = ids.next('action_plan');
  rows.action_plan.push({
    id: planId,
    createdAt: at(rng, planCreated),
    updatedAt: at(rng, planCreated),
    municipalityId,
    baselineEvaluationId: evaluationId,
    followUpEvaluationId: null,
    title: `Handlingsplan Kommunkompassen ${evaluatedAt.slice(0, 4)}`,
    description: 'Åtgärder utifrån förbättringsområdena i utvärderingen.',
    plannedReEvaluationDate: reEvaluation,
    status: PlanStatus.Active,
    closedAt: null,
  });

  const actionCount = rng.int(Math.round(opts.actionsPerPlan * 0.9), Math.round(opts.actionsPerPlan * 1.1));
  for (let n = 0; n < actionCount; n++) {
    const actionId = ids.next('action');
    const linked = rng.sample(improvements, Number(rng.weighted({ '0': 5, '1': 70, '2': 25 })));
    const codes = linked.length
      ? [...new Set(linked.flatMap((f) => f.questionCodes))].sort()
      : rng.sample(
          rng.pick(cat.areas).questions.map((q) => q.code),
          1,
        );
    const ownerKind = rng.weighted({ head: 85, coordinator: 7, none: 8 });
    const owner = ownerKind === 'head' ? rng.pick(heads) : ownerKind === 'coordinator' ? rng.pick(coordinators) : null;
    const departmentId = owner?.departmentId ?? (rng.chance(0.9) ? rng.pick(departments).id : null);
    const created = Math.min(
      asOf - DAY,
      planCreated + (rng.chance(0.8) ? rng.int(0, 60) : rng.int(0, Math.max(1, (asOf - planCreated) / DAY - 1))) * DAY,
    );
    const deadlineMs = planCreated + rng.int(60, Math.max(61, (day(reEvaluation) - planCreated) / DAY - 30)) * DAY;
    const passed = deadlineMs < asOf;
    const status = rng.weighted<ActionStatus>(
      passed
        ? {
            [ActionStatus.Done]: 60,
            [ActionStatus.Cancelled]: 8,
            [ActionStatus.InProgress]: 17,
            [ActionStatus.Blocked]: 5,
            [ActionStatus.NotStarted]: 10,
          }
        : {
            [ActionStatus.Done]: 15,
            [ActionStatus.Cancelled]: 3,
            [ActionStatus.InProgress]: 42,
            [ActionStatus.Blocked]: 5,
            [ActionStatus.NotStarted]: 35,
          },
    );
    const author = owner?.id ?? coordinators[0].id;
    const updates = progressReports(rng, status, created, asOf, opts.updatesPerAction);
    for (const u of updates)
      rows.action_update.push({
        id: ids.next('action_update'),
        actionId,
        municipalityId,
        authorId: author,
        comment: u.comment,
        statusFrom: u.statusFrom,
        statusTo: u.statusTo,
        progressFrom: u.progressFrom,
        progressTo: u.progressTo,
        links: [],
        attachments: [],
        createdAt: u.at,
      });
    const last = updates.length ? updates[updates.length - 1] : null;
    const progress = last ? last.progress : 0;
    const createdAt = at(rng, created);
    const lastProgressAt = last?.at ?? createdAt;
    rows.action.push({
      id: actionId,
      createdAt,
      updatedAt: lastProgressAt,
      municipalityId,
      planId,
      title: `${rng.pick(T.ACTION_VERBS)} ${rng.pick(T.ACTION_OBJECTS)}${rng.pick(T.ACTION_SUFFIXES)}`,
      description: rng.chance(0.6) ? rng.pick(T.FINDING_IMPROVEMENTS) : null,
      questionCodes: codes,
      areas: areasOf(
        codes,
        linked.map((f) => f.area),
      ),
      ownerId: owner?.id ?? null,
      departmentId,
      startDate: rng.chance(0.6) ? dateOf(created) : null,
      deadline: dateOf(deadlineMs),
      status,
      progress,
      priority: rng.weighted({ [ActionPriority.Low]: 15, [ActionPriority.Normal]: 65, [ActionPriority.High]: 20 }),
      expectedEffect: rng.chance(0.5) ? rng.pick(T.EXPECTED_EFFECTS) : null,
      doneAt: status === ActionStatus.Done ? lastProgressAt : null,
      lastProgressAt,
      version: 1,
    });
    for (const f of linked) rows.action_finding.push({ actionId, findingId: f.id });
  }
  return rows;
}

interface Report {
  at: Date;
  comment: string | null;
  statusFrom: ActionStatus | null;
  statusTo: ActionStatus | null;
  progressFrom: number | null;
  progressTo: number | null;
  progress: number;
}

/**
 * Progress reports (mean `mean` per action) whose status changes lead from not_started to the final status,
 * as the app records them: done sets progress 100 and needs a comment, cancelled needs a reason.
 */
function progressReports(rng: Prng, final: ActionStatus, created: number, asOf: number, mean: number): Report[] {
  const path: ActionStatus[] =
    final === ActionStatus.NotStarted
      ? []
      : final === ActionStatus.InProgress || final === ActionStatus.Cancelled
        ? [final]
        : final === ActionStatus.Blocked
          ? [ActionStatus.InProgress, ActionStatus.Blocked]
          : [ActionStatus.InProgress, ActionStatus.Done];
  const count = Math.max(path.length, rng.int(Math.max(0, mean - 2), mean + 2));
  const span = Math.max(1, (asOf - created) / DAY - 1);
  const days = Array.from({ length: count }, () => rng.int(1, span)).sort((a, b) => a - b);
  const out: Report[] = [];
  let status: ActionStatus = ActionStatus.NotStarted;
  let progress = 0;
  days.forEach((d, i) => {
    // The status changes come last, so that the reports before them are about work in progress.
    const change = i >= count - path.length ? path[i - (count - path.length)] : null;
    const before = { status, progress };
    if (change) status = change;
    if (status === ActionStatus.Done) progress = 100;
    else if (
      status === ActionStatus.InProgress ||
      (change === null && status !== ActionStatus.NotStarted && status !== ActionStatus.Cancelled)
    )
      progress = Math.min(95, progress + rng.int(1, 4) * 5);
    const comment =
      status === ActionStatus.Done && change
        ? rng.pick(T.DONE_COMMENTS)
        : status === ActionStatus.Cancelled && change
          ? rng.pick(T.CANCEL_COMMENTS)
          : rng.chance(0.8)
            ? rng.pick(T.UPDATE_COMMENTS)
            : null;
    const progressChanged = progress !== before.progress;
    out.push({
      at: at(rng, created + d * DAY),
      comment: comment ?? (change || progressChanged ? null : rng.pick(T.UPDATE_COMMENTS)),
      statusFrom: change ? before.status : null,
      statusTo: change ? status : null,
      progressFrom: progressChanged ? before.progress : null,
      progressTo: progressChanged ? progress : null,
      progress,
    });
  });
  return out;
}
