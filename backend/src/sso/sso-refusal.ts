import type { SsoErrorCode } from '@kompass/shared';

/** Why an SSO login ends on the login page instead of a session; `code` is what the page translates. */
export class SsoRefusal extends Error {
  constructor(
    readonly code: SsoErrorCode,
    reason: string,
    /** The municipality whose people to ask, shown with "unmapped" refusals. */
    readonly municipalityName?: string,
  ) {
    super(reason);
  }
}
