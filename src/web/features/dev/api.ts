import { devMailListSchema } from '../../../shared/contracts/dev-mail.js';
import { ApiProblem, getJson } from '../../api/client.js';

/** The development mailbox, or 'off' when the server does not have it (404). */
export async function fetchDevMail(to: string) {
  const query = to ? `?${new URLSearchParams({ to }).toString()}` : '';
  try {
    return await getJson(`/api/dev/mail${query}`, devMailListSchema);
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 404) return 'off' as const;
    throw error;
  }
}
