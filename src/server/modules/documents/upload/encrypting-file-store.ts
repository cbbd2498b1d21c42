import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { DataStore, Upload } from '@tus/server';
import { z } from 'zod';
import { unwrapDataKey, type FileEncryption, type MasterKey } from '../storage/envelope.js';
import { newSegmentedFile, segmentKeyOf, type SegmentKey } from '../storage/segmented-format.js';
import { syncFolder } from '../storage/sync-folder.js';
import { requestChunks } from './node-request-body.js';
import { appendBody } from './segment-appender.js';
import { TusError } from './tus-error.js';
import {
  freshProgress,
  offsetOf,
  recoverProgress,
  writeDurably,
  type Progress,
  type Sealed,
} from './staged-segments.js';

/**
 * The tus data store of the upload routes: each upload is encrypted (segmented-format.ts) and hashed as
 * its bytes arrive, so no plaintext reaches the disk and finalizing needs no second pass over the file.
 * Per upload, in the staging folder: `<id>` (sealed segments), `<id>.tail` (see staged-segments.ts) and
 * `<id>.json` (the upload, its wrapped data key, and once complete its SHA-256).
 */

const uploadIdPattern = /^[0-9a-f]{32}$/;

/**
 * What a process that died mid-way leaves: a temporary plaintext copy for the ZIP check or the scanner
 * (`.plain-<pid>`), a half-written durable file (`.partial-<pid>`). Removed once surely abandoned: a day
 * old, far beyond the longest scan of a large CD.
 */
const leftoverPattern = /^[0-9a-f]{32}(\.tail|\.json)?\.(plain|partial)-\d+$/;
const LEFTOVER_AGE_MS = 24 * 3600 * 1000;

async function removeLeftover(file: string, now: number): Promise<number> {
  try {
    const { mtimeMs } = await fs.stat(file);
    if (mtimeMs + LEFTOVER_AGE_MS > now) return 0;
    await fs.rm(file, { force: true });
    return 1;
  } catch {
    return 0; // gone meanwhile
  }
}

const infoSchema = z.object({
  id: z.string(),
  size: z.number().int().positive(),
  metadata: z.record(z.string(), z.string()),
  creationDate: z.string(),
  encryption: z.object({
    keyId: z.string(),
    wrappedKey: z.string(),
    iv: z.string(),
    format: z.literal('segmented-v1'),
    segmentBytes: z.number().int().positive(),
  }),
  sealed: z.object({ sha256: z.string(), lastTag: z.string() }).optional(),
});
type Info = z.infer<typeof infoSchema>;

/** A complete upload as finalizing reads it: the ciphertext, how to open it, the plaintext's hash. */
export type StagedCiphertext = Sealed & { path: string; encryption: FileEncryption };

type Loaded = { info: Info; key: SegmentKey; progress?: Progress; recovering?: Promise<Progress> };

export class EncryptingFileStore extends DataStore {
  private readonly loaded = new Map<string, Loaded>();

  constructor(
    private readonly options: {
      directory: string;
      master: MasterKey;
      expiryMs: number;
      segmentBytes?: number;
    },
  ) {
    super();
    // No deferred length: the sender's Upload-Length is required (upload-creation.ts).
    this.extensions = ['creation', 'creation-with-upload', 'termination', 'expiration'];
  }

  private files(id: string) {
    if (!uploadIdPattern.test(id)) throw new TusError('FILE_NOT_FOUND');
    const data = path.join(this.options.directory, id);
    return { data, tail: `${data}.tail`, info: `${data}.json` };
  }

  private async load(id: string): Promise<Loaded> {
    const cached = this.loaded.get(id);
    if (cached) return cached;
    let text: string;
    try {
      text = await fs.readFile(this.files(id).info, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new TusError('FILE_NOT_FOUND');
      throw error;
    }
    const parsed = infoSchema.safeParse(JSON.parse(text));
    // Staging written by an older version (plaintext) is not resumable: the sender starts over.
    if (!parsed.success) throw new TusError('FILE_NOT_FOUND');
    const info = parsed.data;
    const dataKey = unwrapDataKey(new Map([[this.options.master.id, this.options.master]]), info.encryption);
    const found = this.loaded.get(id) ?? { info, key: segmentKeyOf(info.encryption, dataKey) };
    this.loaded.set(id, found);
    return found;
  }

  /**
   * Progress in memory once what the last request left running has finished (segment-appender.ts), or
   * rebuilt from disk: after a restart (reads back everything received), or when that failed.
   */
  private async progressOf(id: string, loaded: Loaded): Promise<Progress> {
    const inMemory = loaded.progress;
    if (inMemory) {
      try {
        await inMemory.settling;
        return inMemory;
      } catch {
        // What the disk holds is the truth now: the sender resumes from there.
        if (loaded.progress === inMemory) loaded.progress = undefined;
      }
    }
    // One rebuild at a time per upload, however many requests ask meanwhile.
    loaded.recovering ??= (async () => {
      const files = this.files(id);
      const progress = await recoverProgress(loaded.key, files.data, files.tail, loaded.info.size);
      if (progress.sealed && !loaded.info.sealed) await this.recordSealed(id, loaded, progress.sealed);
      loaded.progress = progress;
      return progress;
    })().finally(() => (loaded.recovering = undefined));
    return loaded.recovering;
  }

  private async recordSealed(id: string, loaded: Loaded, sealed: Sealed): Promise<void> {
    loaded.info = { ...loaded.info, sealed };
    const files = this.files(id);
    await writeDurably(files.info, JSON.stringify(loaded.info));
    await fs.rm(files.tail, { force: true });
  }

  private uploadOf(loaded: Loaded, offset: number): Upload {
    const { info } = loaded;
    return new Upload({
      id: info.id,
      size: info.size,
      offset,
      metadata: info.metadata,
      creation_date: info.creationDate,
      storage: { type: 'file', path: this.files(info.id).data },
    });
  }

  override async create(upload: Upload): Promise<Upload> {
    if (upload.size === undefined || upload.size < 1) throw new TusError('INVALID_LENGTH');
    const files = this.files(upload.id);
    const { key, encryption } = newSegmentedFile(this.options.master, this.options.segmentBytes);
    const info: Info = {
      id: upload.id,
      size: upload.size,
      metadata: Object.fromEntries(
        Object.entries(upload.metadata ?? {}).flatMap(([name, value]) =>
          value === null ? [] : [[name, value]],
        ),
      ),
      creationDate: upload.creation_date ?? new Date().toISOString(),
      encryption: { ...encryption, format: 'segmented-v1', segmentBytes: key.segmentBytes },
    };
    await fs.writeFile(files.data, '', { mode: 0o600, flag: 'wx' });
    await writeDurably(files.info, JSON.stringify(info));
    await syncFolder(this.options.directory);
    this.loaded.set(upload.id, { info, key, progress: freshProgress() });
    upload.storage = { type: 'file', path: files.data };
    return upload;
  }

  override async write(body: Readable, id: string, offset: number): Promise<number> {
    const loaded = await this.load(id);
    const progress = await this.progressOf(id, loaded);
    if (offsetOf(loaded.key, progress, loaded.info.size) !== offset) throw new TusError('INVALID_OFFSET');
    if (progress.sealed) throw new TusError('INVALID_OFFSET');
    let brokenOff: Error | undefined;
    try {
      brokenOff = await appendBody(
        loaded.key,
        this.files(id),
        progress,
        loaded.info.size,
        requestChunks(body),
      );
    } catch (error) {
      // A write failed: the hash may have run ahead of what reached the disk; rebuilt from disk next time.
      loaded.progress = undefined;
      throw error;
    }
    if (progress.sealed) await this.recordSealed(id, loaded, progress.sealed);
    // What arrived before the body broke off is kept; the sender resumes after it, with no read-back.
    if (brokenOff) throw brokenOff;
    return offsetOf(loaded.key, progress, loaded.info.size);
  }

  override async getUpload(id: string): Promise<Upload> {
    const loaded = await this.load(id);
    if (loaded.info.sealed) return this.uploadOf(loaded, loaded.info.size);
    const progress = await this.progressOf(id, loaded);
    return this.uploadOf(loaded, offsetOf(loaded.key, progress, loaded.info.size));
  }

  /** The complete upload's ciphertext and hash, or undefined while bytes are missing. */
  async staged(id: string): Promise<StagedCiphertext | undefined> {
    const loaded = await this.load(id);
    if (!loaded.info.sealed) return undefined;
    return { ...loaded.info.sealed, path: this.files(id).data, encryption: loaded.info.encryption };
  }

  override async remove(id: string): Promise<void> {
    const files = this.files(id);
    // What the last request left running may still write the tail's side file: let it finish first.
    await this.loaded.get(id)?.progress?.settling?.catch(() => undefined);
    this.loaded.delete(id);
    try {
      await fs.unlink(files.info);
    } catch {
      throw new TusError('FILE_NOT_FOUND');
    }
    await Promise.all([fs.rm(files.data, { force: true }), fs.rm(files.tail, { force: true })]);
  }

  /** The uploads in staging, as their info files say; unreadable ones (gone meanwhile, older) skipped. */
  private async *infos(): AsyncGenerator<Info> {
    for (const name of await fs.readdir(this.options.directory)) {
      if (!name.endsWith('.json') || !uploadIdPattern.test(name.slice(0, -'.json'.length))) continue;
      try {
        yield infoSchema.parse(
          JSON.parse(await fs.readFile(path.join(this.options.directory, name), 'utf8')),
        );
      } catch {
        // Gone meanwhile (finalized), or from an older version.
      }
    }
  }

  /**
   * Bytes announced by the unfinished uploads of a case (their Upload-Length): a quota that counted only
   * stored files would let one case start any number of large uploads at once.
   */
  async pendingBytesOf(caseId: string): Promise<number> {
    let pending = 0;
    for await (const info of this.infos()) {
      if (!info.sealed && info.metadata.caseId === caseId) pending += info.size;
    }
    return pending;
  }

  /**
   * The uploads whose every byte arrived, still in staging (finalized or not), with when the last byte
   * arrived (their info file was last written then).
   */
  async completeUploads(): Promise<{ id: string; completedAt: Date }[]> {
    const complete: { id: string; completedAt: Date }[] = [];
    for await (const info of this.infos()) {
      if (!info.sealed) continue;
      try {
        const { mtime } = await fs.stat(this.files(info.id).info);
        complete.push({ id: info.id, completedAt: mtime });
      } catch {
        // Gone meanwhile (finalized).
      }
    }
    return complete;
  }

  override async deleteExpired(): Promise<number> {
    const now = Date.now();
    let removed = 0;
    for (const name of await fs.readdir(this.options.directory)) {
      if (leftoverPattern.test(name)) {
        removed += await removeLeftover(path.join(this.options.directory, name), now);
        continue;
      }
      const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
      if (!uploadIdPattern.test(id)) continue;
      try {
        const { info } = await this.load(id);
        if (info.sealed || new Date(info.creationDate).getTime() + this.options.expiryMs > now) continue;
        await this.remove(id);
        removed += 1;
      } catch {
        // Gone meanwhile, or unreadable: the next sweep tries again.
      }
    }
    return removed;
  }

  override getExpiration(): number {
    return this.options.expiryMs;
  }
}
