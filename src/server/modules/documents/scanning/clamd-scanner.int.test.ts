import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClamdScanner, pingClamd, type ClamdAddress } from './clamd-scanner.js';

/**
 * Against a real clamd started here with its own configuration and a signature database written here
 * (the EICAR test file by hash, and a custom byte signature of ours), so no signature download is needed.
 * CI must have the Debian package clamav-daemon installed; the system service itself is not used.
 */

const CLAMD = process.env.CLAMD_PATH ?? '/usr/sbin/clamd';
const STREAM_MAX_BYTES = 1024 * 1024; // StreamMaxLength 1M
const FILE_MAX_BYTES = 256 * 1024; // MaxFileSize 256K

// Split so that this source file is not itself the EICAR test file to a scanner on a developer's machine.
const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR' + '-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
const CUSTOM = 'CONSILIUM-CUSTOM-TEST-SIGNATURE-7f3a';

const work = mkdtempSync(path.join(os.tmpdir(), 'consilium-clamd-'));
const socketPath = path.join(work, 'clamd.sock');
let tcp: ClamdAddress;
let daemon: ChildProcess | null = null;
let daemonOutput = '';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function writeDatabase(folder: string): void {
  mkdirSync(folder);
  const md5 = createHash('md5').update(EICAR).digest('hex');
  writeFileSync(path.join(folder, 'consilium-test.hdb'), `${md5}:${EICAR.length}:Consilium.Test.EICAR\n`);
  const hex = Buffer.from(CUSTOM).toString('hex');
  writeFileSync(path.join(folder, 'consilium-test.ndb'), `Consilium.Test.Custom-1:0:*:${hex}\n`);
}

async function startClamd(): Promise<void> {
  if (!existsSync(CLAMD)) {
    throw new Error(`clamd not found at ${CLAMD}: apt-get install -y clamav-daemon (or set CLAMD_PATH)`);
  }
  writeDatabase(path.join(work, 'db'));
  const port = await freePort();
  tcp = { host: '127.0.0.1', port };
  const config = [
    'Foreground yes',
    `TCPSocket ${port}`,
    'TCPAddr 127.0.0.1',
    `LocalSocket ${socketPath}`,
    `DatabaseDirectory ${path.join(work, 'db')}`,
    `TemporaryDirectory ${work}`,
    'StreamMaxLength 1M',
    'MaxFileSize 256K',
    'MaxScanSize 256K',
    // Without it, content past MaxFileSize/MaxScanSize is answered "OK": unscanned, yet called clean.
    'AlertExceedsMax yes',
  ];
  writeFileSync(path.join(work, 'clamd.conf'), `${config.join('\n')}\n`);
  const child = spawn(CLAMD, ['--config-file', path.join(work, 'clamd.conf')], { stdio: 'pipe' });
  daemon = child;
  child.stdout.on('data', (chunk: Buffer) => (daemonOutput += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (daemonOutput += chunk.toString()));
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`clamd exited (${child.exitCode}):\n${daemonOutput}`);
    if (await pingClamd(tcp, 500)) return;
    await sleep(100);
  }
  throw new Error(`clamd did not answer PING within 30 s:\n${daemonOutput}`);
}

async function stopClamd(): Promise<void> {
  const child = daemon;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

beforeAll(startClamd);
afterAll(async () => {
  await stopClamd();
  rmSync(work, { recursive: true, force: true });
});

let count = 0;
function file(content: string | Uint8Array): { path: string; size: number } {
  count += 1;
  const target = path.join(work, `upload-${count}`);
  writeFileSync(target, content);
  return { path: target, size: Buffer.byteLength(content) };
}

const cleanPdf = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

describe('createClamdScanner against a real clamd', () => {
  it('finds the EICAR test file', async () => {
    const result = await createClamdScanner({ address: tcp }).scan(file(EICAR));
    expect(result).toEqual({ state: 'infected', signature: 'Consilium.Test.EICAR.UNOFFICIAL' });
  });

  it('finds a custom signature inside a larger file, and names it', async () => {
    const content = Buffer.concat([Buffer.from(cleanPdf), randomBytes(100_000), Buffer.from(CUSTOM)]);
    const result = await createClamdScanner({ address: tcp }).scan(file(content));
    expect(result).toEqual({ state: 'infected', signature: 'Consilium.Test.Custom-1.UNOFFICIAL' });
  });

  it('calls a clean PDF clean', async () => {
    expect(await createClamdScanner({ address: tcp }).scan(file(cleanPdf))).toEqual({ state: 'clean' });
  });

  it('frames a file in many small chunks (EICAR split across chunk boundaries)', async () => {
    const scanner = createClamdScanner({ address: tcp, chunkBytes: 7 });
    expect((await scanner.scan(file(EICAR))).state).toBe('infected');
    expect(await scanner.scan(file(randomBytes(20_000)))).toEqual({ state: 'clean' });
  });

  it('speaks over the Unix socket too', async () => {
    const scanner = createClamdScanner({ address: { socketPath } });
    expect(await scanner.scan(file(cleanPdf))).toEqual({ state: 'clean' });
    expect((await scanner.scan(file(EICAR))).state).toBe('infected');
  });

  it('a file over StreamMaxLength is unscannable, never clean', async () => {
    const result = await createClamdScanner({ address: tcp }).scan(file(randomBytes(2 * STREAM_MAX_BYTES)));
    // clamd answers "size limit exceeded" and closes with our data still unread, so the kernel resets
    // the connection; under load the reset can discard the answer before Node reads it.
    expect(result.state).toBe('unscannable');
    expect(['over_scanner_limit', 'scanner_error']).toContain(
      result.state === 'unscannable' && result.reason,
    );
  });

  it('a file over MaxFileSize is unscannable (clamd would say "OK" without AlertExceedsMax)', async () => {
    const result = await createClamdScanner({ address: tcp }).scan(file(randomBytes(2 * FILE_MAX_BYTES)));
    expect(result).toEqual({ state: 'unscannable', reason: 'over_scanner_limit' });
  });

  it('a file over the configured stream limit is unscannable without being sent', async () => {
    const scanner = createClamdScanner({ address: tcp, maxStreamBytes: 10 });
    expect(await scanner.scan(file(EICAR))).toEqual({ state: 'unscannable', reason: 'over_scanner_limit' });
  });

  it('a scanner that accepts but never answers times out as unscannable', async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const scanner = createClamdScanner({ address: { host: '127.0.0.1', port }, timeoutMs: 300 });
      expect(await scanner.scan(file(cleanPdf))).toEqual({ state: 'unscannable', reason: 'scanner_timeout' });
    } finally {
      silent.close();
    }
  });

  it('a file that cannot be read is an error for the caller to retry, not a verdict', async () => {
    const scanner = createClamdScanner({ address: tcp });
    await expect(scanner.scan({ path: path.join(work, 'missing'), size: 10 })).rejects.toThrow(/ENOENT/);
  });

  it('once clamd has stopped, every file is unscannable, never clean', async () => {
    await stopClamd();
    expect(await pingClamd(tcp)).toBe(false);
    expect(await createClamdScanner({ address: tcp }).scan(file(cleanPdf))).toEqual({
      state: 'unscannable',
      reason: 'scanner_unavailable',
    });
    expect(await createClamdScanner({ address: { socketPath } }).scan(file(cleanPdf))).toEqual({
      state: 'unscannable',
      reason: 'scanner_unavailable',
    });
  });
});
