import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { Upload } from '@tus/server';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { decrypting } from '../storage/encrypted-files.js';
import { masterKeyFrom, newMasterKeyBase64 } from '../storage/envelope.js';
import { EncryptingFileStore } from './encrypting-file-store.js';

const master = masterKeyFrom(newMasterKeyBase64());
const segmentBytes = 1000;
const root = await fs.mkdtemp(path.join(os.tmpdir(), 'consilium-staging-'));
afterAll(() => fs.rm(root, { recursive: true, force: true }));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
let directory: string;
let counter = 0;
const newStore = () => new EncryptingFileStore({ directory, master, expiryMs: 3600_000, segmentBytes });
const body = (bytes: Buffer, chunk = 300) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) =>
      bytes.subarray(i * chunk, (i + 1) * chunk),
    ),
  );

beforeEach(async () => {
  counter += 1;
  directory = path.join(root, `staging-${counter}`);
  await fs.mkdir(directory);
});

async function created(store: EncryptingFileStore, size: number): Promise<string> {
  const id = randomBytes(16).toString('hex');
  await store.create(new Upload({ id, size, offset: 0, metadata: { filename: 'a.pdf' } }));
  return id;
}

/** The complete upload read back through the decrypting reader, with the hash taken on arrival. */
async function readStaged(store: EncryptingFileStore, id: string) {
  const staged = await store.staged(id);
  if (!staged) throw new Error('not complete');
  const sealed = { encryption: staged.encryption, authTag: staged.lastTag };
  const plaintext = await buffer(
    decrypting(new Map([[master.id, master]]), sealed, createReadStream(staged.path)),
  );
  return { staged, plaintext };
}

describe('EncryptingFileStore', () => {
  it('encrypts and hashes bodies as they arrive, whatever their boundaries, and keeps no plaintext', async () => {
    const store = newStore();
    const data = randomBytes(4321);
    const id = await created(store, data.length);
    let offset = 0;
    for (const cut of [1, 999, 1000, 2500, data.length]) {
      offset = await store.write(body(data.subarray(offset, cut)), id, offset);
      expect(offset).toBe(cut);
      expect((await store.getUpload(id)).offset).toBe(cut);
    }
    const { staged, plaintext } = await readStaged(store, id);
    expect(staged.sha256).toBe(sha256(data));
    expect(plaintext.equals(data)).toBe(true);
    for (const name of await fs.readdir(directory)) {
      expect((await fs.readFile(path.join(directory, name))).includes(data.subarray(0, 64))).toBe(false);
    }
  });

  it('resumes after a restart: a partial tail, then a segment half-written when the process died', async () => {
    const data = randomBytes(3500);
    const first = newStore();
    const id = await created(first, data.length);
    expect(await first.write(body(data.subarray(0, 1700)), id, 0)).toBe(1700);
    expect((await first.getUpload(id)).offset).toBe(1700); // waits for the tail's side file
    // The process dies while writing the next segment: part of a record reaches the file, no new tail.
    await fs.appendFile(path.join(directory, id), randomBytes(600));

    const restarted = newStore();
    expect((await restarted.getUpload(id)).offset).toBe(1700);
    expect(await restarted.write(body(data.subarray(1700)), id, 1700)).toBe(data.length);
    const { staged, plaintext } = await readStaged(restarted, id);
    expect(staged.sha256).toBe(sha256(data));
    expect(plaintext.equals(data)).toBe(true);
  });

  it('keeps a partial tail on disk only, between requests; a damaged one sends the upload back a segment', async () => {
    const store = newStore();
    const data = randomBytes(2500);
    const id = await created(store, data.length);
    expect(await store.write(body(data.subarray(0, 1300)), id, 0)).toBe(1300);
    // The next request reads the tail back from its side file (nothing of it stays in memory).
    expect(await store.write(body(data.subarray(1300, 1600)), id, 1300)).toBe(1600);
    expect((await store.getUpload(id)).offset).toBe(1600);
    await fs.writeFile(path.join(directory, `${id}.tail`), randomBytes(80));
    await expect(store.write(body(data.subarray(1600)), id, 1600)).rejects.toThrow(/tail/);
    // Rebuilt from disk: the sealed segment holds; the damaged tail is dropped and sent again.
    expect((await store.getUpload(id)).offset).toBe(1000);
    expect(await store.write(body(data.subarray(1000)), id, 1000)).toBe(data.length);
    const { staged, plaintext } = await readStaged(store, id);
    expect(staged.sha256).toBe(sha256(data));
    expect(plaintext.equals(data)).toBe(true);
  });

  it('answers once the bytes are written; when what it left running fails, the sender resumes from the disk', async () => {
    const store = newStore();
    const data = randomBytes(2500);
    const id = await created(store, data.length);
    // The tail's side file cannot be written: its temporary name is taken by a folder.
    const blocker = path.join(directory, `${id}.tail.partial-${process.pid}`);
    await fs.mkdir(blocker);
    expect(await store.write(body(data.subarray(0, 1700)), id, 0)).toBe(1700);
    // The next request finds that the last one's bytes did not settle: what the disk holds counts.
    expect((await store.getUpload(id)).offset).toBe(1000);
    await expect(store.write(body(data.subarray(1700)), id, 1700)).rejects.toMatchObject({
      status_code: 409,
    });
    await fs.rmdir(blocker);
    expect(await store.write(body(data.subarray(1000)), id, 1000)).toBe(data.length);
    const { staged, plaintext } = await readStaged(store, id);
    expect(staged.sha256).toBe(sha256(data));
    expect(plaintext.equals(data)).toBe(true);
  });

  it('keeps what arrived before a body broke off, and goes on from there', async () => {
    const store = newStore();
    const data = randomBytes(3000);
    const id = await created(store, data.length);
    const broken = Readable.from(
      (async function* () {
        yield data.subarray(0, 1200);
        yield data.subarray(1200, 1500);
        await Promise.resolve();
        throw new Error('connection reset');
      })(),
    );
    await expect(store.write(broken, id, 0)).rejects.toThrow('connection reset');
    expect((await store.getUpload(id)).offset).toBe(1500);
    await store.write(body(data.subarray(1500)), id, 1500);
    expect((await readStaged(store, id)).staged.sha256).toBe(sha256(data));
  });

  it('answers a wrong offset with 409 and refuses bytes beyond the upload length', async () => {
    const store = newStore();
    const id = await created(store, 100);
    await expect(store.write(body(randomBytes(10)), id, 5)).rejects.toMatchObject({ status_code: 409 });
    await expect(store.write(body(randomBytes(150)), id, 0)).rejects.toThrow('more bytes');
    expect((await store.getUpload(id)).offset).toBeLessThanOrEqual(100);
  });

  it('finds a complete upload again after a restart without reading it back', async () => {
    const store = newStore();
    const data = randomBytes(2000);
    const id = await created(store, data.length);
    await store.write(body(data), id, 0);
    const restarted = newStore();
    expect((await restarted.getUpload(id)).offset).toBe(2000);
    expect((await restarted.staged(id))?.sha256).toBe(sha256(data));
    await restarted.remove(id);
    expect(await fs.readdir(directory)).toEqual([]);
    await expect(restarted.getUpload(id)).rejects.toMatchObject({ status_code: 404 });
  });
});

describe('the sweep of what a dead process left in staging', () => {
  it('removes day-old temporary plaintext and half-written files, and nothing fresher or unknown', async () => {
    const store = newStore();
    const id = await created(store, 10);
    const names = {
      oldPlain: `${id}.plain-123`,
      oldPartial: `${id}.json.partial-123`,
      freshPlain: `${id}.plain-456`,
      unknown: 'notes.txt.plain-1',
    };
    for (const name of Object.values(names)) await fs.writeFile(path.join(directory, name), 'x');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    for (const name of [names.oldPlain, names.oldPartial, names.unknown]) {
      await fs.utimes(path.join(directory, name), twoDaysAgo, twoDaysAgo);
    }

    expect(await store.deleteExpired()).toBe(2);
    const left = await fs.readdir(directory);
    expect(left).not.toContain(names.oldPlain);
    expect(left).not.toContain(names.oldPartial);
    expect(left).toEqual(expect.arrayContaining([names.freshPlain, names.unknown, id, `${id}.json`]));
  });
});
