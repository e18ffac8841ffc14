import type { UserRecord } from '@kompass/shared';
import { getStoredUser } from '../session';

/** The signed-in user as stored at login (id, role, municipality, department, language). */
export function useMe(): UserRecord | null {
  return getStoredUser();
}
