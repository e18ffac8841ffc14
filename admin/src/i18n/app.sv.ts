/** Kompass's own strings, Swedish. The English file must have exactly these keys (see app.en.ts). */
export const appSv = {
  kompass: {
    title: 'Kompass',
    tagline: 'Från Kommunkompassen till handlingsplan',
    roles: {
      admin: 'Administratör',
      coordinator: 'Kvalitetssamordnare',
      department_head: 'Förvaltningschef',
      leadership: 'Kommunledning',
    },
    department_kinds: {
      administration: 'Förvaltning',
      committee: 'Nämnd',
      company: 'Bolag',
    },
    locales: {
      sv: 'Svenska',
      en: 'English',
    },
    login: {
      heading: 'Logga in i Kompass',
      email: 'E-postadress',
      password: 'Lösenord',
      submit: 'Logga in',
      signing_in: 'Loggar in…',
      invalid_credentials: 'Fel e-postadress eller lösenord.',
      throttled: 'För många inloggningsförsök. Vänta en stund och försök igen.',
    },
    user_menu: {
      language: 'Språk',
    },
    dashboard: {
      welcome: 'Välkommen till Kompass',
      intro:
        'Kompass hjälper kommunen att göra resultatet från Kommunkompassen till en handlingsplan med åtgärder, ansvariga och slutdatum.',
      signed_in_as: 'Du är inloggad som %{name}, %{role}.',
      empty_title: 'Här finns inga utvärderingar ännu',
      empty_text:
        'När kommunens utvärdering från Kommunkompassen har importerats visas områden, styrkor och förbättringsmöjligheter här.',
      next_steps: 'Nästa steg',
      step_import: 'Importera kommunens utvärdering från Kommunkompassen (kommer i en senare version).',
      step_departments: 'Lägg upp kommunens förvaltningar, nämnder och bolag.',
      step_users: 'Lägg upp användare: kvalitetssamordnare, förvaltningschefer och kommunledning.',
      step_frameworks: 'Bekanta dig med ramverket: områden, delfrågor och maxpoäng.',
      go_departments: 'Till förvaltningarna',
      go_users: 'Till användarna',
      go_frameworks: 'Till ramverken',
    },
    frameworks: {
      areas_heading: 'Områden och delfrågor',
      area_heading: 'Område %{number}: %{name}',
      area_max_points: 'Maxpoäng för området: %{points}',
      area_also_known_as: 'Kallas även: %{names}',
      question_code: 'Nr',
      question_text: 'Delfråga',
      question_max_points: 'Maxpoäng',
      no_areas: 'Ramverket har inga områden.',
    },
    users: {
      password_help: 'Ett första lösenord. Användaren kan byta det efter inloggningen.',
      municipality_help: 'Lämnas tom för administratörer.',
      no_department: 'Ingen förvaltning',
    },
    validation: {
      municipality_code: 'Kommunkoden består av fyra siffror, till exempel 1081.',
      organisation_number: 'Skriv organisationsnumret som NNNNNN-NNNN, till exempel 212000-1082.',
    },
    errors: {
      error_id: '(fel-id: %{id})',
    },
  },
};
