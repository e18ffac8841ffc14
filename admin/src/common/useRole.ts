import { usePermissions } from 'react-admin';
import type { Role } from '@kompass/shared';

/** The signed-in user's role (authProvider.getPermissions), or undefined while it loads. */
export function useRole(): Role | undefined {
  const { permissions } = usePermissions<Role | null>();
  return permissions ?? undefined;
}
