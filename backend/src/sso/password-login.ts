import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { Municipality } from '../municipalities/municipality.entity';
import { OidcConnection } from './oidc-connection.entity';

/** Whether a municipality's (non-admin) users may still sign in with a password, beside its single sign-on. */
export async function passwordLoginAllowed(
  manager: EntityManager,
  config: AppConfig,
  municipalityId: number | null,
): Promise<boolean> {
  if (municipalityId === null) return true;
  const row = await manager.findOne(OidcConnection, {
    where: { municipalityId },
    select: { id: true, passwordLoginAllowed: true },
  });
  if (row) return row.passwordLoginAllowed;
  const env = config.oidcDefault;
  if (!env || env.passwordLoginAllowed) return true;
  const municipality = await manager.findOne(Municipality, {
    where: { id: municipalityId },
    select: { id: true, code: true },
  });
  return municipality?.code !== env.municipalityCode;
}
