import { useEffect, useState } from 'react';

/**
 * The token of an e-mailed link (/account/…#token=…). It is read once and then removed from the
 * address bar, so it is not left in the history, a bookmark or a shared screen.
 */
export function useLinkToken(): string | null {
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token'));
  useEffect(() => {
    if (window.location.hash) {
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', pathname + search);
    }
  }, []);
  return token;
}
