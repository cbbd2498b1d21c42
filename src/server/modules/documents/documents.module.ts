import path from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/client.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { Mailer } from '../../mail/mailer.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ProfileService } from '../profile/profile.service.js';
import { registerDocumentJobs } from './jobs/document-jobs.js';
import { physicianTokenOf, documentRoutes } from './records/document.routes.js';
import { createDocumentService, type DocumentService } from './records/document.service.js';
import { createPhysicianLinks } from './records/physician-link.service.js';
import { uploaderOwnerId } from './records/uploader.js';
import { scannerFromSetting } from './scanning/scanner-from-setting.js';
import { blobStoreFromSettings } from './storage/blob-store-from-config.js';
import { masterKeyFrom, type MasterKey } from './storage/envelope.js';
import { createUploadFinalizer } from './upload/finalize.js';
import { registerTusUploads } from './upload/tus-uploads.js';

/**
 * Documents wiring: storage (local or S3, encrypted), the scanner, the tus upload engine with its owner
 * (a signed-in applicant or coordinator, or a physician's link) and the document routes.
 */

export type DocumentsModuleDeps = {
  config: Config;
  db: Database;
  clock: Clock;
  audit: AuditService;
  mailer: Mailer;
  profiles: ProfileService;
  /** Background work (previews, integrity sweep); without it, those simply do not run (tests). */
  jobs?: JobQueue;
};

export function masterKeysOf(config: Config): { current: MasterKey; all: Map<string, MasterKey> } {
  const { masterKey, previousMasterKeys } = config.documents;
  if (!masterKey) throw new Error('FILE_MASTER_KEY is not set (main.ts makes one for the embedded default)');
  const current = masterKeyFrom(masterKey);
  const all = new Map([current, ...previousMasterKeys.map(masterKeyFrom)].map((key) => [key.id, key]));
  return { current, all };
}

export async function registerDocuments(
  app: FastifyInstance,
  deps: DocumentsModuleDeps,
): Promise<DocumentService> {
  const { config } = deps;
  const store = blobStoreFromSettings(config.documents.storage);
  const masters = masterKeysOf(config);
  const physicianLinks = createPhysicianLinks({ ...deps, publicUrl: config.publicUrl });
  // Bound once the jobs are registered (below): the service is built before the upload engine it feeds.
  let queueThumbnail: ((seriesId: string) => void) | undefined;
  const documents = createDocumentService({
    ...deps,
    store,
    masters: masters.all,
    maxCaseBytes: config.documents.maxCaseBytes,
    physicianLinks,
    onSeriesChanged: (seriesId) => queueThumbnail?.(seriesId),
  });

  /** Whose upload: a fully signed-in applicant or coordinator, or the holder of a usable physician link. */
  async function authorize(request: FastifyRequest): Promise<{ ownerId: string } | null> {
    // A physician link decides alone: opened in a browser where someone is signed in, the files are
    // still the physician's, never filed as that person's.
    const token = physicianTokenOf(request);
    if (token) {
      const link = await physicianLinks.resolve(token);
      return link ? { ownerId: uploaderOwnerId({ kind: 'physician', linkId: link.id }) } : null;
    }
    const auth = request.auth;
    if (auth?.state === 'signed_in' && (auth.user.role === 'patient' || auth.user.role === 'coordinator')) {
      return { ownerId: uploaderOwnerId({ kind: 'user', userId: auth.user.id }) };
    }
    return null;
  }

  const uploads = await registerTusUploads(app, {
    uploadDir: path.join(config.dataDir, 'uploads'),
    master: masters.current,
    maxFileBytes: config.documents.maxFileBytes,
    // Physicians have no session: the routes are public and `authorize` decides.
    access: 'public',
    authorize,
    checkCreation: (ownerId, creation, pending) => documents.checkCreation(ownerId, creation, pending),
    onUploadComplete: createUploadFinalizer({
      store,
      master: masters.current,
      scanner: scannerFromSetting(config.documents.clamdUrl),
      record: (file) => documents.record(file),
    }),
  });
  documentRoutes(app, { documents, physicianLinks, maxFileBytes: config.documents.maxFileBytes });
  if (deps.jobs) {
    queueThumbnail = await registerDocumentJobs(app, {
      ...deps,
      jobs: deps.jobs,
      store,
      master: masters.current,
      masters: masters.all,
      log: app.log,
      sweepStaging: () => uploads.sweepStaging(),
      timeZone: (await deps.profiles.current()).timeZone,
    });
  }
  return documents;
}
