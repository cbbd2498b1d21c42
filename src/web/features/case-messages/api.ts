import { useQuery } from '@tanstack/react-query';
import { messageListSchema, messageViewSchema } from '../../../shared/contracts/liaison.js';
import { getJson, sendJson } from '../../api/client.js';
import { casePath } from '../application/api.js';

/** The applicant's secure messages with the liaison centre. Reading the thread marks the centre's read. */
export const caseMessagesApi = {
  list: (caseId: string) => getJson(`${casePath(caseId)}/messages`, messageListSchema),
  send: (caseId: string, body: string) =>
    sendJson('POST', `${casePath(caseId)}/messages`, { body }, messageViewSchema),
};

/** Under the case's key, so whatever refreshes the case refreshes its thread too. */
export const caseMessagesQueryKey = (caseId: string) => ['cases', caseId, 'messages'] as const;

export function useCaseMessages(caseId: string) {
  return useQuery({ queryKey: caseMessagesQueryKey(caseId), queryFn: () => caseMessagesApi.list(caseId) });
}
