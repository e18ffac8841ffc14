/** Swedish for `kompass.login`. */
export const loginSv = {
  login: {
    heading: 'Logga in i Kompass',
    email: 'E-postadress',
    password: 'Lösenord',
    submit: 'Logga in',
    signing_in: 'Loggar in…',
    invalid_credentials: 'Fel e-postadress eller lösenord.',
    throttled: 'För många inloggningsförsök. Vänta en stund och försök igen.',
    busy: 'Servern är upptagen just nu. Försök igen om en sekund.',
    sso_button: 'Logga in med %{name}',
    or: 'eller med lösenord',
    password_for_admins: 'Logga in med lösenord (administratörer)',
    signing_in_sso: 'Loggar in…',
    end_provider_session: 'Logga ut även från %{name}s konto',
    password_login_disabled: 'Lösenordsinloggning är avstängd för din kommun: använd knappen för kommunens konto.',
  },
};
