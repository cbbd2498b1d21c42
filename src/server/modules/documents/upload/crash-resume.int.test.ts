import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newMasterKeyBase64 } from '../storage/envelope.js';
import { writePseudoRandomFile } from './testing/pseudo-random-file.js';
import { startUpload } from './testing/tus-client.js';

/**
 * The promise of resumable uploads, tested for real: a separate server process is killed with SIGKILL
 * in the middle of a 200 MB upload (no chance to flush or clean up), started again on the same port and
 * data folder, and the same client resumes from the offset the disk holds. The file must arrive with the
 * SHA-256 the sender computed.
 */

const projectRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const serverEntry = fileURLToPath(new URL('./testing/upload-test-server.ts', import.meta.url));
const fileBytes = 200 * 1024 ** 2;
const chunkSize = 4 * 1024 ** 2;
const owner = { 'x-test-owner': 'patient-crash-test' };

type RunningServer = { process: ChildProcess; port: number; output: () => string };

async function startServer(dataDir: string, masterKey: string, port: number): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    cwd: projectRoot,
    env: { ...process.env, DATA_DIR: dataDir, MASTER_KEY: masterKey, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const listening = new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`upload test server exited (${code}):\n${output}`)));
  });
  return { process: child, port: await listening, output: () => output };
}

async function kill(server: RunningServer): Promise<void> {
  if (server.process.exitCode !== null || server.process.signalCode !== null) return;
  const exited = once(server.process, 'exit');
  server.process.kill('SIGKILL');
  await exited;
}

/** Waits (briefly) until the server has written part of the chunk after `accepted`, then kills it. */
async function killMidChunk(server: RunningServer, dataDir: string, accepted: number): Promise<void> {
  const staging = path.join(dataDir, 'uploads', 'staging');
  const deadline = Date.now() + 2000;
  while (Date.now() < deadline) {
    const [id] = (await fs.readdir(staging)).filter((name) => !name.endsWith('.json'));
    if (id && (await fs.stat(path.join(staging, id))).size > accepted) break;
  }
  await kill(server);
}

let workDir: string;
let running: RunningServer | undefined;

beforeAll(async () => {
  workDir = await fs.mkdtemp(path.join(tmpdir(), 'consilium-crash-'));
});

afterAll(async () => {
  if (running) await kill(running);
  await fs.rm(workDir, { recursive: true, force: true });
});

describe('an upload across a server crash', () => {
  it('resumes after SIGKILL and a restart, arriving with the same SHA-256', { timeout: 60_000 }, async () => {
    // A "scanned PDF": PDF signature, then incompressible deterministic bytes.
    const source = await writePseudoRandomFile(
      path.join(workDir, 'referral-scan.pdf'),
      fileBytes,
      'consilium crash-resume',
      Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
    );
    const dataDir = path.join(workDir, 'data');
    const masterKey = newMasterKeyBase64();
    const metadata = {
      filename: 'referral-scan.pdf',
      sha256: source.sha256,
      checklistItem: 'referral',
      caseId: '7d1c1b58-8a4e-4c1e-9a38-2f4b4d1f0c11',
    };
    const first = await startServer(dataDir, masterKey, 0);
    running = first;

    // Killed once about 45% is acknowledged, while the next chunk is being written to disk.
    let killed: Promise<void> | undefined;
    let acknowledgedAtKill = 0;
    const interrupted = await startUpload(createReadStream(source.path), {
      endpoint: `http://127.0.0.1:${first.port}/api/v1/uploads`,
      headers: owner,
      metadata,
      chunkSize,
      onChunkComplete: (_size, accepted) => {
        if (killed || accepted < 0.45 * fileBytes) return;
        acknowledgedAtKill = accepted;
        killed = killMidChunk(first, dataDir, accepted);
      },
    }).outcome;
    await killed;
    expect(interrupted.kind).toBe('error');
    expect(interrupted.url).toMatch(/\/api\/v1\/uploads\/[0-9a-f]{32}$/);
    const url = interrupted.url ?? '';

    running = await startServer(dataDir, masterKey, first.port);
    const head = await fetch(url, { method: 'HEAD', headers: { ...owner, 'tus-resumable': '1.0.0' } });
    const offset = Number(head.headers.get('upload-offset'));
    // Nothing acknowledged is lost; bytes of the chunk cut off mid-way may be kept as well.
    expect(offset).toBeGreaterThanOrEqual(acknowledgedAtKill);
    expect(offset).toBeGreaterThan(0.3 * fileBytes);
    expect(offset).toBeLessThan(0.6 * fileBytes);

    const acknowledged: number[] = [];
    const resumed = await startUpload(createReadStream(source.path), {
      uploadUrl: url,
      headers: owner,
      metadata,
      chunkSize,
      onChunkComplete: (_size, accepted) => acknowledged.push(accepted),
    }).outcome;

    expect(resumed.kind, `${resumed.body}\n${running.output()}`).toBe('success');
    expect(acknowledged[0]).toBe(offset + chunkSize);
    expect(JSON.parse(resumed.body)).toMatchObject({
      status: 'received',
      sha256: source.sha256,
      bytes: fileBytes,
      kind: 'pdf',
    });
  });
});
