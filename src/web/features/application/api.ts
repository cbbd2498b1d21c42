import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { ApplicationDraft } from '../../../shared/contracts/application.js';
import {
  caseDetailSchema,
  caseListSchema,
  caseStatusViewSchema,
  saveDraftResponseSchema,
  submitResponseSchema,
} from '../../../shared/contracts/cases.js';
import { informationRequestViewSchema } from '../../../shared/contracts/liaison.js';
import { caseStatusSchema } from '../../../shared/domain/case-status.js';
import { ApiProblem } from '../../api/client.js';
import i18n from '../../i18n/index.js';

/**
 * The application API. Its refusals carry more than a title (a rule's code, the eligibility reasons,
 * the documents still missing), so answers are read here with a problem schema of their own.
 */

export type ProblemReason = { code: string; rule: string; message: string };
export type MissingDocument = { code: string; title: string };

export class CaseProblem extends ApiProblem {
  constructor(
    status: number,
    title: string,
    fieldErrors: { field: string; message: string }[],
    type: string,
    /** The refused rule, e.g. stale_draft, ineligible, documents_missing. */
    readonly code: string,
    readonly detail: string,
    readonly reasons: ProblemReason[],
    readonly missing: MissingDocument[],
  ) {
    super(status, title, fieldErrors, type);
  }
}

const problemSchema = z.object({
  type: z.string().optional(),
  title: z.string(),
  detail: z.string().optional(),
  code: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  reasons: z.array(z.object({ code: z.string(), rule: z.string(), message: z.string() })).optional(),
  missing: z.array(z.object({ code: z.string(), title: z.string() })).optional(),
});

async function problemOf(response: Response): Promise<CaseProblem> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = problemSchema.safeParse(body);
  if (!parsed.success) return new CaseProblem(response.status, response.statusText, [], '', '', '', [], []);
  const { type = '', title, detail = '', code = '', errors = [], reasons = [], missing = [] } = parsed.data;
  return new CaseProblem(response.status, title, errors, type, code, detail, reasons, missing);
}

/** True for a refusal of this status (and rule code, when given). */
export function isProblem(error: unknown, status: number, code?: string): error is CaseProblem {
  return (
    error instanceof CaseProblem && error.status === status && (code === undefined || error.code === code)
  );
}

async function request<T>(
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18n.language };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await problemOf(response);
  if (response.status === 204) return schema.parse(null);
  return schema.parse(await response.json());
}

export const casePath = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;

export const pdfKinds = ['application', 'consultation-sheet', 'consent-form'] as const;
export type PdfKind = (typeof pdfKinds)[number];

/** A plain link: the server answers with the PDF as an attachment, so the browser saves it. */
export const pdfUrl = (caseId: string, kind: PdfKind) => `${casePath(caseId)}/pdf/${kind}`;

export const applicationApi = {
  list: () => request('GET', '/api/v1/cases', undefined, caseListSchema),
  get: (caseId: string) => request('GET', casePath(caseId), undefined, caseDetailSchema),
  create: () => request('POST', '/api/v1/cases', undefined, caseDetailSchema),
  save: (caseId: string, revision: number, application: ApplicationDraft) =>
    request('PUT', `${casePath(caseId)}/application`, { revision, application }, saveDraftResponseSchema),
  submit: (caseId: string) => request('POST', `${casePath(caseId)}/submit`, undefined, submitResponseSchema),
  status: (caseId: string) => request('GET', `${casePath(caseId)}/status`, undefined, caseStatusViewSchema),
  withdraw: (caseId: string) => request('POST', `${casePath(caseId)}/withdraw`, undefined, z.null()),
  informationRequest: (caseId: string) =>
    request('GET', `${casePath(caseId)}/information-request`, undefined, informationRequestViewSchema),
  /** "資料を送りました": the case goes back to screening. */
  informationProvided: (caseId: string) =>
    request(
      'POST',
      `${casePath(caseId)}/information-provided`,
      undefined,
      z.object({ status: caseStatusSchema }),
    ),
  sendPhysicianLink: (caseId: string, email: string) =>
    request(
      'POST',
      `${casePath(caseId)}/physician-links`,
      { email },
      z.object({ expiresAt: z.iso.datetime({ offset: true }) }),
    ),
};

export const casesQueryKey = ['cases'] as const;
export const caseQueryKey = (caseId: string) => ['cases', caseId] as const;
export const caseStatusQueryKey = (caseId: string) => ['cases', caseId, 'status'] as const;
export const informationRequestQueryKey = (caseId: string) =>
  ['cases', caseId, 'information-request'] as const;

export function useCaseList() {
  return useQuery({ queryKey: casesQueryKey, queryFn: applicationApi.list });
}

/**
 * One case with its draft. Read once for the editor: a refetch on focus would overwrite what is being
 * typed, and a change saved on another device is noticed at the next save (stale_draft) instead.
 */
export function useCaseDetail(caseId: string) {
  return useQuery({
    queryKey: caseQueryKey(caseId),
    queryFn: () => applicationApi.get(caseId),
    refetchOnWindowFocus: false,
    retry: (count, error) => !(error instanceof ApiProblem) && count < 1,
  });
}

export function useCaseStatus(caseId: string) {
  return useQuery({
    queryKey: caseStatusQueryKey(caseId),
    queryFn: () => applicationApi.status(caseId),
    retry: (count, error) => !(error instanceof ApiProblem) && count < 1,
  });
}

/** What the centre asked for; only read while the case waits for it. */
export function useInformationRequest(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: informationRequestQueryKey(caseId),
    queryFn: () => applicationApi.informationRequest(caseId),
    enabled,
    retry: (count, error) => !(error instanceof ApiProblem) && count < 1,
  });
}
