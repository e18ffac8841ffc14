import type { TranslationMessages } from 'react-admin';
import { raSv } from './ra.sv';
import { kompassSv } from './kompass.sv';
import { resourcesSv } from './resources.sv';

/** Swedish, the default language: react-admin's messages (ra.sv.ts) plus Kompass's. */
const svMessages: TranslationMessages = {
  ra: raSv,
  ...kompassSv,
  resources: resourcesSv,
};

export default svMessages;
