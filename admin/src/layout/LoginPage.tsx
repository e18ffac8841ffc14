import { useState } from 'react';
import {
  Form,
  Login,
  PasswordInput,
  TextInput,
  email as emailFormat,
  required,
  useLocaleState,
  useLogin,
  useTranslate,
} from 'react-admin';
import { Alert, Box, Button, CardContent, CircularProgress, Typography } from '@mui/material';
import ExploreIcon from '@mui/icons-material/Explore';
import type { Locale } from '@kompass/shared';
import { LOCALES, isLocale } from '../i18n';
import { clearNextRoute, getStoredUser, nextRoute } from '../session';
import { EndProviderSession, SsoButtons, SsoError, useSsoOptions } from '../sso/SsoOptions';

interface LoginValues {
  email: string;
  password: string;
}

/** Offers the languages not in use, each named in itself ("English" on the Swedish page). */
const LanguageSwitch = () => {
  const [current, setLocale] = useLocaleState();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', pb: 2 }}>
      {LOCALES.filter(({ locale }) => locale !== current).map(({ locale, name }) => (
        <Button key={locale} lang={locale} size="small" onClick={() => setLocale(locale)}>
          {name}
        </Button>
      ))}
    </Box>
  );
};

const LoginForm = () => {
  const translate = useTranslate();
  const login = useLogin();
  const [, setLocale] = useLocaleState();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ssoOptions = useSsoOptions();
  // Password login stays for admins (break-glass); when no municipality allows it, it hides behind a link.
  const passwordFirst = !ssoOptions?.length || ssoOptions.some((o) => o.passwordLoginAllowed);
  const [showPassword, setShowPassword] = useState(false);

  const submit = async (values: Partial<LoginValues>) => {
    setPending(true);
    setError(null);
    try {
      // Continue to the deep link the visitor came with, if any (else react-admin's own next location)
      await login({ email: values.email, password: values.password }, nextRoute());
      clearNextRoute();
      // Open the app in the user's own language
      const locale: Locale | undefined = getStoredUser()?.locale;
      if (isLocale(locale)) setLocale(locale);
    } catch (cause) {
      const message = cause instanceof Error && cause.message ? cause.message : 'ra.auth.sign_in_error';
      setError(translate(message, { _: message }));
      setPending(false);
    }
  };

  return (
    <Form onSubmit={submit} noValidate>
      <CardContent sx={{ width: 320, maxWidth: '100%', boxSizing: 'border-box' }}>
        <Typography component="h1" variant="h5" align="center">
          {translate('kompass.login.heading')}
        </Typography>
        <Typography variant="body2" align="center" color="text.secondary" sx={{ mb: 2 }}>
          {translate('kompass.tagline')}
        </Typography>
        <EndProviderSession />
        <SsoError />
        {ssoOptions && ssoOptions.length > 0 && <SsoButtons options={ssoOptions} />}
        {error && (
          <Alert severity="error" role="alert" sx={{ mb: 1 }}>
            {error}
          </Alert>
        )}
        {!passwordFirst && !showPassword ? (
          <Button fullWidth size="small" onClick={() => setShowPassword(true)}>
            {translate('kompass.login.password_for_admins')}
          </Button>
        ) : (
          <>
            <TextInput
              source="email"
              type="email"
              label="kompass.login.email"
              autoComplete="username"
              autoFocus
              validate={[required(), emailFormat()]}
            />
            <PasswordInput
              source="password"
              label="kompass.login.password"
              autoComplete="current-password"
              validate={required()}
            />
            <Button
              type="submit"
              variant="contained"
              color="primary"
              fullWidth
              disabled={pending}
              sx={{ mt: 2 }}
              startIcon={pending ? <CircularProgress size={18} thickness={4} color="inherit" /> : undefined}
            >
              {translate(pending ? 'kompass.login.signing_in' : 'kompass.login.submit')}
            </Button>
          </>
        )}
      </CardContent>
    </Form>
  );
};

/** react-admin's login page with Kompass's own form: e-mail (not "username"), inline errors, language. */
export const LoginPage = () => (
  <Login
    avatarIcon={<ExploreIcon />}
    sx={{ backgroundImage: 'radial-gradient(circle at 50% 14em, #24558f 0%, #163d6b 60%, #0e2a4b 100%)' }}
  >
    <Box component="main">
      <LoginForm />
      <LanguageSwitch />
    </Box>
  </Login>
);
