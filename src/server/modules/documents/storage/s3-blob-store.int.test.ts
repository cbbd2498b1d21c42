import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo, Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlobStore } from './blob-store.js';
import { blobStoreFromSettings } from './blob-store-from-config.js';
import { openDecrypted, storeEncrypted } from './encrypted-files.js';
import { masterKeyFrom, newMasterKeyBase64 } from './envelope.js';
import { BlobAlreadyExistsError, createS3BlobStore } from './s3-blob-store.js';

/** The part of s3rver (an untyped CommonJS package) this test uses. */
type S3rver = { run(): Promise<AddressInfo>; close(): Promise<void>; httpServer: Server };
type S3rverOptions = {
  address: string;
  port: number;
  directory: string;
  silent: boolean;
  allowMismatchedSignatures: boolean;
};
const S3rverClass = createRequire(import.meta.url)('s3rver') as new (options: S3rverOptions) => S3rver;

const MiB = 1024 * 1024;
const bucket = 'consilium-test';
const prefix = 'hospital-a';
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-s3-'));
let server: S3rver;
let raw: S3Client;
let store: BlobStore;
/** Every connection the server accepted: their bytesRead is what actually reached S3. */
const sockets = new Set<Socket>();
/** Every request the server saw, with its If-None-Match: what went over the wire. */
const requests: { method: string; url: string; ifNoneMatch: string | undefined }[] = [];

beforeAll(async () => {
  // silent: s3rver logs every request through winston and Koa otherwise, and console.error fails tests.
  server = new S3rverClass({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    allowMismatchedSignatures: false,
  });
  const { port } = await server.run();
  server.httpServer.on('connection', (socket: Socket) => sockets.add(socket));
  server.httpServer.on('request', (request: IncomingMessage) => {
    const value = request.headers['if-none-match'];
    requests.push({ method: request.method ?? '', url: request.url ?? '', ifNoneMatch: value });
  });
  const endpoint = `http://127.0.0.1:${port}`;
  raw = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials });
  await raw.send(new CreateBucketCommand({ Bucket: bucket }));
  store = createS3BlobStore({
    bucket,
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials,
    prefix,
  });
});

afterAll(async () => {
  raw?.destroy();
  // The store's own client cannot be closed through the BlobStore port, and s3rver keeps the connection of
  // its "not implemented" answer to AbortMultipartUpload busy: without this, close waits for the 5 s
  // keep-alive timeout.
  server?.httpServer.closeAllConnections();
  await server?.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

/** A pseudo-random stream produced lazily, with the SHA-256 of what it produced so far. */
function randomStream(bytes: number, chunk = 64 * 1024): { stream: Readable; sha256: () => string } {
  const hash = createHash('sha256');
  let left = bytes;
  const stream = new Readable({
    read() {
      if (left === 0) return void this.push(null);
      const data = randomBytes(Math.min(chunk, left));
      left -= data.length;
      hash.update(data);
      this.push(data);
    },
  });
  return { stream, sha256: () => hash.digest('hex') };
}

/** Produces `beforeError` bytes, then fails like a dropped connection. */
function failingStream(beforeError: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= beforeError) return void this.destroy(new Error('connection lost'));
      const data = randomBytes(Math.min(64 * 1024, beforeError - sent));
      sent += data.length;
      this.push(data);
    },
  });
}

async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function objectKeysUnder(folder: string): Promise<string[]> {
  const listed = await raw.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `${prefix}/${folder}` }));
  return (listed.Contents ?? []).map((object) => object.Key ?? '');
}

describe('S3 blob store', () => {
  it('streams ~20 MB up as a multipart upload and back, byte for byte, under the prefix', async () => {
    const size = 20 * MiB + 12_345; // not a multiple of the part size: the last part is short
    const source = randomStream(size);
    requests.length = 0;
    expect(await store.put('cases/a/large', source.stream)).toEqual({ bytes: size });
    expect(await sha256Of(await store.get('cases/a/large'))).toBe(source.sha256());
    expect(await objectKeysUnder('cases/a/')).toEqual([`${prefix}/cases/a/large`]);
    // The request that makes the object visible (completing the multipart upload) is conditional.
    const complete = requests.filter((r) => r.method === 'POST' && r.url.includes('uploadId='));
    expect(complete).toEqual([expect.objectContaining({ ifNoneMatch: '*' })]);
    expect(requests.filter((r) => r.url.includes('x-id=UploadPart'))).toHaveLength(3);
  });

  it('stores small and empty files with a single conditional PUT', async () => {
    requests.length = 0;
    expect(await store.put('cases/b/small', Readable.from([Buffer.from('紹介状')]))).toEqual({ bytes: 9 });
    expect(await store.put('cases/b/empty', Readable.from([]))).toEqual({ bytes: 0 });
    expect((await buffer(await store.get('cases/b/small'))).toString()).toBe('紹介状');
    expect((await buffer(await store.get('cases/b/empty'))).length).toBe(0);
    expect(requests.filter((r) => r.method === 'PUT').map((r) => r.ifNoneMatch)).toEqual(['*', '*']);
  });

  it('leaves no object under the key when the source fails midway, and rejects with its error', async () => {
    // 12 MiB: past the first 8 MiB part, so a multipart upload was started and one part sent.
    requests.length = 0;
    await expect(store.put('cases/c/broken', failingStream(12 * MiB))).rejects.toThrow('connection lost');
    const sent = requests.map((r) => `${r.method} ${r.url.replace(/uploadId=\w+/, 'uploadId=…')}`);
    expect(sent).toContain(
      'PUT /consilium-test/hospital-a/cases/c/broken?partNumber=1&uploadId=…&x-id=UploadPart',
    );
    // Created, but never completed: a multipart upload is invisible until CompleteMultipartUpload.
    expect(sent).toContain('POST /consilium-test/hospital-a/cases/c/broken?uploads=');
    expect(sent.filter((line) => line.startsWith('POST') && line.includes('uploadId='))).toEqual([]);
    expect(await store.exists('cases/c/broken')).toBe(false);
    expect(await objectKeysUnder('cases/c/')).toEqual([]);
    // Failing before the first part is complete sends no data at all: only the existence checks.
    requests.length = 0;
    await expect(store.put('cases/c/early', failingStream(100_000))).rejects.toThrow('connection lost');
    expect(await store.exists('cases/c/early')).toBe(false);
    expect(requests.map((r) => r.method)).toEqual(['HEAD', 'HEAD']);
  });

  it('handles a source that fails on its own while the existence check is still running', async () => {
    const source = new PassThrough();
    setImmediate(() => source.destroy(new Error('staging file vanished')));
    await expect(store.put('cases/c/vanished', source)).rejects.toThrow('staging file vanished');
    expect(await store.exists('cases/c/vanished')).toBe(false);
  });

  it('answers exists from HEAD: true for a stored key, false for a missing one', async () => {
    await store.put('cases/d/present', Readable.from([Buffer.from('x')]));
    expect(await store.exists('cases/d/present')).toBe(true);
    expect(await store.exists('cases/d/absent')).toBe(false);
    await expect(store.get('cases/d/absent')).rejects.toThrow();
  });

  it('refuses keys outside the safe alphabet, and a bad prefix, before a request is made', async () => {
    for (const key of ['../escape', '/etc/passwd', 'cases/../x', 'Cases/Upper', 'a b', '']) {
      const body = Readable.from([Buffer.from('x')]);
      await expect(store.put(key, body)).rejects.toThrow('invalid storage key');
      // The refused body is stopped, so whoever writes into it does not wait forever.
      expect(body.destroyed).toBe(true);
      await expect(store.get(key)).rejects.toThrow('invalid storage key');
      await expect(store.exists(key)).rejects.toThrow('invalid storage key');
    }
    for (const bad of ['../up', '/abs', 'a//b', 'a b']) {
      expect(() => createS3BlobStore({ bucket, region: 'us-east-1', prefix: bad })).toThrow(
        'invalid storage prefix',
      );
    }
  });

  it('never overwrites an existing key', async () => {
    await store.put('cases/e/record', Readable.from([Buffer.from('original')]));
    const second = Readable.from([Buffer.from('replacement')]);
    const refused = store.put('cases/e/record', second);
    await expect(refused).rejects.toBeInstanceOf(BlobAlreadyExistsError);
    expect(second.destroyed).toBe(true);
    expect((await buffer(await store.get('cases/e/record'))).toString()).toBe('original');
  });

  it('keeps memory bounded: what it has read but S3 has not received stays a few parts, not the file', async () => {
    const size = 64 * MiB;
    const received = (): number => [...sockets].reduce((sum, socket) => sum + socket.bytesRead, 0);
    const start = received();
    let pulled = 0;
    let maxAhead = 0;
    const source = new Readable({
      read() {
        if (pulled >= size) return void this.push(null);
        // Sampled where buffering could grow: each time the store asks for more.
        maxAhead = Math.max(maxAhead, pulled - (received() - start));
        const data = Buffer.alloc(256 * 1024, pulled % 251);
        pulled += data.length;
        this.push(data);
      },
    });
    expect(await store.put('cases/f/huge', source)).toEqual({ bytes: size });
    // (queue 2 + 1) × 8 MiB parts, plus stream and socket buffers; a buffering store would reach 64 MiB.
    expect(maxAhead).toBeLessThan(40 * MiB);
    expect(maxAhead).toBeGreaterThan(0);
  });
});

describe('encrypted files on the S3 store', () => {
  const master = masterKeyFrom(newMasterKeyBase64());
  const masters = new Map([[master.id, master]]);

  it('encrypts into S3 and reads back the same bytes; the stored object is ciphertext', async () => {
    const data = randomBytes(9 * MiB + 3); // two parts
    const stored = await storeEncrypted(store, master, 'cases/g/ct', Readable.from([data]));
    expect(stored.bytes).toBe(data.length);
    expect(stored.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    const object = await raw.send(new GetObjectCommand({ Bucket: bucket, Key: `${prefix}/cases/g/ct` }));
    const ciphertext = Buffer.from((await object.Body?.transformToByteArray()) ?? []);
    expect(ciphertext.length).toBe(data.length);
    expect(ciphertext.includes(data.subarray(0, 64))).toBe(false);
    const back = await buffer(await openDecrypted(store, masters, 'cases/g/ct', stored));
    expect(back.equals(data)).toBe(true);
  });

  it('refuses to return a file whose stored bytes were changed in the bucket', async () => {
    const stored = await storeEncrypted(
      store,
      master,
      'cases/g/letter',
      Readable.from([Buffer.from('紹介状 '.repeat(1000))]),
    );
    const objectKey = `${prefix}/cases/g/letter`;
    const object = await raw.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey }));
    const bytes = Buffer.from((await object.Body?.transformToByteArray()) ?? []);
    bytes[100] = (bytes[100] ?? 0) ^ 0xff;
    // Only someone going around the store (with bucket credentials) can do this.
    await raw.send(new PutObjectCommand({ Bucket: bucket, Key: objectKey, Body: bytes }));
    await expect(buffer(await openDecrypted(store, masters, 'cases/g/letter', stored))).rejects.toThrow();
  });

  it('fails the store when the source fails, and leaves nothing under the key', async () => {
    await expect(storeEncrypted(store, master, 'cases/g/vanished', failingStream(10 * MiB))).rejects.toThrow(
      'connection lost',
    );
    expect(await store.exists('cases/g/vanished')).toBe(false);
  });
});

describe('a service that honours If-None-Match', () => {
  it('turns its 412 into BlobAlreadyExistsError: the object appeared between the check and the write', async () => {
    // s3rver ignores If-None-Match, so this stand-in answers as AWS S3 does when it loses that race.
    const answering = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        if (request.method === 'HEAD') return void response.writeHead(404).end();
        response.writeHead(412, { 'content-type': 'application/xml' });
        response.end(
          '<?xml version="1.0" encoding="UTF-8"?><Error><Code>PreconditionFailed</Code>' +
            '<Message>At least one of the pre-conditions you specified did not hold</Message></Error>',
        );
      });
    });
    await new Promise<void>((resolve) => answering.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = answering.address() as AddressInfo;
      const racing = createS3BlobStore({
        bucket,
        region: 'us-east-1',
        endpoint: `http://127.0.0.1:${port}`,
        forcePathStyle: true,
        credentials,
      });
      await expect(racing.put('cases/h/raced', Readable.from([Buffer.from('x')]))).rejects.toBeInstanceOf(
        BlobAlreadyExistsError,
      );
    } finally {
      answering.closeAllConnections();
      await new Promise((resolve) => answering.close(resolve));
    }
  });
});

describe('blobStoreFromSettings', () => {
  it('builds the S3 store from settings, with the prefix and the key pair', async () => {
    const { port } = server.httpServer.address() as AddressInfo;
    const fromSettings = blobStoreFromSettings({
      kind: 's3',
      bucket,
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      forcePathStyle: true,
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      prefix: 'from-settings/',
    });
    await fromSettings.put('cases/i/one', Readable.from([Buffer.from('one')]));
    const listed = await raw.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'from-settings/' }));
    expect((listed.Contents ?? []).map((object) => object.Key)).toEqual(['from-settings/cases/i/one']);
  });

  it('builds the local store', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-local-'));
    try {
      const local = blobStoreFromSettings({ kind: 'local', root });
      await local.put('cases/j/one', Readable.from([Buffer.from('one')]));
      expect(fs.readFileSync(path.join(root, 'cases/j/one'), 'utf8')).toBe('one');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses half a key pair instead of silently using other credentials', () => {
    const half = { kind: 's3', bucket, region: 'us-east-1', forcePathStyle: false } as const;
    expect(() => blobStoreFromSettings({ ...half, accessKeyId: 'AKIA' })).toThrow(/together/);
    expect(() => blobStoreFromSettings({ ...half, accessKeyId: 'AKIA', secretAccessKey: '' })).toThrow(
      /together/,
    );
    expect(blobStoreFromSettings({ ...half, accessKeyId: '', secretAccessKey: '' })).toBeDefined();
  });
});
