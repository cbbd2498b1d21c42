import { createHash } from 'node:crypto';
import type { Clock } from '../../../clock.js';
import type { Database } from '../../../db/client.js';
import type { AuditService } from '../../audit/audit.service.js';
import type { StoredEncryption } from '../records/document.service.js';
import type { BlobStore } from '../storage/blob-store.js';
import { openDecrypted } from '../storage/encrypted-files.js';
import type { MasterKey } from '../storage/envelope.js';
import { markVerified, versionsToVerify } from './document-jobs.repository.js';

export type IntegrityDeps = {
  db: Database;
  clock: Clock;
  audit: AuditService;
  store: BlobStore;
  masters: ReadonlyMap<string, MasterKey>;
  log: { error(details: Record<string, unknown>, message: string): void };
};

export type IntegrityReport = { checked: number; mismatched: string[] };

/** Re-reads one stored version; false when its bytes no longer decrypt (GCM tag) or hash to the record. */
async function stillIntact(
  deps: IntegrityDeps,
  version: Awaited<ReturnType<typeof versionsToVerify>>[number],
) {
  const { authTag, ...encryption } = version.encryption as StoredEncryption;
  const hash = createHash('sha256');
  try {
    const plaintext = await openDecrypted(deps.store, deps.masters, version.storageKey, {
      encryption,
      authTag,
    });
    for await (const chunk of plaintext) hash.update(chunk as Buffer);
  } catch {
    return false;
  }
  return hash.digest('hex') === version.sha256;
}

/**
 * The periodic re-hash (R-DOC-06): stored files are medical records kept for good, so silent decay of a
 * disk or an object store must be found while the patient can still send the file again. Each run checks
 * the versions not verified for `maxAgeDays`, oldest first, up to `limit`; a mismatch is logged (ids only)
 * and written to the audit trail.
 */
export async function verifyStoredFiles(
  deps: IntegrityDeps,
  options: { maxAgeDays: number; limit: number },
): Promise<IntegrityReport> {
  const now = deps.clock.now();
  const before = new Date(now.getTime() - options.maxAgeDays * 24 * 3600 * 1000);
  const due = await versionsToVerify(deps.db, before, options.limit);
  const mismatched: string[] = [];
  for (const version of due) {
    const intact = await stillIntact(deps, version);
    await markVerified(deps.db, version.id, intact, deps.clock.now());
    if (intact) continue;
    mismatched.push(version.id);
    deps.log.error(
      { versionId: version.id, documentId: version.documentId },
      'stored file failed its integrity check',
    );
    await deps.audit.record({
      actor: null,
      action: 'document.integrity_mismatch',
      outcome: 'failure',
      target: { type: 'document', id: version.documentId },
      details: { versionId: version.id, version: version.version },
    });
  }
  return { checked: due.length, mismatched };
}
