import { caseDocumentsResponseSchema } from '../../../shared/contracts/documents.js';
import { getJson, noContent, sendJson } from '../../api/client.js';

/** The documents API of a case, each answer parsed with the shared contract. */

const casePath = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;

export const documentsQueryKey = (caseId: string) => ['cases', caseId, 'documents'] as const;

export const documentsApi = {
  list: (caseId: string) => getJson(`${casePath(caseId)}/documents`, caseDocumentsResponseSchema),
  remove: (caseId: string, documentId: string) =>
    sendJson(
      'DELETE',
      `${casePath(caseId)}/documents/${encodeURIComponent(documentId)}`,
      undefined,
      noContent,
    ),
};

/** A plain link: the server answers with the file as an attachment, so the browser saves it. */
export function contentUrl(caseId: string, documentId: string, version: number): string {
  return `${casePath(caseId)}/documents/${encodeURIComponent(documentId)}/versions/${version}/content`;
}
