import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { meSchema, type Me } from '../../shared/contracts/auth.js';
import { ApiProblem, getJson, noContent, sendJson } from './client.js';

export const meQueryKey = ['me'] as const;

/**
 * The session cookie is httpOnly, so the page cannot see it. This flag remembers that this browser
 * signed in, so visitors who never did are not sent a request that can only answer 401.
 */
const hintKey = 'consilium.session';

function readHint(): boolean {
  try {
    return window.localStorage.getItem(hintKey) === '1';
  } catch {
    return true;
  }
}

function writeHint(signedIn: boolean): void {
  try {
    if (signedIn) window.localStorage.setItem(hintKey, '1');
    else window.localStorage.removeItem(hintKey);
  } catch {
    // Private mode: we simply ask the server every time.
  }
}

async function fetchMe(): Promise<Me | null> {
  try {
    return await getJson('/api/v1/me', meSchema);
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) {
      writeHint(false);
      return null;
    }
    throw error;
  }
}

/**
 * Who is signed in (null: nobody). `required` pages always ask the server; elsewhere (the header) the
 * server is asked only when this browser signed in before.
 */
export function useMe({ required = false }: { required?: boolean } = {}) {
  const enabled = required || readHint();
  const query = useQuery({
    queryKey: meQueryKey,
    queryFn: fetchMe,
    enabled,
    staleTime: 60_000,
    retry: (count, error) => !(error instanceof ApiProblem) && count < 1,
  });
  return { ...query, me: enabled ? query.data : null };
}

/** Keeps the cached session in step with what the server just answered. */
export function useSessionUpdates() {
  const queryClient = useQueryClient();
  const applyMe = useCallback(
    (me: Me) => {
      writeHint(true);
      queryClient.setQueryData(meQueryKey, me);
    },
    [queryClient],
  );
  const signOut = useCallback(async () => {
    try {
      await sendJson('POST', '/api/v1/auth/sign-out', undefined, noContent);
    } catch (error) {
      // Already signed out (401) is what we wanted anyway.
      if (!(error instanceof ApiProblem) || error.status !== 401) throw error;
    }
    writeHint(false);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'hospital-profile' });
    queryClient.setQueryData(meQueryKey, null);
  }, [queryClient]);
  return { applyMe, signOut };
}
