import type { StepId } from './steps.js';

/** The application's pages. Case ids are opaque UUIDs: no patient data ever goes into an address. */
export const applicationPaths = {
  list: '/applications',
  create: '/applications/new',
  edit: (caseId: string, step?: StepId) =>
    `/applications/${encodeURIComponent(caseId)}/edit${step ? `/${step}` : ''}`,
  status: (caseId: string) => `/applications/${encodeURIComponent(caseId)}`,
  documents: (caseId: string) => `/applications/${encodeURIComponent(caseId)}/documents`,
};
