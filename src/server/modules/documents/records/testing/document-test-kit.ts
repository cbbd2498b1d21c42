import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { sessionCookieName } from '../../../../plugins/auth.js';
import { testOrigin } from '../../../../testing/auth-helpers.js';
import type { TestApp } from '../../../../testing/test-app.js';
import { startUpload, type UploadOutcome } from '../../upload/testing/tus-client.js';

/** Helpers for document tests: the real app listening on a port, and tus-js-client as the browser. */

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// The repository is /work/main and the shared fixtures sit beside it in /work/shared.
export const dicomFixture = (relative: string) =>
  fileURLToPath(new URL(`../../../../../../../shared/fixtures/dicom/${relative}`, import.meta.url));

export async function listen(t: TestApp): Promise<string> {
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = t.app.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

export type Sender = { cookie?: string; bearer?: string };

export function headersOf(sender: Sender): Record<string, string> {
  return {
    origin: testOrigin,
    ...(sender.cookie ? { cookie: `${sessionCookieName}=${sender.cookie}` } : {}),
    ...(sender.bearer ? { authorization: `Bearer ${sender.bearer}` } : {}),
  };
}

export function uploadFile(
  baseUrl: string,
  sender: Sender,
  file: { bytes: Buffer; name: string; caseId: string; item: string; replaces?: string },
): Promise<UploadOutcome> {
  return startUpload(file.bytes, {
    endpoint: `${baseUrl}/api/v1/uploads`,
    headers: headersOf(sender),
    metadata: {
      filename: file.name,
      sha256: sha256(file.bytes),
      caseId: file.caseId,
      checklistItem: file.item,
      ...(file.replaces ? { replaces: file.replaces } : {}),
    },
  }).outcome;
}
