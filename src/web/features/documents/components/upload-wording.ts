import { createContext, useContext } from 'react';
import type { FailureCode } from '../upload-state.js';

/**
 * Words that depend on who is sending. The applicant signs in, so a 401 means "sign in again"; the
 * primary physician has only a link, so for them it means the link has closed. A page that uploads
 * for someone else provides its own texts (i18n keys); anything not given keeps the applicant's.
 */
export type UploadWording = { readonly failure?: Partial<Record<FailureCode, string>> };

export const UploadWordingContext = createContext<UploadWording>({});

/** The i18n key of a failure's explanation, as this page words it. */
export function useFailureKey(): (failure: FailureCode) => string {
  const wording = useContext(UploadWordingContext);
  return (failure) => wording.failure?.[failure] ?? `caseDocuments.upload.failure.${failure}`;
}
