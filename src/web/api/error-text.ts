import type { TFunction } from 'i18next';
import { ApiProblem } from './client.js';

/** What to tell the user about a failed request, in their language: the server's words when it gave some. */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiProblem) return error.title;
  if (error instanceof TypeError) return t('account.errors.network');
  return t('account.errors.unexpected');
}
