/** Swedish for `kompass.dashboard`. */
export const dashboardSv = {
  dashboard: {
    welcome: 'Välkommen till Kompass',
    intro:
      'Kompass hjälper kommunen att göra resultatet från Kommunkompassen till en handlingsplan med åtgärder, ansvariga och slutdatum.',
    signed_in_as: 'Du är inloggad som %{name}, %{role}.',
    signed_in_as_role: 'Du är inloggad som %{role}.',
    latest_heading: 'Senaste utvärderingen',
    open_latest: 'Visa utvärderingen',
    all_evaluations: 'Alla utvärderingar (%{smart_count})',
    next_steps: 'Nästa steg',
    step_import: 'Importera kommunens utvärdering från Kommunkompassen (PDF, text eller ifylld Excelmall).',
    step_departments: 'Lägg upp kommunens förvaltningar, nämnder och bolag.',
    step_users: 'Lägg upp användare: kvalitetssamordnare, förvaltningschefer och kommunledning.',
    step_frameworks: 'Bekanta dig med ramverket: områden, delfrågor och maxpoäng.',
    go_import: 'Till importen',
    go_departments: 'Till förvaltningarna',
    go_users: 'Till användarna',
    go_frameworks: 'Till ramverken',
  },
};
