import { ACTION_STATUS_LABELS, PlanStatus } from '@kompass/shared';

export type PublicLanguage = 'sv' | 'en';
export const PUBLIC_LANGUAGES: PublicLanguage[] = ['sv', 'en'];

/** Every word of the public page, Swedish first. */
export const PUBLIC_TEXTS = {
  sv: {
    heading: (name: string) => `${name}: så arbetar vi med Kommunkompassen`,
    title: (name: string) => `${name} – handlingsplan efter Kommunkompassen`,
    description: (name: string, done: number, total: number) =>
      `Se hur ${name} följer upp sin utvärdering i SKR:s Kommunkompassen: ${done} av ${total} publicerade åtgärder är klara.`,
    intro:
      'Kommunkompassen är SKR:s verktyg för att utvärdera hur en kommun styrs och leds. Här redovisar kommunen resultatet och de åtgärder som ska förbättra det.',
    skip: 'Hoppa till innehållet',
    otherLanguage: 'English',
    otherLanguageName: 'Read in English',
    logo: (name: string) => `${name}s logotyp`,
    planStatus: { [PlanStatus.Active]: 'Pågående', [PlanStatus.Closed]: 'Avslutad' } as Record<PlanStatus, string>,
    status: 'Status',
    updated: 'Senast uppdaterad',
    reEvaluation: 'Nästa utvärdering planerad',
    progress: 'Framsteg',
    progressLabel: (done: number, inProgress: number, notStarted: number) =>
      `Klara ${done}, pågår ${inProgress}, ej påbörjade ${notStarted}`,
    done: 'Klara',
    inProgress: 'Pågår',
    notStarted: 'Ej påbörjade',
    cancelled: 'Avbrutna',
    scores: 'Resultat i Kommunkompassen',
    area: 'Område',
    points: (achieved: number | null, max: number) => (achieved === null ? '–' : `${achieved} av ${max} poäng`),
    total: 'Totalt',
    radar: (baseline: string, followUp: string | null) =>
      followUp
        ? `Diagram: andel av maxpoängen per område, ${baseline} jämfört med ${followUp}. Samma siffror finns i tabellen.`
        : `Diagram: andel av maxpoängen per område i ${baseline}. Samma siffror finns i tabellen.`,
    actions: 'Åtgärder per område',
    noActions: 'Inga åtgärder är publicerade ännu.',
    otherActions: 'Övriga åtgärder',
    action: 'Åtgärd',
    plannedDate: 'Planerad klar',
    summary: 'Sammanfattning',
    department: 'Ansvarig förvaltning',
    actionStatus: ACTION_STATUS_LABELS.sv,
    openData: 'Öppna data',
    openDataText: 'Innehållet på sidan finns som öppna data:',
    licence: 'Licens',
    poweredBy: 'Publicerat med Kompass',
    notFoundTitle: 'Sidan finns inte',
    notFoundText:
      'Det finns ingen publicerad redovisning på den här adressen. Kommunen kanske inte har publicerat sin handlingsplan ännu, eller så är kommunkoden fel.',
    notFoundHint: 'Adressen har formen /oppet/ följt av kommunens fyrsiffriga kommunkod, till exempel /oppet/1081.',
    tooManyTitle: 'För många förfrågningar',
    tooManyText: 'Du har gjort många förfrågningar på kort tid. Vänta en minut och försök igen.',
    dateLocale: 'sv-SE',
  },
  en: {
    heading: (name: string) => `${name}: our work with Kommunkompassen`,
    title: (name: string) => `${name} – action plan after Kommunkompassen`,
    description: (name: string, done: number, total: number) =>
      `See how ${name} follows up its evaluation in SKR's Kommunkompassen: ${done} of ${total} published actions are done.`,
    intro:
      "Kommunkompassen (the Municipal Compass) is SKR's tool for evaluating how a municipality is governed and led. Here the municipality reports its results and the actions that are to improve them.",
    skip: 'Skip to content',
    otherLanguage: 'Svenska',
    otherLanguageName: 'Läs på svenska',
    logo: (name: string) => `Logo of ${name}`,
    planStatus: { [PlanStatus.Active]: 'Ongoing', [PlanStatus.Closed]: 'Closed' } as Record<PlanStatus, string>,
    status: 'Status',
    updated: 'Last updated',
    reEvaluation: 'Next evaluation planned',
    progress: 'Progress',
    progressLabel: (done: number, inProgress: number, notStarted: number) =>
      `Done ${done}, in progress ${inProgress}, not started ${notStarted}`,
    done: 'Done',
    inProgress: 'In progress',
    notStarted: 'Not started',
    cancelled: 'Cancelled',
    scores: 'Results in Kommunkompassen',
    area: 'Area',
    points: (achieved: number | null, max: number) => (achieved === null ? '–' : `${achieved} of ${max} points`),
    total: 'Total',
    radar: (baseline: string, followUp: string | null) =>
      followUp
        ? `Chart: share of the maximum score per area, ${baseline} compared with ${followUp}. The table has the same figures.`
        : `Chart: share of the maximum score per area in ${baseline}. The table has the same figures.`,
    actions: 'Actions by area',
    noActions: 'No actions have been published yet.',
    otherActions: 'Other actions',
    action: 'Action',
    plannedDate: 'Planned completion',
    summary: 'Summary',
    department: 'Responsible department',
    actionStatus: ACTION_STATUS_LABELS.en,
    openData: 'Open data',
    openDataText: 'The content of this page is available as open data:',
    licence: 'Licence',
    poweredBy: 'Published with Kompass',
    notFoundTitle: 'Page not found',
    notFoundText:
      'There is no published report at this address. The municipality may not have published its action plan yet, or the municipality code is wrong.',
    notFoundHint: "The address is /oppet/ followed by the municipality's four-digit code, for example /oppet/1081.",
    tooManyTitle: 'Too many requests',
    tooManyText: 'You have made many requests in a short time. Please wait a minute and try again.',
    dateLocale: 'en-GB',
  },
};
