import { Metadata } from '@tus/server';
import type { IncomingHttpHeaders } from 'node:http';
import { RequestValidationError, type FieldIssue } from '../../../errors.js';
import { sanitizeFileName } from '../validation/file-name.js';

/**
 * The tus creation request (POST) checked before tus sees it, so a bad request gets a problem naming the
 * header instead of tus's plain text: the size is declared up front (phones know it; it lets a CD that
 * is too large be refused before a byte is sent) and the metadata carries what finalizing needs.
 */

export type UploadCreation = {
  length: number;
  fileName: string;
  /** The sender's SHA-256 of the file, hex, lower case: compared with ours once every byte is in. */
  sha256: string;
  /** The checklist item (required document) the file is for. */
  checklistItem: string;
  /** The case the file belongs to. */
  caseId: string;
  /** A correction: the document this file is a new version of. */
  replaces: string | null;
};

const sha256Pattern = /^[0-9a-f]{64}$/;
const checklistItemPattern = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const maxRawFileNameChars = 1000;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function lengthIssue(raw: string | undefined): FieldIssue | null {
  if (raw === undefined) return { field: 'Upload-Length', code: 'required' };
  if (!/^\d{1,16}$/.test(raw)) return { field: 'Upload-Length', code: 'integer' };
  if (Number(raw) < 1) return { field: 'Upload-Length', code: 'too_small', detail: '1' };
  return null;
}

function parseMetadata(raw: string | undefined): Record<string, string | null> {
  if (raw === undefined) return {};
  try {
    return Metadata.parse(raw);
  } catch {
    throw new RequestValidationError('headers', [{ field: 'Upload-Metadata', code: 'format' }]);
  }
}

/** The checked creation, or 'too_large' (answered 413); any other problem throws a validation error. */
export function parseUploadCreation(
  headers: IncomingHttpHeaders,
  maxFileBytes: number,
): UploadCreation | 'too_large' {
  const issues: FieldIssue[] = [];
  const rawLength = header(headers, 'upload-length');
  const badLength = lengthIssue(rawLength);
  if (badLength) issues.push(badLength);

  const metadata = parseMetadata(header(headers, 'upload-metadata'));
  const fileName = metadata.filename?.trim() ?? '';
  const sha256 = metadata.sha256?.trim().toLowerCase() ?? '';
  const checklistItem = metadata.checklistItem?.trim() ?? '';
  const caseId = metadata.caseId?.trim().toLowerCase() ?? '';
  const replaces = metadata.replaces?.trim().toLowerCase() ?? '';
  const field = (key: string) => `Upload-Metadata.${key}`;

  if (fileName === '') issues.push({ field: field('filename'), code: 'required' });
  else if (fileName.length > maxRawFileNameChars)
    issues.push({ field: field('filename'), code: 'too_long', detail: String(maxRawFileNameChars) });
  if (sha256 === '') issues.push({ field: field('sha256'), code: 'required' });
  else if (!sha256Pattern.test(sha256)) issues.push({ field: field('sha256'), code: 'format' });
  if (checklistItem === '') issues.push({ field: field('checklistItem'), code: 'required' });
  else if (!checklistItemPattern.test(checklistItem))
    issues.push({ field: field('checklistItem'), code: 'format' });
  if (caseId === '') issues.push({ field: field('caseId'), code: 'required' });
  else if (!uuidPattern.test(caseId)) issues.push({ field: field('caseId'), code: 'format' });
  if (replaces !== '' && !uuidPattern.test(replaces))
    issues.push({ field: field('replaces'), code: 'format' });

  if (issues.length > 0) throw new RequestValidationError('headers', issues);
  const length = Number(rawLength);
  if (length > maxFileBytes) return 'too_large';
  return {
    length,
    fileName: sanitizeFileName(fileName),
    sha256,
    checklistItem,
    caseId,
    replaces: replaces === '' ? null : replaces,
  };
}
