import type { HospitalProfile } from '../../../shared/contracts/profile.js';
import type { Database } from '../../db/client.js';
import { loadHospitalProfile } from './profile.repository.js';

export type ProfileService = {
  /** The hospital's facts as they stand now; every rule decision reads them from here. */
  current(): Promise<HospitalProfile>;
};

export function createProfileService(db: Database): ProfileService {
  return { current: () => loadHospitalProfile(db) };
}
