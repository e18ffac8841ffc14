import { ActionStatus, Judgement, Locale, NotificationKind, rollUpJudgements } from '@kompass/shared';
import { DigestContent, renderDigest } from './digest.template';

const base: DigestContent = {
  kind: NotificationKind.Overdue,
  locale: Locale.Sv,
  recipientName: 'Anna',
  municipalityName: 'Ronneby',
  appUrl: 'https://kompass.ronneby.se',
  date: '2027-03-16',
  items: [
    {
      actionId: 1,
      title: 'Samma bedömning',
      deadline: '2027-03-06',
      status: ActionStatus.InProgress,
      reason: { kind: 'overdue', daysLate: 10 },
      judgement: Judgement.OffTrack,
      derivedJudgement: Judgement.OffTrack,
    },
    {
      actionId: 2,
      title: 'Olika bedömning',
      deadline: '2027-03-06',
      status: ActionStatus.InProgress,
      reason: { kind: 'overdue', daysLate: 10 },
      judgement: Judgement.OnTrack,
      derivedJudgement: Judgement.OffTrack,
    },
    {
      actionId: 3,
      title: 'Lagrad före bedömningar',
      deadline: '2027-03-06',
      status: ActionStatus.Blocked,
      reason: { kind: 'overdue', daysLate: 10 },
    },
  ],
  plans: [],
  escalationDays: 14,
};

describe('judgements in digests', () => {
  it("names the judgement in words; the owner's and Kompass's both when they differ", () => {
    const { text, html } = renderDigest(base);
    expect(text).toContain('Slutdatum: 6 mars 2027 · Status: pågår · Bedömning: Avviker · 10 dagar försenad');
    expect(text).toContain('Bedömning: Enligt plan (ansvarig), Avviker (Kompass)');
    expect(html).toContain('Bedömning: Enligt plan (ansvarig), Avviker (Kompass)');
    // a digest stored before judgements existed renders as it did
    expect(text).toContain('Slutdatum: 6 mars 2027 · Status: blockerad · 10 dagar försenad');
    const en = renderDigest({ ...base, locale: Locale.En });
    expect(en.text).toContain('Judgement: On track (owner), Off track (Kompass)');
  });

  it("gives the leadership summary each plan's share of actions per judgement", () => {
    const judgements = rollUpJudgements([Judgement.OnTrack, Judgement.OnTrack, Judgement.AtRisk, Judgement.OffTrack]);
    const plan = {
      planId: 2,
      title: 'Handlingsplan 2027',
      plannedReEvaluationDate: '2028-10-01',
      total: 4,
      done: 1,
      overdue: 1,
      meanProgress: 40,
      judgements,
    };
    const sv = renderDigest({ ...base, kind: NotificationKind.Summary, plans: [plan] });
    expect(sv.text).toContain('genomsnittligt framsteg 40 % · enligt plan 50 %, risk 25 %, avviker 25 %');
    const en = renderDigest({ ...base, locale: Locale.En, kind: NotificationKind.Summary, plans: [plan] });
    expect(en.text).toContain('mean progress 40% · on track 50%, at risk 25%, off track 25%');
    const none = renderDigest({
      ...base,
      kind: NotificationKind.Summary,
      plans: [{ ...plan, judgements: rollUpJudgements([]) }],
    });
    expect(none.text).not.toContain('enligt plan');
  });
});
