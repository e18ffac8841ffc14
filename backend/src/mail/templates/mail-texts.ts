import { JUDGEMENT_LABELS, Locale, NotificationKind, type Judgement } from '@kompass/shared';
import { counted as countedIn, pluralOf } from '../../common/plural';

const sv = (n: number, one: string, other: string) => countedIn('sv', n, { one, other });
const svWord = (n: number, one: string, other: string) => pluralOf('sv', n, { one, other });
const en = (n: number, one: string, other: string) => countedIn('en', n, { one, other });
const enWord = (n: number, one: string, other: string) => pluralOf('en', n, { one, other });

/** "enligt plan 50 %, risk 25 %, avviker 25 %": the share of the plan's actions in each judgement, in words. */
function shareText(locale: 'sv' | 'en', shares: Record<Judgement, number>, percent: string): string {
  const labels = JUDGEMENT_LABELS[locale];
  return (Object.keys(labels) as Judgement[])
    .map((j) => `${labels[j].toLowerCase()} ${Math.round(shares[j] * 100)}${percent}`)
    .join(', ');
}

/** Every word a digest uses, Swedish first. Functions take counts so that plurals read right. */
export const TEXTS = {
  [Locale.Sv]: {
    greeting: (name: string) => `Hej ${name}!`,
    subject: {
      [NotificationKind.Deadline]: (n: number) => `Kompass: ${sv(n, 'åtgärd', 'åtgärder')} med slutdatum snart`,
      [NotificationKind.Overdue]: (n: number) => `Kompass: ${sv(n, 'försenad åtgärd', 'försenade åtgärder')}`,
      [NotificationKind.Stale]: (n: number) => `Kompass: lägesrapport önskas för ${sv(n, 'åtgärd', 'åtgärder')}`,
      [NotificationKind.Escalation]: (n: number) =>
        `Kompass: ${sv(n, 'åtgärd', 'åtgärder')} länge ${svWord(n, 'försenad', 'försenade')}`,
      [NotificationKind.Summary]: (municipality: string, month: string) =>
        `Kompass: lägesbild för ${municipality}, ${month}`,
      [NotificationKind.Closing]: (plan: string) => `Kompass: handlingsplanen ”${plan}” är avslutad`,
    },
    intro: {
      [NotificationKind.Deadline]: (n: number) =>
        n === 1 ? 'Den här åtgärden har snart slutdatum:' : 'Följande åtgärder har snart slutdatum:',
      [NotificationKind.Overdue]: (n: number) =>
        n === 1
          ? 'Den här åtgärden har passerat sitt slutdatum och är inte klar:'
          : 'Följande åtgärder har passerat sitt slutdatum och är inte klara:',
      [NotificationKind.Stale]: (n: number) =>
        n === 1
          ? 'Det var ett tag sedan någon rapporterade läget för den här åtgärden. Skriv gärna en lägesrapport:'
          : 'Det var ett tag sedan någon rapporterade läget för följande åtgärder. Skriv gärna en lägesrapport:',
      [NotificationKind.Escalation]: (days: number, n: number) =>
        n === 1
          ? `Den här åtgärden är mer än ${days} dagar försenad:`
          : `Följande åtgärder är mer än ${days} dagar försenade:`,
      [NotificationKind.Summary]: (municipality: string) =>
        `Här är månadens lägesbild för handlingsplanerna i ${municipality}.`,
      [NotificationKind.Closing]:
        'Handlingsplanen är avslutad och påminnelserna för den har upphört. Så här såg den ut vid avslutet:',
    },
    note: {
      dueIn: (days: number) =>
        days === 0 ? 'slutdatum i dag' : days === 1 ? 'slutdatum i morgon' : `slutdatum om ${days} dagar`,
      overdue: (days: number) => `${sv(days, 'dag', 'dagar')} försenad`,
      stale: (days: number) => `ingen lägesrapport på ${sv(days, 'dag', 'dagar')}`,
    },
    deadline: 'Slutdatum',
    status: 'Status',
    judgement: 'Bedömning',
    onBehalfOf: (name: string, until: string) => `till dig i stället för ${name}, som är ledig till och med ${until}`,
    open: 'Öppna åtgärden',
    openPlan: 'Öppna handlingsplanen',
    overdueHeading: 'Försenade åtgärder',
    openHeading: 'Åtgärder som inte blev klara',
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
    subject: {
      [NotificationKind.Deadline]: (n: number) => `Kompass: ${en(n, 'action', 'actions')} due soon`,
      [NotificationKind.Overdue]: (n: number) => `Kompass: ${n} overdue ${enWord(n, 'action', 'actions')}`,
      [NotificationKind.Stale]: (n: number) => `Kompass: status update requested for ${en(n, 'action', 'actions')}`,
      [NotificationKind.Escalation]: (n: number) => `Kompass: ${en(n, 'action', 'actions')} long overdue`,
      [NotificationKind.Summary]: (municipality: string, month: string) =>
        `Kompass: progress in ${municipality}, ${month}`,
      [NotificationKind.Closing]: (plan: string) => `Kompass: the action plan “${plan}” has ended`,
    },
    intro: {
      [NotificationKind.Deadline]: (n: number) =>
        n === 1 ? 'This action is due soon:' : 'These actions are due soon:',
      [NotificationKind.Overdue]: (n: number) =>
        n === 1
          ? 'This action is past its deadline and not done:'
          : 'These actions are past their deadline and not done:',
      [NotificationKind.Stale]: (n: number) =>
        n === 1
          ? 'Nobody has reported progress on this action for a while. Please add a status update:'
          : 'Nobody has reported progress on these actions for a while. Please add a status update:',
      [NotificationKind.Escalation]: (days: number, n: number) =>
        n === 1
          ? `This action is more than ${days} days overdue:`
          : `These actions are more than ${days} days overdue:`,
      [NotificationKind.Summary]: (municipality: string) =>
        `This is the monthly progress of the action plans in ${municipality}.`,
      [NotificationKind.Closing]: 'The action plan has ended and its reminders have stopped. This is where it stood:',
    },
    note: {
      dueIn: (days: number) => (days === 0 ? 'due today' : days === 1 ? 'due tomorrow' : `due in ${days} days`),
      overdue: (days: number) => `${en(days, 'day', 'days')} overdue`,
      stale: (days: number) => `no status update for ${days} days`,
    },
    deadline: 'Deadline',
    status: 'Status',
    judgement: 'Judgement',
    onBehalfOf: (name: string, until: string) => `sent to you instead of ${name}, who is away until ${until}`,
    open: 'Open the action',
    openPlan: 'Open the action plan',
    overdueHeading: 'Overdue actions',
    openHeading: 'Actions not done',
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
