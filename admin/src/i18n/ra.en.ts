import englishMessages from 'ra-language-english';

/** English: react-admin's own messages, as ra-language-english ships them. */
export const raEn = englishMessages.ra;
