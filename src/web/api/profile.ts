import { useQuery } from '@tanstack/react-query';
import { hospitalProfileSchema } from '../../shared/contracts/profile.js';
import { getJson } from './client.js';

/** The hospital's facts: the guide is written from these, never from literals. */
export function useHospitalProfile() {
  return useQuery({
    queryKey: ['hospital-profile'],
    queryFn: () => getJson('/api/v1/profile', hospitalProfileSchema),
    staleTime: 5 * 60_000,
  });
}
