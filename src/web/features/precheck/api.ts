import { useQuery } from '@tanstack/react-query';
import { departmentListSchema } from '../../../shared/contracts/departments.js';
import {
  eligibilityResponseSchema,
  type EligibilityRequestInput,
} from '../../../shared/contracts/eligibility.js';
import { getJson, sendJson } from '../../api/client.js';
import { useLocale } from '../../hooks/use-locale.js';
import { savePrecheck } from './saved-precheck.js';

/** The departments with their diseases (the same query the admin pages use, so it is shared). */
export function useDepartments() {
  return useQuery({
    queryKey: ['departments'],
    queryFn: () => getJson('/api/v1/departments', departmentListSchema),
    staleTime: 5 * 60_000,
  });
}

/**
 * The public assessment of these answers. It changes nothing on the server, so it is a query: a
 * language switch asks again (the reasons come worded in the request's language) and a reload shows
 * the same outcome. Each answered assessment is kept on the device for the application.
 */
export function useAssessment(request: EligibilityRequestInput | undefined) {
  const { locale } = useLocale();
  return useQuery({
    queryKey: ['eligibility-assessment', locale, request],
    queryFn: async () => {
      if (!request) throw new Error('the pre-check is not complete');
      const answer = await sendJson(
        'POST',
        '/api/v1/eligibility/assessments',
        request,
        eligibilityResponseSchema,
      );
      savePrecheck(request);
      return answer;
    },
    enabled: request !== undefined,
    staleTime: Infinity,
  });
}
