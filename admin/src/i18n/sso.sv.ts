/** Swedish for `kompass.sso`. */
export const ssoSv = {
  sso: {
    errors: {
      sso_not_configured: 'Inloggning med kommunens konto är inte inställd för den kommunen.',
      sso_flow_expired: 'Inloggningen tog för lång tid eller startades i en annan webbläsare. Försök igen.',
      sso_state_mismatch: 'Inloggningssvaret hörde inte till din inloggning och avvisades. Försök igen.',
      sso_provider_refused:
        'Kommunens inloggningstjänst avböjde inloggningen. Försök igen eller kontakta kommunens IT-support.',
      sso_token_invalid:
        'Inloggningsbeviset från kommunens inloggningstjänst var ogiltigt (fel mottagare, utgivare eller för gammalt).',
      sso_email_missing: 'Kommunens konto saknar e-postadress. Be kommunens IT-support att lägga till den.',
      sso_email_unverified:
        'E-postadressen är inte bekräftad av kommunens inloggningstjänst, så den kan inte kopplas till ditt Kompass-konto. Kontakta kommunens Kompass-samordnare.',
      sso_wrong_domain: 'Ditt konto hör till en annan kommun. Logga in via din egen kommun.',
      sso_unmapped:
        'Du har ingen roll i Kompass för %{kommun}. Be kommunens Kompass-samordnare eller administratör att lägga till dig i rätt grupp.',
      sso_inactive: 'Ditt Kompass-konto är avstängt. Kontakta kommunens Kompass-samordnare.',
      sso_admin_account: 'Administratörer loggar in med lösenord.',
      sso_failed: 'Inloggningen misslyckades. Försök igen.',
    },
    test_title: 'Testa inloggning: resultat',
    test_ok: 'Inloggningen skulle lyckas med rollen %{role}.',
    test_refused: 'Inloggningen skulle nekas:',
    test_claims: 'Uppgifter (claims) från inloggningstjänsten',
    test_button: 'Testa inloggning',
    test_save_first: 'Spara först, testa sedan.',
    from_environment: 'Från miljövariablerna OIDC_* (kan inte ändras här)',
  },
};
