import fs from 'node:fs/promises';
import path from 'node:path';
import { Server, TUS_RESUMABLE, type Upload } from '@tus/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '../../../../shared/i18n/locale.js';
import { ConflictError, NotFoundError, UnauthorizedError } from '../../../errors.js';
import type { RouteAccess } from '../../../plugins/auth.js';
import { localeOf } from '../../../plugins/request-context.js';
import type { MasterKey } from '../storage/envelope.js';
import { EncryptingFileStore } from './encrypting-file-store.js';
import { signalBody, withNodeBody, type NodeBody } from './node-request-body.js';
import { createUploadCompletion, ownerMetadataKey, type ReceiptRecord } from './upload-completion.js';
import { parseUploadCreation, type UploadCreation } from './upload-creation.js';
import {
  receiptAnswer,
  tooLargeAnswer,
  type CompletedUpload,
  type UploadAnswer,
  type UploadReceipt,
} from './upload-receipt.js';

/**
 * Resumable uploads (tus 1.0) at /api/v1/uploads: a phone on a train sends a CD of several GB in chunks
 * and picks up where it stopped after a lost connection or a server restart (what reached the file is the
 * offset, so a killed process loses nothing that was acknowledged; after a power cut the sender resumes
 * from what the disk holds: decision 012). Fastify routes front tus so every
 * route declares its access, the CSRF check and the problem+json errors apply, and each upload is bound to
 * its owner: someone else's upload id answers 404 like a missing one.
 *
 * Finished uploads are handed to `onUploadComplete` once; its receipt is kept, so the sender can read the
 * outcome at GET /api/v1/uploads/:id/receipt even if the final response never reached the phone.
 */

export const uploadsPath = '/api/v1/uploads';

export type UploadsDeps = {
  /** Staging (encrypted, deleted once finalized) and receipts live here; keep it off public folders. */
  uploadDir: string;
  /** Wraps the data key each upload is encrypted with as it arrives (the blob store's master key). */
  master: MasterKey;
  maxFileBytes: number;
  /** Whose upload this request acts for; null answers 401. */
  authorize: (request: FastifyRequest) => Promise<{ ownerId: string } | null>;
  onUploadComplete: (upload: CompletedUpload) => Promise<UploadReceipt>;
  /**
   * Checks a new upload against what it claims (the case is the owner's and open for documents, the
   * case's quota) before any byte is accepted; throws the error to answer with.
   */
  checkCreation?: (ownerId: string, creation: UploadCreation, pendingCaseBytes: number) => Promise<void>;
  /** Route access (auth plugin) in front of `authorize`; patients by default. */
  access?: RouteAccess;
  /** Where the engine listens; `uploadsPath` by default (tests mount a second engine elsewhere). */
  path?: string;
  /** An upload not finished within this long may be swept (its staging files take disk space). */
  stagingExpiryMs?: number;
};

/** The signed-in user owns the uploads they start (the route's access has already required a session). */
export function sessionOwner(request: FastifyRequest): Promise<{ ownerId: string } | null> {
  return Promise.resolve(request.auth ? { ownerId: request.auth.user.id } : null);
}

type RequestContext = { ownerId: string; locale: Locale; requestId: string; creation?: UploadCreation };
type Located = { state: 'finalized'; record: ReceiptRecord } | { state: 'staging'; upload: Upload };
type WithId = { Params: { id: string } };

// tus's default naming: 16 random bytes, hex. Anything else is not ours and never reaches the file system.
const uploadIdPattern = /^[0-9a-f]{32}$/;
const schema = (summary: string) => ({ tags: ['documents'], summary });

/**
 * The Fastify request as a web Request for tus. A body's bytes do not go through it: the data store reads
 * them from the Node request (node-request-body.ts); the web body only tells tus when they ended.
 */
function toWebRequest(request: FastifyRequest): { webRequest: Request; nodeBody?: NodeBody } {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    for (const item of [value ?? []].flat()) headers.append(name, item);
  }
  const withBody = request.method === 'PATCH' || request.method === 'POST';
  const signalled = withBody ? signalBody(request.raw) : undefined;
  const init: RequestInit & { duplex: 'half' } = {
    method: request.method,
    headers,
    body: signalled?.body ?? null,
    duplex: 'half',
  };
  const webRequest = new Request(new URL(request.url, 'http://uploads.invalid'), init);
  return signalled ? { webRequest, nodeBody: signalled.nodeBody } : { webRequest };
}

function sendAnswer(reply: FastifyReply, answer: UploadAnswer): FastifyReply {
  return reply.status(answer.status).type(answer.contentType).send(answer.body);
}

const isComplete = (upload: Upload) => upload.size !== undefined && upload.offset === upload.size;

export type RegisteredUploads = {
  /**
   * Tidies staging: removes the files of expired, unfinished uploads, and finalizes the complete ones
   * left behind (see `finalizeLeftBehind`); returns how many of each.
   */
  sweepStaging(): Promise<{ removed: number; finalized: number }>;
};

const DEFAULT_STAGING_EXPIRY_MS = 7 * 24 * 3600 * 1000;
/** A complete upload not finalized this long after its last byte is finalized by the sweep. */
const LEFT_BEHIND_AFTER_MS = 3600 * 1000;

export async function registerTusUploads(
  app: FastifyInstance,
  deps: UploadsDeps,
): Promise<RegisteredUploads> {
  const stagingDir = path.join(deps.uploadDir, 'staging');
  const receiptDir = path.join(deps.uploadDir, 'receipts');
  await fs.mkdir(stagingDir, { recursive: true, mode: 0o700 });
  await fs.mkdir(receiptDir, { recursive: true, mode: 0o700 });
  const stagingExpiryMs = deps.stagingExpiryMs ?? DEFAULT_STAGING_EXPIRY_MS;
  const datastore = new EncryptingFileStore({
    directory: stagingDir,
    master: deps.master,
    expiryMs: stagingExpiryMs,
  });
  const completion = createUploadCompletion({
    receiptDir,
    datastore,
    onUploadComplete: deps.onUploadComplete,
  });
  const contexts = new WeakMap<Request, RequestContext>();
  const access = deps.access ?? { roles: ['patient'] };
  const base = deps.path ?? uploadsPath;

  const tus = new Server({
    path: base,
    datastore,
    maxSize: deps.maxFileBytes,
    // Relative: right behind any reverse proxy without trusting forwarded headers.
    relativeLocation: true,
    // Same origin only: tus would otherwise answer Access-Control-Allow-Origin: *.
    allowedOrigins: () => false,
    disableTerminationForFinishedUploads: true,
    onUploadCreate: (request) => {
      const context = contexts.get(request);
      if (!context?.creation) return Promise.reject(new Error('upload created without a checked request'));
      const { fileName, sha256, checklistItem, caseId, replaces } = context.creation;
      // Replaces whatever the sender sent: only checked values, and the owner from the session.
      const metadata: Record<string, string> = {
        filename: fileName,
        sha256,
        checklistItem,
        caseId,
        [ownerMetadataKey]: context.ownerId,
      };
      if (replaces) metadata.replaces = replaces;
      return Promise.resolve({ metadata });
    },
    onUploadFinish: async (request, upload) => {
      const context = contexts.get(request);
      const record = await completion.finalizeOnce(upload);
      const answer = receiptAnswer(record.receipt, context?.locale ?? 'ja', context?.requestId ?? upload.id);
      return {
        status_code: answer.status,
        body: answer.body,
        headers: { 'Content-Type': answer.contentType },
      };
    },
    onResponseError: (_request, error) => {
      if ('status_code' in error) return undefined;
      // tus would append the error's message to its answer; 5xx details stay in the log.
      app.log.error({ err: error }, 'upload failed');
      return { status_code: 500, body: 'Internal error\n' };
    },
  });

  async function ownerOf(request: FastifyRequest): Promise<string> {
    const owner = await deps.authorize(request);
    if (!owner) throw new UnauthorizedError('sign in');
    return owner.ownerId;
  }

  function contextOf(request: FastifyRequest, ownerId: string, creation?: UploadCreation): RequestContext {
    return { ownerId, locale: localeOf(request), requestId: request.id, ...(creation ? { creation } : {}) };
  }

  async function forward(request: FastifyRequest, reply: FastifyReply, context?: RequestContext) {
    const { webRequest, nodeBody } = toWebRequest(request);
    if (context) contexts.set(webRequest, context);
    return reply.send(await withNodeBody(nodeBody, () => tus.handleWeb(webRequest)));
  }

  /** The caller's upload by id, finalized or still staging; anything else (or anyone else's) is 404. */
  async function locate(id: string, ownerId: string): Promise<Located> {
    if (!uploadIdPattern.test(id)) throw new NotFoundError('upload');
    const record = await completion.read(id);
    const upload = record ? undefined : await completion.staging(id);
    // Read again when staging is gone: finalizing may have just written the receipt and removed it.
    const finalized = record ?? (upload ? undefined : await completion.read(id));
    if (finalized) {
      if (finalized.ownerId !== ownerId) throw new NotFoundError('upload');
      return { state: 'finalized', record: finalized };
    }
    if (!upload || upload.metadata?.[ownerMetadataKey] !== ownerId) throw new NotFoundError('upload');
    return { state: 'staging', upload };
  }

  /** A complete upload whose finalizing never finished (the server died meanwhile) is finalized now. */
  function recover(request: FastifyRequest, upload: Upload): void {
    if (!isComplete(upload) || completion.isRunning(upload.id)) return;
    completion.finalizeOnce(upload).catch((error: unknown) => {
      request.log.error({ err: error }, 'finalizing a recovered upload failed');
    });
  }

  await app.register((scope, _options, done) => {
    // tus reads PATCH bodies itself: Fastify must leave the stream unread (and its 1 MB limit unapplied).
    scope.addContentTypeParser('application/offset+octet-stream', (_request, _payload, parsed) =>
      parsed(null),
    );

    for (const url of [base, `${base}/:id`]) {
      scope.options(
        url,
        { config: { access: 'public' }, schema: schema('tus capabilities') },
        (request, reply) => forward(request, reply),
      );
    }

    scope.post(
      base,
      { config: { access }, schema: schema('Start a resumable upload') },
      async (request, reply) => {
        const ownerId = await ownerOf(request);
        const creation = parseUploadCreation(request.headers, deps.maxFileBytes);
        if (creation === 'too_large') {
          return sendAnswer(reply, tooLargeAnswer(deps.maxFileBytes, localeOf(request), request.id));
        }
        await deps.checkCreation?.(ownerId, creation, await datastore.pendingBytesOf(creation.caseId));
        return forward(request, reply, contextOf(request, ownerId, creation));
      },
    );

    scope.head<WithId>(
      `${base}/:id`,
      { config: { access }, schema: schema('Upload offset') },
      async (request, reply) => {
        const ownerId = await ownerOf(request);
        const found = await locate(request.params.id, ownerId);
        if (found.state === 'finalized') {
          // Complete as far as tus is concerned: the client moves on and reads the receipt.
          const bytes = String(found.record.bytes);
          void completion.removeStaging(request.params.id).catch(() => undefined);
          return reply
            .headers({ 'tus-resumable': TUS_RESUMABLE, 'upload-offset': bytes, 'upload-length': bytes })
            .header('cache-control', 'no-store')
            .send();
        }
        recover(request, found.upload);
        return forward(request, reply, contextOf(request, ownerId));
      },
    );

    scope.patch<WithId>(
      `${base}/:id`,
      { config: { access }, schema: schema('Send a chunk') },
      async (request, reply) => {
        const ownerId = await ownerOf(request);
        const found = await locate(request.params.id, ownerId);
        if (found.state === 'finalized') throw new NotFoundError('upload finalized');
        return forward(request, reply, contextOf(request, ownerId));
      },
    );

    scope.delete<WithId>(
      `${base}/:id`,
      { config: { access }, schema: schema('Cancel an upload') },
      async (request, reply) => {
        const ownerId = await ownerOf(request);
        const found = await locate(request.params.id, ownerId);
        if (found.state === 'finalized') throw new NotFoundError('upload finalized');
        return forward(request, reply, contextOf(request, ownerId));
      },
    );

    scope.get<WithId>(
      `${base}/:id/receipt`,
      { config: { access }, schema: schema('The outcome of a finished upload'), exposeHeadRoute: false },
      async (request, reply) => {
        const ownerId = await ownerOf(request);
        const found = await locate(request.params.id, ownerId);
        if (found.state === 'finalized') {
          return sendAnswer(reply, receiptAnswer(found.record.receipt, localeOf(request), request.id));
        }
        if (!isComplete(found.upload)) throw new ConflictError('upload incomplete');
        recover(request, found.upload);
        return reply.status(202).header('retry-after', '2').send({ status: 'finalizing' });
      },
    );
    done();
  });
  /**
   * Complete uploads still in staging with no finalizing under way: the server stopped while finalizing
   * (or it failed) and the sender never asked again. A file that arrived whole is filed all the same, or,
   * if it was filed already, its staging copy goes. Only after an hour (a sender, or another instance
   * sharing the folder, finalizes it first), and only until the staging expiry: a failure that repeats
   * would otherwise store a blob every hour for good. Failures are logged by upload id.
   */
  async function finalizeLeftBehind(now: number): Promise<number> {
    let finalized = 0;
    for (const { id, completedAt } of await datastore.completeUploads()) {
      const age = now - completedAt.getTime();
      if (age < LEFT_BEHIND_AFTER_MS || age > stagingExpiryMs || completion.isRunning(id)) continue;
      const upload = await completion.staging(id);
      if (!upload || !isComplete(upload)) continue;
      try {
        await completion.finalizeOnce(upload);
        finalized += 1;
      } catch (error) {
        app.log.error({ err: error, uploadId: id }, 'finalizing an upload left in staging failed');
      }
    }
    return finalized;
  }

  return {
    sweepStaging: async () => ({
      removed: await datastore.deleteExpired(),
      finalized: await finalizeLeftBehind(Date.now()),
    }),
  };
}
