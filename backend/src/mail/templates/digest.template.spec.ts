import { ActionStatus, Locale, NotificationKind } from '@kompass/shared';
import { DigestContent, renderDigest, renderSubject } from './digest.template';

const base: DigestContent = {
  kind: NotificationKind.Deadline,
  locale: Locale.Sv,
  recipientName: 'Anna <Andersson>',
  municipalityName: 'Ronneby',
  appUrl: 'https://kompass.ronneby.se',
  date: '2027-03-16',
  items: [
    {
      actionId: 12,
      title: 'Inför <script>alert(1)</script> & "mål"',
      deadline: '2027-03-19',
      status: ActionStatus.InProgress,
      reason: { kind: 'deadline', threshold: 3, daysLeft: 3 },
    },
    {
      actionId: 13,
      title: 'Medborgardialog',
      deadline: '2027-03-30',
      status: ActionStatus.NotStarted,
      reason: { kind: 'deadline', threshold: 14, daysLeft: 14 },
    },
  ],
  plans: [],
  escalationDays: 14,
};

describe('renderDigest', () => {
  it('writes a Swedish digest with Swedish dates, status words and hash-router links', () => {
    const mail = renderDigest(base);
    expect(mail.subject).toBe('Kompass: 2 åtgärder med slutdatum snart');
    expect(mail.text).toContain('Hej Anna <Andersson>!');
    expect(mail.text).toContain('Slutdatum: 19 mars 2027 · Status: pågår · slutdatum om 3 dagar');
    expect(mail.text).toContain('Slutdatum: 30 mars 2027 · Status: ej påbörjad · slutdatum om 14 dagar');
    expect(mail.text).toContain('https://kompass.ronneby.se/#/actions/12/show');
    expect(mail.html).toContain('href="https://kompass.ronneby.se/#/actions/13/show"');
  });

  it('makes every word agree with its number, and says slutdatum, never deadline (issue #14)', () => {
    const one = renderDigest({ ...base, items: [base.items[0]] });
    expect(one.subject).toBe('Kompass: 1 åtgärd med slutdatum snart');
    expect(one.text).toContain('Den här åtgärden har snart slutdatum:');
    expect(one.text.toLowerCase()).not.toContain('deadline');
    const escalation = renderDigest({
      ...base,
      kind: NotificationKind.Escalation,
      items: [{ ...base.items[0], reason: { kind: 'escalation', daysLate: 20 } }],
    });
    expect(escalation.subject).toBe('Kompass: 1 åtgärd länge försenad');
    expect(escalation.text).toContain('Den här åtgärden är mer än 14 dagar försenad:');
    const overdue = renderDigest({
      ...base,
      kind: NotificationKind.Overdue,
      items: [{ ...base.items[0], reason: { kind: 'overdue', daysLate: 1 } }],
    });
    expect(overdue.text).toContain('Den här åtgärden har passerat sitt slutdatum och är inte klar:');
    const summary = renderDigest({
      ...base,
      kind: NotificationKind.Summary,
      items: [],
      plans: [
        {
          planId: 2,
          title: 'Plan',
          plannedReEvaluationDate: '2028-10-01',
          total: 38,
          done: 1,
          overdue: 1,
          meanProgress: 40,
        },
      ],
    });
    expect(summary.text).toContain('38 åtgärder, 1 klar, 1 försenad');
  });

  it('escapes user text in HTML', () => {
    const { html } = renderDigest(base);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Inför &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;mål&quot;');
    expect(html).toContain('Hej Anna &lt;Andersson&gt;!');
  });

  it('keeps subjects on one line even when a plan title carries CR/LF', () => {
    const mail = renderDigest({
      ...base,
      kind: NotificationKind.Closing,
      items: [],
      plans: [
        {
          planId: 4,
          title: 'Plan\r\nBcc: victim@example.com',
          plannedReEvaluationDate: '2027-05-01',
          total: 3,
          done: 2,
          overdue: 1,
          meanProgress: 80,
        },
      ],
    });
    expect(mail.subject).toBe('Kompass: handlingsplanen ”Plan Bcc: victim@example.com” är avslutad');
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('names the linked evaluation, not the planned re-evaluation date, when an evaluation closed the plan', () => {
    const closedBy = { label: 'Kommunkompassen 2029', evaluatedAt: '2029-03-01', precision: 'month' as const };
    const plan = {
      planId: 4,
      title: 'Plan',
      plannedReEvaluationDate: '2029-10-01',
      total: 3,
      done: 2,
      overdue: 1,
      meanProgress: 80,
      closedBy,
    };
    const sv = renderDigest({ ...base, kind: NotificationKind.Closing, items: [], plans: [plan] });
    expect(sv.text).toContain(
      'Avslutad av utvärderingen ”Kommunkompassen 2029” (mars 2029) · 3 åtgärder, 2 klara, 1 försenad',
    );
    expect(sv.text).not.toContain('oktober 2029');
    expect(sv.html).not.toContain('oktober 2029');
    const en = renderDigest({ ...base, locale: Locale.En, kind: NotificationKind.Closing, items: [], plans: [plan] });
    expect(en.text).toContain('Closed by the evaluation “Kommunkompassen 2029” (March 2029)');
    expect(en.text).not.toContain('October 2029');
  });

  it('renders a line stored before reasons were typed (a code and its days) as the typed one', () => {
    const typed = renderDigest({ ...base, items: [base.items[0]] });
    const { reason: _typed, ...line } = base.items[0];
    const legacy = renderDigest({ ...base, items: [{ ...line, reason: 'deadline-3', days: 3 }] });
    expect(legacy).toEqual(typed);
    const stale = renderDigest({
      ...base,
      kind: NotificationKind.Stale,
      items: [{ ...line, reason: 'stale', days: 40 }],
    });
    expect(stale.text).toContain('ingen lägesrapport på 40 dagar');
  });

  it('writes English for users with locale en, with the status labels and overdue notes', () => {
    const mail = renderDigest({
      ...base,
      locale: Locale.En,
      kind: NotificationKind.Overdue,
      items: [
        {
          actionId: 5,
          title: 'Budget',
          deadline: '2027-03-01',
          status: ActionStatus.Blocked,
          reason: { kind: 'overdue', daysLate: 1 },
        },
      ],
    });
    expect(mail.subject).toBe('Kompass: 1 overdue action');
    expect(mail.text).toContain('Deadline: 1 March 2027 · Status: blocked · 1 day overdue');
  });

  it('summarises plans for leadership with the month in the subject', () => {
    const mail = renderDigest({
      ...base,
      kind: NotificationKind.Summary,
      items: [],
      plans: [
        {
          planId: 2,
          title: 'Handlingsplan 2027',
          plannedReEvaluationDate: '2028-10-01',
          total: 10,
          done: 4,
          overdue: 2,
          meanProgress: 55,
        },
      ],
    });
    expect(mail.subject).toBe('Kompass: lägesbild för Ronneby, mars 2027');
    expect(mail.text).toContain(
      'Omvärdering 1 oktober 2028 · 10 åtgärder, 4 klara, 2 försenade · genomsnittligt framsteg 55 %',
    );
  });

  it('renders the same subject alone (the sweep stores it) as with the bodies (at send time)', () => {
    const { appUrl: _appUrl, ...stored } = base;
    const closing = {
      ...stored,
      kind: NotificationKind.Closing,
      plans: [
        {
          planId: 4,
          title: 'Plan\r\nBcc: x@example.com',
          plannedReEvaluationDate: '2027-05-01',
          total: 3,
          done: 2,
          overdue: 1,
          meanProgress: 80,
        },
      ],
    };
    for (const content of [
      stored,
      { ...stored, kind: NotificationKind.Summary },
      closing,
      { ...stored, locale: Locale.En, kind: NotificationKind.Overdue },
    ])
      expect(renderSubject(content)).toBe(renderDigest({ ...content, appUrl: base.appUrl }).subject);
  });
});
