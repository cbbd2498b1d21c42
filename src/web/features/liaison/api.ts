import type { z } from 'zod';
import { departmentListSchema } from '../../../shared/contracts/departments.js';
import {
  casePulseSchema,
  commandResultSchema,
  documentReviewResultSchema,
  identityVerificationSchema,
  liaisonCaseViewSchema,
  messageListSchema,
  messageViewSchema,
  phoneCallListSchema,
  phoneCallViewSchema,
  queuePageSchema,
  specialistListSchema,
  type DocumentReviewRequest,
  type LiaisonCommandRequest,
  type PhoneCallRequest,
  type QueueSearch,
} from '../../../shared/contracts/liaison.js';
import { getJson, sendJson } from '../../api/client.js';

/** The liaison console's API (src/shared/contracts/liaison.ts), every answer parsed with the contract. */

const casePath = (caseId: string) => `/api/v1/liaison/cases/${encodeURIComponent(caseId)}`;

/** Everything the console caches sits under one key, so one invalidation refreshes queue and case. */
export const liaisonKeys = {
  all: ['liaison'] as const,
  queue: (query: string, search: string, cursor: string) =>
    ['liaison', 'queue', query, search, cursor] as const,
  case: (caseId: string) => ['liaison', 'case', caseId] as const,
  calls: (caseId: string) => ['liaison', 'case', caseId, 'calls'] as const,
  messages: (caseId: string) => ['liaison', 'case', caseId, 'messages'] as const,
  specialists: (caseId: string) => ['liaison', 'case', caseId, 'specialists'] as const,
  // Not under the case's key: reloading the case after news must not ask the pulse again at once.
  pulse: (caseId: string) => ['liaison', 'pulse', caseId] as const,
};

export type IdentityMethod = z.infer<typeof identityVerificationSchema>['method'];

export const liaisonApi = {
  /** Filters travel in the query string: they hold no names, numbers or phones. */
  queue: (query: URLSearchParams) => getJson(`/api/v1/liaison/cases?${query.toString()}`, queuePageSchema),
  /** A name or phone number is searched through the body, so it never lands in a URL or a log. */
  search: (body: QueueSearch) => sendJson('POST', '/api/v1/liaison/cases/search', body, queuePageSchema),
  caseView: (caseId: string) => getJson(casePath(caseId), liaisonCaseViewSchema),
  casePulse: (caseId: string) => getJson(`${casePath(caseId)}/pulse`, casePulseSchema),
  command: ({ command, ...body }: LiaisonCommandRequest, caseId: string) =>
    sendJson('POST', `${casePath(caseId)}/commands/${command}`, body, commandResultSchema),
  reviewDocument: (caseId: string, documentId: string, body: DocumentReviewRequest) =>
    sendJson(
      'POST',
      `${casePath(caseId)}/documents/${encodeURIComponent(documentId)}/review`,
      body,
      documentReviewResultSchema,
    ),
  calls: (caseId: string) => getJson(`${casePath(caseId)}/calls`, phoneCallListSchema),
  logCall: (caseId: string, body: PhoneCallRequest) =>
    sendJson('POST', `${casePath(caseId)}/calls`, body, phoneCallViewSchema),
  verifyIdentity: (caseId: string, method: IdentityMethod) =>
    sendJson('POST', `${casePath(caseId)}/identity-verified`, { method }, identityVerificationSchema),
  messages: (caseId: string) => getJson(`${casePath(caseId)}/messages`, messageListSchema),
  sendMessage: (caseId: string, body: string) =>
    sendJson('POST', `${casePath(caseId)}/messages`, { body }, messageViewSchema),
  departments: () => getJson('/api/v1/departments', departmentListSchema),
  specialists: (caseId: string) => getJson(`${casePath(caseId)}/specialists`, specialistListSchema),
};

/** The file of one version, as the documents module serves it (an attachment, audited per download). */
export function versionContentUrl(caseId: string, documentId: string, version: number): string {
  return `/api/v1/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(documentId)}/versions/${version}/content`;
}

/** The same version for the console's own viewer: PDF, JPEG or PNG, inline, sandboxed, audited as a view. */
export function versionInlineUrl(caseId: string, documentId: string, version: number): string {
  return `/api/v1/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(documentId)}/versions/${version}/inline`;
}

/** A series' preview image (PNG), once the background job has made it. */
export function seriesThumbnailUrl(caseId: string, seriesId: string): string {
  return `/api/v1/cases/${encodeURIComponent(caseId)}/dicom/series/${encodeURIComponent(seriesId)}/thumbnail`;
}
