import type { TranslationMessages } from 'react-admin';
import { raEn } from './ra.en';
import { kompassEn } from './kompass.en';
import { resourcesEn } from './resources.en';

/** English: react-admin's own messages (ra.en.ts) plus Kompass's. Loaded on demand (Swedish is the default). */
const enMessages: TranslationMessages = {
  ra: raEn,
  ...kompassEn,
  resources: resourcesEn,
};

export default enMessages;
