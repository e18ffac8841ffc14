import {
  ActionStatus,
  describeJudgements,
  Locale,
  NotificationKind,
  readReason,
  type Judgement,
  type JudgementRollUp,
  type ReminderReason,
} from '@kompass/shared';
import { actionLink, escapeHtml, formatDate, formatMonth, oneLine, planLink, statusLabel } from './mail-format';
import { DIGEST_WORDING, REASON_NOTES, type DigestFacts } from './digest-wording';
import { TEXTS } from './mail-texts';

/** One action in a digest, with why it is there and the days that reason is about. */
export interface DigestLine {
  actionId: number;
  title: string;
  deadline: string;
  status: ActionStatus;
  reason: ReminderReason;
  /** The owner's judgement and Kompass's on the sweep's day (absent in digests stored before judgements). */
  judgement?: Judgement | null;
  derivedJudgement?: Judgement | null;
  /** Sent to the department head in place of the owner, who is on leave until that day */
  onBehalfOf?: { name: string; until: string };
}

/** One plan in a summary or closing digest. */
export interface PlanLine {
  planId: number;
  title: string;
  plannedReEvaluationDate: string;
  total: number;
  done: number;
  overdue: number;
  /** 0..100, null without active actions */
  meanProgress: number | null;
  /** The linked follow-up evaluation that closed the plan: its planned date no longer means anything then. */
  closedBy?: { label: string; evaluatedAt: string; precision: 'month' | 'day' } | null;
  /** The plan's actions by judgement (the worse of the owner's and Kompass's per action). */
  judgements?: JudgementRollUp | null;
}

/** A line as outbox rows written before reasons were typed hold it: a code ('deadline-14') and its days. */
export type LegacyDigestLine = Omit<DigestLine, 'reason'> & { reason: string; days: number };

export interface DigestContent {
  kind: NotificationKind;
  locale: Locale;
  recipientName: string;
  municipalityName: string;
  appUrl: string;
  /** The sweep's day */
  date: string;
  items: (DigestLine | LegacyDigestLine)[];
  plans: PlanLine[];
  escalationDays: number;
}

/**
 * What the sweep stores in the outbox row (without the app URL, which is configuration): the bodies are rendered
 * from it when the mail is sent, so the sweep writes a small JSON document instead of two rendered bodies.
 */
export type StoredDigest = Omit<DigestContent, 'appUrl'>;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

function factsOf(c: StoredDigest): DigestFacts {
  return {
    count: c.items.length,
    municipalityName: c.municipalityName,
    month: formatMonth(c.date, c.locale),
    planTitle: c.plans[0]?.title ?? '',
    escalationDays: c.escalationDays,
  };
}

function subjectOf(c: StoredDigest): string {
  return DIGEST_WORDING[c.kind][c.locale].subject(factsOf(c));
}

function introOf(c: DigestContent): string {
  return DIGEST_WORDING[c.kind][c.locale].intro(factsOf(c));
}

/** A stored line's reason, typed: rows of before typed reasons hold a code and the days beside it. */
export function lineReason(line: DigestLine | LegacyDigestLine): ReminderReason {
  return typeof line.reason === 'string' ? readReason(line.reason, (line as LegacyDigestLine).days) : line.reason;
}

function noteOf(reason: ReminderReason, locale: Locale): string {
  const notes = REASON_NOTES[locale];
  switch (reason.kind) {
    case 'deadline':
      return notes.deadline(reason);
    case 'overdue':
      return notes.overdue(reason);
    case 'escalation':
      return notes.escalation(reason);
    case 'stale':
      return notes.stale(reason);
    case 'closing':
      return notes.closing(reason);
  }
}

/** Summaries and closings list the overdue or unfinished actions under a heading; reminders list them directly. */
function itemsHeading(c: DigestContent): string | null {
  return DIGEST_WORDING[c.kind][c.locale].itemsHeading ?? null;
}

function planFacts(plan: PlanLine, locale: Locale): string {
  const t = TEXTS[locale].plan;
  const when = plan.closedBy
    ? t.closedBy(
        plan.closedBy.label,
        (plan.closedBy.precision === 'month' ? formatMonth : formatDate)(plan.closedBy.evaluatedAt, locale),
      )
    : t.reEvaluation(formatDate(plan.plannedReEvaluationDate, locale));
  const parts = [when, t.counts(plan.total, plan.done, plan.overdue)];
  if (plan.meanProgress !== null) parts.push(t.progress(plan.meanProgress));
  if (plan.judgements?.worst) parts.push(t.judgements(plan.judgements.shares));
  return parts.join(' · ');
}

function itemFacts(line: DigestLine | LegacyDigestLine, locale: Locale): string {
  const t = TEXTS[locale];
  const note = noteOf(lineReason(line), locale);
  const judgement = describeJudgements(line.judgement, line.derivedJudgement, locale);
  const standIn = line.onBehalfOf
    ? [t.onBehalfOf(line.onBehalfOf.name, formatDate(line.onBehalfOf.until, locale))]
    : [];
  return [
    `${t.deadline}: ${formatDate(line.deadline, locale)}`,
    `${t.status}: ${statusLabel(line.status, locale)}`,
    ...(judgement ? [`${t.judgement}: ${judgement}`] : []),
    ...(note ? [note] : []),
    ...standIn,
  ].join(' · ');
}

function renderText(c: DigestContent): string {
  const t = TEXTS[c.locale];
  const out = [t.greeting(c.recipientName), '', introOf(c), ''];
  for (const plan of c.plans)
    out.push(
      `${plan.title}`,
      `  ${planFacts(plan, c.locale)}`,
      `  ${t.openPlan}: ${planLink(c.appUrl, plan.planId)}`,
      '',
    );
  const heading = itemsHeading(c);
  if (heading && c.items.length) out.push(`${heading}:`, '');
  for (const line of c.items)
    out.push(
      `• ${line.title}`,
      `  ${itemFacts(line, c.locale)}`,
      `  ${t.open}: ${actionLink(c.appUrl, line.actionId)}`,
      '',
    );
  out.push('--', t.footer, '');
  return out.join('\n');
}

function renderHtml(c: DigestContent): string {
  const t = TEXTS[c.locale];
  const e = escapeHtml;
  const plans = c.plans
    .map(
      (plan) =>
        `<tr><td style="padding:8px 0;border-bottom:1px solid #e5e7eb"><a href="${e(planLink(c.appUrl, plan.planId))}" style="color:#1d4ed8;font-weight:600">${e(plan.title)}</a>` +
        `<div style="color:#4b5563;font-size:14px">${e(planFacts(plan, c.locale))}</div></td></tr>`,
    )
    .join('');
  const items = c.items
    .map(
      (line) =>
        `<tr><td style="padding:8px 0;border-bottom:1px solid #e5e7eb"><a href="${e(actionLink(c.appUrl, line.actionId))}" style="color:#1d4ed8;font-weight:600">${e(line.title)}</a>` +
        `<div style="color:#4b5563;font-size:14px">${e(itemFacts(line, c.locale))}</div></td></tr>`,
    )
    .join('');
  const heading = itemsHeading(c);
  return [
    `<!DOCTYPE html><html lang="${c.locale}"><head><meta charset="utf-8"><title>${e(subjectOf(c))}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f9fafb;font-family:Arial,Helvetica,sans-serif;color:#111827">',
    '<div style="max-width:640px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">',
    `<p>${e(t.greeting(c.recipientName))}</p>`,
    `<p>${e(introOf(c))}</p>`,
    plans ? `<table role="presentation" style="width:100%;border-collapse:collapse">${plans}</table>` : '',
    heading && items ? `<h3 style="font-size:16px;margin:20px 0 4px">${e(heading)}</h3>` : '',
    items ? `<table role="presentation" style="width:100%;border-collapse:collapse">${items}</table>` : '',
    `<p style="color:#6b7280;font-size:12px;margin-top:24px">${e(t.footer)}</p>`,
    '</div></body></html>',
  ].join('');
}

/** The subject alone (single line), as renderDigest writes it: the sweep stores it, the bodies come at send time. */
export function renderSubject(content: StoredDigest): string {
  return oneLine(subjectOf(content));
}

/** Subject, plain text and HTML of one digest; subject is a single line, every user string escaped in HTML. */
export function renderDigest(content: DigestContent): RenderedMail {
  return { subject: oneLine(subjectOf(content)), text: renderText(content), html: renderHtml(content) };
}
