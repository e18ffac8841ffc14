import { Locale, NotificationKind } from '@kompass/shared';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Every word a digest uses, Swedish first. Functions take counts so that plurals read right. */
export const TEXTS = {
  [Locale.Sv]: {
    greeting: (name: string) => `Hej ${name}!`,
    subject: {
      [NotificationKind.Deadline]: (n: number) => `Kompass: ${n} ${plural(n, 'åtgärd', 'åtgärder')} med deadline snart`,
      [NotificationKind.Overdue]: (n: number) => `Kompass: ${n} ${plural(n, 'försenad åtgärd', 'försenade åtgärder')}`,
      [NotificationKind.Stale]: (n: number) => `Kompass: lägesrapport önskas för ${n} ${plural(n, 'åtgärd', 'åtgärder')}`,
      [NotificationKind.Escalation]: (n: number) => `Kompass: ${n} ${plural(n, 'åtgärd', 'åtgärder')} länge försenade`,
      [NotificationKind.Summary]: (municipality: string, month: string) => `Kompass: lägesbild för ${municipality}, ${month}`,
      [NotificationKind.Closing]: (plan: string) => `Kompass: handlingsplanen ”${plan}” är avslutad`,
    },
    intro: {
      [NotificationKind.Deadline]: 'Följande åtgärder har snart deadline:',
      [NotificationKind.Overdue]: 'Följande åtgärder har passerat sin deadline och är inte klara:',
      [NotificationKind.Stale]: 'Det var ett tag sedan någon rapporterade läget för följande åtgärder. Skriv gärna en lägesrapport:',
      [NotificationKind.Escalation]: (days: number) => `Följande åtgärder är mer än ${days} dagar försenade:`,
      [NotificationKind.Summary]: (municipality: string) => `Här är månadens lägesbild för handlingsplanerna i ${municipality}.`,
      [NotificationKind.Closing]: 'Handlingsplanen är avslutad och påminnelserna för den har upphört. Så här såg den ut vid avslutet:',
    },
    note: {
      dueIn: (days: number) => (days === 0 ? 'deadline i dag' : days === 1 ? 'deadline i morgon' : `deadline om ${days} dagar`),
      overdue: (days: number) => `${days} ${plural(days, 'dag', 'dagar')} försenad`,
      stale: (days: number) => `ingen lägesrapport på ${days} dagar`,
    },
    deadline: 'Deadline',
    status: 'Status',
    open: 'Öppna åtgärden',
    openPlan: 'Öppna handlingsplanen',
    overdueHeading: 'Försenade åtgärder',
    openHeading: 'Åtgärder som inte blev klara',
    plan: {
      reEvaluation: (date: string) => `Omvärdering ${date}`,
      counts: (total: number, done: number, overdue: number) =>
        `${total} ${plural(total, 'åtgärd', 'åtgärder')}, ${done} klara, ${overdue} försenade`,
      progress: (percent: number) => `genomsnittlig framdrift ${percent} %`,
    },
    footer: 'Du får det här mejlet från Kompass, som påminner på vardagar fram till omvärderingen. Svara inte på mejlet; logga in i Kompass för att uppdatera åtgärderna.',
  },
  [Locale.En]: {
    greeting: (name: string) => `Hello ${name},`,
    subject: {
      [NotificationKind.Deadline]: (n: number) => `Kompass: ${n} ${plural(n, 'action', 'actions')} due soon`,
      [NotificationKind.Overdue]: (n: number) => `Kompass: ${n} overdue ${plural(n, 'action', 'actions')}`,
      [NotificationKind.Stale]: (n: number) => `Kompass: status update requested for ${n} ${plural(n, 'action', 'actions')}`,
      [NotificationKind.Escalation]: (n: number) => `Kompass: ${n} ${plural(n, 'action', 'actions')} long overdue`,
      [NotificationKind.Summary]: (municipality: string, month: string) => `Kompass: progress in ${municipality}, ${month}`,
      [NotificationKind.Closing]: (plan: string) => `Kompass: the action plan “${plan}” has ended`,
    },
    intro: {
      [NotificationKind.Deadline]: 'These actions are due soon:',
      [NotificationKind.Overdue]: 'These actions are past their deadline and not done:',
      [NotificationKind.Stale]: 'Nobody has reported progress on these actions for a while. Please add a status update:',
      [NotificationKind.Escalation]: (days: number) => `These actions are more than ${days} days overdue:`,
      [NotificationKind.Summary]: (municipality: string) => `This is the monthly progress of the action plans in ${municipality}.`,
      [NotificationKind.Closing]: 'The action plan has ended and its reminders have stopped. This is where it stood:',
    },
    note: {
      dueIn: (days: number) => (days === 0 ? 'due today' : days === 1 ? 'due tomorrow' : `due in ${days} days`),
      overdue: (days: number) => `${days} ${plural(days, 'day', 'days')} overdue`,
      stale: (days: number) => `no status update for ${days} days`,
    },
    deadline: 'Deadline',
    status: 'Status',
    open: 'Open the action',
    openPlan: 'Open the action plan',
    overdueHeading: 'Overdue actions',
    openHeading: 'Actions not done',
    plan: {
      reEvaluation: (date: string) => `Re-evaluation ${date}`,
      counts: (total: number, done: number, overdue: number) =>
        `${total} ${plural(total, 'action', 'actions')}, ${done} done, ${overdue} overdue`,
      progress: (percent: number) => `mean progress ${percent}%`,
    },
    footer: 'Kompass sends these reminders on working days until the re-evaluation. Do not reply; log in to Kompass to update the actions.',
  },
};
