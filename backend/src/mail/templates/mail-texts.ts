import { JUDGEMENT_LABELS, Locale, type Judgement } from '@kompass/shared';
import { counted as countedIn } from '../../common/plural';

const sv = (n: number, one: string, other: string) => countedIn('sv', n, { one, other });
const en = (n: number, one: string, other: string) => countedIn('en', n, { one, other });

/** "enligt plan 50 %, risk 25 %, avviker 25 %": the share of the plan's actions in each judgement, in words. */
function shareText(locale: 'sv' | 'en', shares: Record<Judgement, number>, percent: string): string {
  const labels = JUDGEMENT_LABELS[locale];
  return (Object.keys(labels) as Judgement[])
    .map((j) => `${labels[j].toLowerCase()} ${Math.round(shares[j] * 100)}${percent}`)
    .join(', ');
}

/**
 * The words every digest uses, Swedish first; what differs by kind and reason is in digest-wording.ts.
 * Functions take counts so that plurals read right.
 */
export const TEXTS = {
  [Locale.Sv]: {
    greeting: (name: string) => `Hej ${name}!`,
    deadline: 'Slutdatum',
    status: 'Status',
    judgement: 'Bedömning',
    onBehalfOf: (name: string, until: string) => `till dig i stället för ${name}, som är ledig till och med ${until}`,
    open: 'Öppna åtgärden',
    openPlan: 'Öppna handlingsplanen',
    plan: {
      reEvaluation: (date: string) => `Omvärdering ${date}`,
      closedBy: (label: string, date: string) => `Avslutad av utvärderingen ”${label}” (${date})`,
      counts: (total: number, done: number, overdue: number) =>
        `${sv(total, 'åtgärd', 'åtgärder')}, ${sv(done, 'klar', 'klara')}, ${sv(overdue, 'försenad', 'försenade')}`,
      progress: (percent: number) => `genomsnittligt framsteg ${percent} %`,
      judgements: (shares: Record<Judgement, number>) => shareText('sv', shares, ' %'),
    },
    footer:
      'Du får det här mejlet från Kompass, som påminner på vardagar fram till omvärderingen. Svara inte på mejlet; logga in i Kompass för att uppdatera åtgärderna.',
  },
  [Locale.En]: {
    greeting: (name: string) => `Hello ${name},`,
    deadline: 'Deadline',
    status: 'Status',
    judgement: 'Judgement',
    onBehalfOf: (name: string, until: string) => `sent to you instead of ${name}, who is away until ${until}`,
    open: 'Open the action',
    openPlan: 'Open the action plan',
    plan: {
      reEvaluation: (date: string) => `Re-evaluation ${date}`,
      closedBy: (label: string, date: string) => `Closed by the evaluation “${label}” (${date})`,
      counts: (total: number, done: number, overdue: number) =>
        `${en(total, 'action', 'actions')}, ${done} done, ${overdue} overdue`,
      progress: (percent: number) => `mean progress ${percent}%`,
      judgements: (shares: Record<Judgement, number>) => shareText('en', shares, '%'),
    },
    footer:
      'Kompass sends these reminders on working days until the re-evaluation. Do not reply; log in to Kompass to update the actions.',
  },
};
