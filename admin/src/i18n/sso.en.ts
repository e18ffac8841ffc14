import type { SameKeys } from './types';
import type { ssoSv } from './sso.sv';

/** English for `kompass.sso`: exactly the Swedish keys. */
export const ssoEn = {
  sso: {
    errors: {
      sso_not_configured: "Signing in with the municipality's account is not set up for that municipality.",
      sso_flow_expired: 'The sign-in took too long or was started in another browser. Try again.',
      sso_state_mismatch: 'The sign-in answer did not belong to your sign-in and was refused. Try again.',
      sso_provider_refused:
        "The municipality's sign-in service declined. Try again or contact the municipality's IT support.",
      sso_token_invalid:
        "The proof of sign-in from the municipality's service was invalid (wrong audience, issuer, or too old).",
      sso_email_missing:
        "The municipality's account has no e-mail address. Ask the municipality's IT support to add it.",
      sso_email_unverified:
        "The sign-in service does not vouch for the e-mail address, so it cannot be linked to your Kompass account. Contact the municipality's Kompass coordinator.",
      sso_wrong_domain: 'Your account belongs to another municipality. Sign in through your own municipality.',
      sso_unmapped:
        "You have no role in Kompass for %{kommun}. Ask the municipality's Kompass coordinator or administrator to add you to the right group.",
      sso_inactive: "Your Kompass account is deactivated. Contact the municipality's Kompass coordinator.",
      sso_admin_account: 'Administrators sign in with their password.',
      sso_failed: 'The sign-in failed. Try again.',
    },
    test_title: 'Test sign-in: result',
    test_ok: 'The sign-in would succeed with the role %{role}.',
    test_refused: 'The sign-in would be refused:',
    test_claims: 'Claims from the sign-in service',
    test_button: 'Test sign-in',
    test_save_first: 'Save first, then test.',
    from_environment: 'From the OIDC_* environment variables (cannot be changed here)',
  },
} satisfies SameKeys<typeof ssoSv>;
