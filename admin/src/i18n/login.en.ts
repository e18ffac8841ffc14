import type { SameKeys } from './types';
import type { loginSv } from './login.sv';

/** English for `kompass.login`: exactly the Swedish keys. */
export const loginEn = {
  login: {
    heading: 'Sign in to Kompass',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    signing_in: 'Signing in…',
    invalid_credentials: 'Wrong email address or password.',
    throttled: 'Too many sign-in attempts. Wait a moment and try again.',
    busy: 'The server is busy right now. Try again in a second.',
    sso_button: 'Sign in with %{name}',
    or: 'or with a password',
    password_for_admins: 'Sign in with a password (administrators)',
    signing_in_sso: 'Signing in…',
    end_provider_session: "Also sign out of %{name}'s account",
    password_login_disabled:
      "Password sign-in is turned off for your municipality: use the municipality's account button.",
  },
} satisfies SameKeys<typeof loginSv>;
