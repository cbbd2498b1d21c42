import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { masterKeyFrom, newMasterKeyBase64 } from './envelope.js';
import { openDecrypted, storeEncrypted } from './encrypted-files.js';
import { createLocalBlobStore } from './local-blob-store.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-store-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const store = createLocalBlobStore(root);
const master = masterKeyFrom(newMasterKeyBase64());
const masters = new Map([[master.id, master]]);

function chunks(data: Buffer, size = 64 * 1024): Readable {
  return Readable.from(
    (function* () {
      for (let offset = 0; offset < data.length; offset += size) yield data.subarray(offset, offset + size);
    })(),
  );
}

describe('encrypted file storage', () => {
  it('stores a file encrypted and reads back the same bytes, hashing the plaintext in the same pass', async () => {
    const data = randomBytes(3 * 1024 * 1024 + 17);
    const stored = await storeEncrypted(store, master, 'cases/a/file-1', chunks(data));
    expect(stored.bytes).toBe(data.length);
    expect(stored.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    const onDisk = fs.readFileSync(path.join(root, 'cases/a/file-1'));
    expect(onDisk.length).toBe(data.length);
    expect(onDisk.equals(data)).toBe(false);
    expect(onDisk.includes(data.subarray(0, 64))).toBe(false);
    const back = await buffer(await openDecrypted(store, masters, 'cases/a/file-1', stored));
    expect(back.equals(data)).toBe(true);
  });

  it('refuses to return a file whose stored bytes were changed', async () => {
    const stored = await storeEncrypted(
      store,
      master,
      'cases/a/file-2',
      chunks(Buffer.from('紹介状 '.repeat(1000))),
    );
    const file = path.join(root, 'cases/a/file-2');
    const bytes = fs.readFileSync(file);
    bytes[100] = (bytes[100] ?? 0) ^ 0xff;
    fs.writeFileSync(file, bytes);
    await expect(buffer(await openDecrypted(store, masters, 'cases/a/file-2', stored))).rejects.toThrow();
  });

  it('reads files of an older master key after rotation, and names an unknown key', async () => {
    const old = masterKeyFrom(newMasterKeyBase64());
    const stored = await storeEncrypted(store, old, 'cases/b/file-1', chunks(Buffer.from('CT')));
    const rotated = masterKeyFrom(newMasterKeyBase64());
    const both = new Map([
      [rotated.id, rotated],
      [old.id, old],
    ]);
    expect((await buffer(await openDecrypted(store, both, 'cases/b/file-1', stored))).toString()).toBe('CT');
    await expect(openDecrypted(store, masters, 'cases/b/file-1', stored)).rejects.toThrow(
      /Unknown master key/,
    );
  });

  it('never writes outside its root and leaves no partial file under the real name', async () => {
    await expect(store.put('../escape', Readable.from([Buffer.from('x')]))).rejects.toThrow();
    await expect(store.put('/etc/passwd', Readable.from([Buffer.from('x')]))).rejects.toThrow();
    const failing = new Readable({
      read() {
        this.destroy(new Error('connection lost'));
      },
    });
    await expect(store.put('cases/c/broken', failing)).rejects.toThrow('connection lost');
    expect(await store.exists('cases/c/broken')).toBe(false);
    expect(fs.readdirSync(path.join(root, 'cases/c'))).toEqual([]);
  });

  it('refuses a master key of the wrong length', () => {
    expect(() => masterKeyFrom(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});

describe('a failing source', () => {
  it('fails the store instead of waiting forever, and leaves nothing behind', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('upload file vanished'));
      },
    });
    await expect(storeEncrypted(store, master, 'cases/d/file-1', failing)).rejects.toThrow(
      'upload file vanished',
    );
    expect(await store.exists('cases/d/file-1')).toBe(false);
  });
});
