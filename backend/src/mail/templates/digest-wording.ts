import { Locale, NotificationKind, type ReminderReason, type ReminderReasonKind } from '@kompass/shared';
import { counted as countedIn, pluralOf } from '../../common/plural';

const sv = (n: number, one: string, other: string) => countedIn('sv', n, { one, other });
const svWord = (n: number, one: string, other: string) => pluralOf('sv', n, { one, other });
const en = (n: number, one: string, other: string) => countedIn('en', n, { one, other });
const enWord = (n: number, one: string, other: string) => pluralOf('en', n, { one, other });

/** What a kind's subject and intro may say, taken from the digest. */
export interface DigestFacts {
  /** The number of action lines */
  count: number;
  municipalityName: string;
  /** The sweep's month, formatted in the digest's locale */
  month: string;
  /** The first plan's title (the plan a closing is about) */
  planTitle: string;
  escalationDays: number;
}

/** The words of one kind of digest in one language. */
export interface KindWording {
  subject: (f: DigestFacts) => string;
  intro: (f: DigestFacts) => string;
  /** A heading above the action lines, for digests that lead with their plans */
  itemsHeading?: string;
}

/** Per kind and language, Swedish first. The reminder registry (reminders/reminder-kinds.ts) names each entry. */
export const DIGEST_WORDING: Record<NotificationKind, Record<Locale, KindWording>> = {
  [NotificationKind.Deadline]: {
    [Locale.Sv]: {
      subject: ({ count }) => `Kompass: ${sv(count, 'åtgärd', 'åtgärder')} med slutdatum snart`,
      intro: ({ count }) =>
        count === 1 ? 'Den här åtgärden har snart slutdatum:' : 'Följande åtgärder har snart slutdatum:',
    },
    [Locale.En]: {
      subject: ({ count }) => `Kompass: ${en(count, 'action', 'actions')} due soon`,
      intro: ({ count }) => (count === 1 ? 'This action is due soon:' : 'These actions are due soon:'),
    },
  },
  [NotificationKind.Overdue]: {
    [Locale.Sv]: {
      subject: ({ count }) => `Kompass: ${sv(count, 'försenad åtgärd', 'försenade åtgärder')}`,
      intro: ({ count }) =>
        count === 1
          ? 'Den här åtgärden har passerat sitt slutdatum och är inte klar:'
          : 'Följande åtgärder har passerat sitt slutdatum och är inte klara:',
    },
    [Locale.En]: {
      subject: ({ count }) => `Kompass: ${count} overdue ${enWord(count, 'action', 'actions')}`,
      intro: ({ count }) =>
        count === 1
          ? 'This action is past its deadline and not done:'
          : 'These actions are past their deadline and not done:',
    },
  },
  [NotificationKind.Stale]: {
    [Locale.Sv]: {
      subject: ({ count }) => `Kompass: lägesrapport önskas för ${sv(count, 'åtgärd', 'åtgärder')}`,
      intro: ({ count }) =>
        count === 1
          ? 'Det var ett tag sedan någon rapporterade läget för den här åtgärden. Skriv gärna en lägesrapport:'
          : 'Det var ett tag sedan någon rapporterade läget för följande åtgärder. Skriv gärna en lägesrapport:',
    },
    [Locale.En]: {
      subject: ({ count }) => `Kompass: status update requested for ${en(count, 'action', 'actions')}`,
      intro: ({ count }) =>
        count === 1
          ? 'Nobody has reported progress on this action for a while. Please add a status update:'
          : 'Nobody has reported progress on these actions for a while. Please add a status update:',
    },
  },
  [NotificationKind.Escalation]: {
    [Locale.Sv]: {
      subject: ({ count }) =>
        `Kompass: ${sv(count, 'åtgärd', 'åtgärder')} länge ${svWord(count, 'försenad', 'försenade')}`,
      intro: ({ count, escalationDays }) =>
        count === 1
          ? `Den här åtgärden är mer än ${escalationDays} dagar försenad:`
          : `Följande åtgärder är mer än ${escalationDays} dagar försenade:`,
    },
    [Locale.En]: {
      subject: ({ count }) => `Kompass: ${en(count, 'action', 'actions')} long overdue`,
      intro: ({ count, escalationDays }) =>
        count === 1
          ? `This action is more than ${escalationDays} days overdue:`
          : `These actions are more than ${escalationDays} days overdue:`,
    },
  },
  [NotificationKind.Summary]: {
    [Locale.Sv]: {
      subject: ({ municipalityName, month }) => `Kompass: lägesbild för ${municipalityName}, ${month}`,
      intro: ({ municipalityName }) => `Här är månadens lägesbild för handlingsplanerna i ${municipalityName}.`,
      itemsHeading: 'Försenade åtgärder',
    },
    [Locale.En]: {
      subject: ({ municipalityName, month }) => `Kompass: progress in ${municipalityName}, ${month}`,
      intro: ({ municipalityName }) => `This is the monthly progress of the action plans in ${municipalityName}.`,
      itemsHeading: 'Overdue actions',
    },
  },
  [NotificationKind.Closing]: {
    [Locale.Sv]: {
      subject: ({ planTitle }) => `Kompass: handlingsplanen ”${planTitle}” är avslutad`,
      intro: () => 'Handlingsplanen är avslutad och påminnelserna för den har upphört. Så här såg den ut vid avslutet:',
      itemsHeading: 'Åtgärder som inte blev klara',
    },
    [Locale.En]: {
      subject: ({ planTitle }) => `Kompass: the action plan “${planTitle}” has ended`,
      intro: () => 'The action plan has ended and its reminders have stopped. This is where it stood:',
      itemsHeading: 'Actions not done',
    },
  },
};

type NoteOf<K extends ReminderReasonKind> = (reason: Extract<ReminderReason, { kind: K }>) => string;

/** The note on an action line saying why it is listed ('' for none): one per reason kind and language. */
export const REASON_NOTES: Record<Locale, { [K in ReminderReasonKind]: NoteOf<K> }> = {
  [Locale.Sv]: {
    deadline: ({ daysLeft }) =>
      daysLeft === 0 ? 'slutdatum i dag' : daysLeft === 1 ? 'slutdatum i morgon' : `slutdatum om ${daysLeft} dagar`,
    overdue: ({ daysLate }) => `${sv(daysLate, 'dag', 'dagar')} försenad`,
    escalation: ({ daysLate }) => `${sv(daysLate, 'dag', 'dagar')} försenad`,
    stale: ({ silentDays }) => `ingen lägesrapport på ${sv(silentDays, 'dag', 'dagar')}`,
    closing: () => '',
  },
  [Locale.En]: {
    deadline: ({ daysLeft }) =>
      daysLeft === 0 ? 'due today' : daysLeft === 1 ? 'due tomorrow' : `due in ${daysLeft} days`,
    overdue: ({ daysLate }) => `${en(daysLate, 'day', 'days')} overdue`,
    escalation: ({ daysLate }) => `${en(daysLate, 'day', 'days')} overdue`,
    stale: ({ silentDays }) => `no status update for ${silentDays} days`,
    closing: () => '',
  },
};
