import { JUDGEMENT_LABELS } from '@kompass/shared';

/** Swedish for `kompass.judgements`. */
export const judgementsSv = {
  judgements: { ...JUDGEMENT_LABELS.sv },
};
