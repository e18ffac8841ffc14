/** Swedish for `kompass.locales`. */
export const localesSv = {
  locales: {
    sv: 'Svenska',
    en: 'English',
  },
};
