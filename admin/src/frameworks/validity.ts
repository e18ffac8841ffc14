import type { FrameworkRecord } from '@kompass/shared';

/** "2016–2019", "2020–" or "" */
export const validity = (record: Pick<FrameworkRecord, 'validFrom' | 'validTo'>) =>
  record.validFrom == null && record.validTo == null ? '' : `${record.validFrom ?? ''}–${record.validTo ?? ''}`;
