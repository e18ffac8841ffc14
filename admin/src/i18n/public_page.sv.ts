/** Swedish for `kompass.public_page`. */
export const publicPageSv = {
  public_page: {
    title: 'Öppen redovisning: %{title}',
    open_button: 'Öppen redovisning',
    intro:
      'Invånarna ser publicerade planer och åtgärder på %{url}, utan inloggning. Namn, e-postadresser, kommentarer och bilagor visas aldrig.',
    plan_heading: 'Planen',
    published: 'Publicerad för invånarna',
    default_published: 'Nya åtgärder publiceras som standard',
    published_at: 'Publicerad %{date}',
    not_published: 'Inte publicerad: ingenting av planen syns för invånarna.',
    open_public: 'Öppna den publika sidan',
    actions_heading: 'Åtgärder',
    action_published: 'Publicera %{title}',
    public_summary: 'Sammanfattning för invånarna',
    public_summary_help: 'Visas på den publika sidan. Skriv inget som bara är internt.',
    follows_default: 'Följer planens standardval',
    save_action: 'Spara åtgärden',
    profile_heading: 'Kommunens inställningar',
    logo_url: 'Logotyp (https-adress)',
    frame_ancestors: 'Webbplatser som får bädda in sidan',
    frame_ancestors_help:
      'En adress per rad, till exempel https://www.kommun.se. Lämna tomt om sidan inte ska kunna bäddas in.',
    licence: 'Licens för öppna data',
    show_departments: 'Visa ansvarig förvaltning',
    save_profile: 'Spara inställningarna',
    preview_heading: 'Förhandsvisning',
    preview_help: 'Precis det invånarna ser när planen är publicerad.',
    preview_refresh: 'Uppdatera förhandsvisningen',
    preview_frame: 'Förhandsvisning av den publika sidan',
    saved: 'Sparat',
  },
};
