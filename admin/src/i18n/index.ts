import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { Locale } from '@kompass/shared';
import svMessages from './sv';

export const DEFAULT_LOCALE = Locale.Sv;

/** Each language named in itself, as a language menu should. */
export const LOCALES = [
  { locale: Locale.Sv, name: 'Svenska' },
  { locale: Locale.En, name: 'English' },
];

/** Swedish ships with the app; English is fetched the first time someone switches to it. */
function getMessages(locale: string): TranslationMessages | Promise<TranslationMessages> {
  if (locale === Locale.En) return import('./en').then((module) => module.default);
  return svMessages;
}

const polyglot = polyglotI18nProvider(getMessages, DEFAULT_LOCALE, LOCALES, {
  // Warn about missing keys while developing; never show a raw key to a user
  allowMissing: import.meta.env.PROD,
});

/** The polyglot provider, also keeping `<html lang>` in step with the UI language (screen readers, hyphenation). */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  changeLocale: async (locale, options) => {
    await polyglot.changeLocale(locale, options);
    document.documentElement.lang = locale;
  },
};

export function isLocale(value: unknown): value is Locale {
  return value === Locale.Sv || value === Locale.En;
}
