import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { LiaisonCaseView } from '../../../../shared/contracts/liaison.js';
import { liaisonApi, liaisonKeys } from '../api.js';
import { caseHasNews, PULSE_MS } from '../case-pulse.js';

/**
 * Keeps an open case current without reloading it blindly (each reading of the case is audited): asks
 * the case's pulse now and then and, when it has news, reloads the view and its sections. Returns when
 * that last happened, for the page to say so.
 */
export function useCasePulse(caseId: string, view: LiaisonCaseView | undefined): Date | null {
  const queryClient = useQueryClient();
  const [refreshedAt, setRefreshedAt] = useState<Date | null>(null);
  const pulse = useQuery({
    queryKey: liaisonKeys.pulse(caseId),
    queryFn: () => liaisonApi.casePulse(caseId),
    enabled: view !== undefined,
    refetchInterval: PULSE_MS,
  });
  const news = pulse.data !== undefined && view !== undefined && caseHasNews(pulse.data, view);

  useEffect(() => {
    if (!news) return;
    // Said once the new view is in: "updated" must be true when it is read.
    void queryClient
      .invalidateQueries({ queryKey: liaisonKeys.case(caseId) })
      .then(() => setRefreshedAt(new Date()));
  }, [news, caseId, queryClient]);

  return refreshedAt;
}
