import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { appEn } from './app.en';
import { resourcesEn } from './resources.en';

/** English: react-admin's own messages plus Kompass's. Loaded on demand (Swedish is the default). */
const enMessages: TranslationMessages = {
  ...englishMessages,
  ...appEn,
  resources: resourcesEn,
};

export default enMessages;
