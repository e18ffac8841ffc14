import { getStoredUser } from '../session';

/** Default values placing a new record in the signed-in user's municipality (admins choose their own). */
export function ownMunicipalityDefaults(): { municipalityId?: number } {
  const municipalityId = getStoredUser()?.municipalityId;
  return municipalityId == null ? {} : { municipalityId };
}
