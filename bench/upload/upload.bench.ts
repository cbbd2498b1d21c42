import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import serverNodeFlags from '../../scripts/server-node-flags.json' with { type: 'json' };
import { newMasterKeyBase64 } from '../../src/server/modules/documents/storage/envelope.js';
import { sealedFileBytes } from '../../src/server/modules/documents/storage/segmented-format.js';
import { syncFolder } from '../../src/server/modules/documents/storage/sync-folder.js';
import { writePseudoRandomFile } from '../../src/server/modules/documents/upload/testing/pseudo-random-file.js';
import {
  fileReaderReading,
  startUpload,
} from '../../src/server/modules/documents/upload/testing/tus-client.js';
import { readCpuSeconds, readRss } from './proc-stats.js';

/**
 * bench/upload: a large upload through the full stack (tus-js-client → Fastify → tus, hashed and
 * encrypted into staging as it arrives → finalizer: hash compared, classify, link into the blob store,
 * no-scanner; the server with `npm start`'s V8 flags) against a plain stream copy of the same bytes to the
 * same file system with fsync, alternated in one run. It reports ratios against the baseline measured in the same run (the machines are noisy), and the
 * upload server's peak RSS for a small and a large file. It is a report, not a test: exit 0 either way.
 *
 *   node_modules/.bin/node --import tsx bench/upload/upload.bench.ts [--size-mib 1024] [--rounds 3]
 *
 * See bench/upload/README.md.
 */

const { values: args } = parseArgs({
  options: {
    'size-mib': { type: 'string', default: '1024' },
    'small-mib': { type: 'string', default: '64' },
    rounds: { type: 'string', default: '3' },
    'chunk-mib': { type: 'string', default: '16' },
    dir: { type: 'string', default: tmpdir() },
  },
  strict: true,
});

const MiB = 1024 ** 2;
const MB = 1000 ** 2;
const sizeMiB = positiveInt('size-mib', args['size-mib']);
const smallMiB = positiveInt('small-mib', args['small-mib']);
const rounds = positiveInt('rounds', args.rounds);
const chunkMiB = positiveInt('chunk-mib', args['chunk-mib']);
const baseDir = path.resolve(args.dir);

const TARGET_RATIO = 0.8;
const TARGET_PEAK_BYTES = 200 * MB;
/** "Flat": the large file's peak RSS is at most this much above the small file's. */
const FLAT_TOLERANCE = 0.25;

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const serverEntry = path.join(
  projectRoot,
  'src/server/modules/documents/upload/testing/upload-test-server.ts',
);
// A "scanned PDF": the signature classifies it as a PDF, the rest is incompressible deterministic bytes.
const pdfPrefix = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
const owner = { 'x-test-owner': 'patient-bench' };

function positiveInt(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

type Source = { path: string; bytes: number; sha256: string };

/** Flushes every file system: what one phase wrote (or deleted) must not be written back during the next. */
function settleDisk(): void {
  spawnSync('sync', { stdio: 'ignore' });
}

// ---------------------------------------------------------------------------------------------------
// Baseline: a plain stream copy of the same bytes to the same file system, made durable.

async function baselineCopy(source: Source, target: string): Promise<{ ms: number }> {
  const started = performance.now();
  // flush: fsync before close, as the blob store writes; then the folder, so the new name is durable.
  await pipeline(createReadStream(source.path), createWriteStream(target, { mode: 0o600, flush: true }));
  await syncFolder(path.dirname(target));
  const ms = performance.now() - started;
  const { size } = await fs.stat(target);
  if (size !== source.bytes) throw new Error(`baseline copy has ${size} bytes, expected ${source.bytes}`);
  return { ms };
}

// ---------------------------------------------------------------------------------------------------
// Full stack: the standalone upload server in its own process, driven by tus-js-client.

type Server = { child: ChildProcess; port: number; output: () => string };

let activeServer: Server | undefined;

async function startServer(dataDir: string, masterKey: string, maxFileBytes: number): Promise<Server> {
  const child = spawn(process.execPath, [...serverNodeFlags, '--import', 'tsx', serverEntry], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      MASTER_KEY: masterKey,
      PORT: '0',
      MAX_FILE_BYTES: String(maxFileBytes),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const append = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stderr?.on('data', append);
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      append(chunk);
      const match = /listening (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(new Error(`upload test server exited (${code ?? signal}):\n${output}`)),
    );
  });
  const server = { child, port, output: () => output };
  activeServer = server;
  return server;
}

async function stopServer(server: Server): Promise<void> {
  if (activeServer === server) activeServer = undefined;
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

type FullStackResult = {
  /** POST creating the upload → receipt in the last PATCH's answer. */
  ms: number;
  /** Until the last byte was in the server's staging file. */
  transferMs: number;
  /** Last byte staged → receipt (finalizing: classify, encrypt + hash + fsync, compare, scan). */
  finalizeMs: number;
  spawnMs: number;
  idleRss: number;
  /** VmHWM once listening: the peak of starting up (loading modules, compiling TypeScript). */
  startupPeakRss: number;
  /** VmHWM just before the server is stopped: the process's peak RSS, spikes between samples included. */
  peakRss: number;
  /** Highest VmRSS seen by sampling every 20 ms during the upload (a cross-check of VmHWM). */
  sampledPeakRss: number;
  /** The server's CPU time (user + system, all threads) from the creating POST to the receipt. */
  serverCpuS: number;
  /** The benchmark's own CPU time over the same span: tus-js-client, sharing the machine's cores. */
  clientCpuS: number;
};

async function fullStackUpload(source: Source, dataDir: string, chunkSize: number): Promise<FullStackResult> {
  const spawnStarted = performance.now();
  const server = await startServer(dataDir, newMasterKeyBase64(), Math.max(source.bytes, 1024 ** 3));
  try {
    const spawnMs = performance.now() - spawnStarted;
    const pid = server.child.pid ?? NaN;
    const idle = readRss(pid);
    if (!idle) throw new Error('cannot read the server process status from /proc');
    let sampledPeakRss = idle.rss;
    // When every byte is in the staging file (sealed as it arrives), finalizing starts. Watched from outside,
    // so the upload server runs unchanged; the resolution is the sampling interval.
    const stagingDir = path.join(dataDir, 'uploads', 'staging');
    let lastByteStagedAt: number | undefined;
    let checking = false;
    const checkStaging = async () => {
      const names = (await fs.readdir(stagingDir)).filter((name) => /^[0-9a-f]{32}$/.test(name));
      for (const name of names) {
        const { size } = await fs.stat(path.join(stagingDir, name));
        if (size === sealedFileBytes(source.bytes)) lastByteStagedAt ??= performance.now();
      }
    };
    const sampler = setInterval(() => {
      const now = readRss(pid);
      if (now) sampledPeakRss = Math.max(sampledPeakRss, now.rss);
      if (lastByteStagedAt !== undefined || checking) return;
      checking = true;
      checkStaging()
        .catch(() => undefined) // gone meanwhile: finalizing removed it
        .finally(() => (checking = false));
    }, 20);

    const file = createReadStream(source.path);
    const cpuBefore = readCpuSeconds(pid) ?? NaN;
    const clientCpuBefore = process.cpuUsage();
    const started = performance.now();
    const outcome = await startUpload(file, {
      endpoint: `http://127.0.0.1:${server.port}/api/v1/uploads`,
      headers: owner,
      metadata: {
        filename: 'bench-scan.pdf',
        sha256: source.sha256,
        checklistItem: 'referral',
        caseId: '7d1c1b58-8a4e-4c1e-9a38-2f4b4d1f0c11',
      },
      chunkSize,
      // 1 MiB reads: the client stands in for a browser on another machine, so it should take as little
      // of the two cores it shares with the server as it can (README: "Client").
      fileReader: fileReaderReading(MiB),
    }).outcome;
    const finished = performance.now();
    const clientCpu = process.cpuUsage(clientCpuBefore);
    clearInterval(sampler);
    file.destroy();

    const final = readRss(pid);
    const serverCpuS = (readCpuSeconds(pid) ?? NaN) - cpuBefore;
    if (!final) throw new Error(`the upload server is gone:\n${server.output()}`);
    sampledPeakRss = Math.max(sampledPeakRss, final.rss);
    if (outcome.kind !== 'success' || outcome.status !== 200) {
      throw new Error(
        `upload failed (${outcome.kind} ${outcome.status ?? ''}): ${outcome.error?.message ?? ''}\n` +
          `${outcome.body}\n${server.output()}`,
      );
    }
    const receipt = JSON.parse(outcome.body) as Record<string, unknown>;
    if (
      receipt.status !== 'received' ||
      receipt.sha256 !== source.sha256 ||
      receipt.bytes !== source.bytes ||
      receipt.kind !== 'pdf' ||
      receipt.scanState !== 'unscannable'
    ) {
      throw new Error(`unexpected receipt: ${outcome.body}`);
    }
    const transferEnd = lastByteStagedAt ?? finished;
    return {
      ms: finished - started,
      transferMs: transferEnd - started,
      finalizeMs: finished - transferEnd,
      spawnMs,
      idleRss: idle.rss,
      startupPeakRss: idle.hwm,
      peakRss: final.hwm,
      sampledPeakRss,
      serverCpuS,
      clientCpuS: (clientCpu.user + clientCpu.system) / 1e6,
    };
  } finally {
    await stopServer(server);
  }
}

// ---------------------------------------------------------------------------------------------------
// Report

const fmtS = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fmtMB = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
const throughput = (bytes: number, ms: number) => bytes / MiB / (ms / 1000);
const fmtTp = (mibPerS: number) => `${mibPerS.toFixed(0)} MiB/s`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

const fsTypes: Record<number, string> = {
  0xef53: 'ext2/3/4',
  0x58465342: 'xfs',
  0x9123683e: 'btrfs',
  0x01021994: 'tmpfs',
  0x794c7630: 'overlayfs',
  0x2fc12fc1: 'zfs',
};

async function main(workDir: string): Promise<void> {
  const chunkSize = chunkMiB * MiB;
  const { type } = await fs.statfs(workDir);
  const fsName = fsTypes[type] ?? `type 0x${type.toString(16)}`;
  console.log(`bench/upload — ${sizeMiB} MiB × ${rounds} rounds, memory check at ${smallMiB} MiB`);
  console.log(`work dir ${workDir} (${fsName}); tus chunk ${chunkMiB} MiB; node ${process.version}`);
  if (fsName === 'tmpfs') console.log('WARNING: tmpfs — fsync costs nothing here, the ratio means little.');

  const generated = performance.now();
  const large = await writePseudoRandomFile(
    path.join(workDir, 'large.pdf'),
    sizeMiB * MiB,
    'bench',
    pdfPrefix,
  );
  const small = await writePseudoRandomFile(
    path.join(workDir, 'small.pdf'),
    smallMiB * MiB,
    'bench',
    pdfPrefix,
  );
  settleDisk();
  console.log(`generated the files in ${fmtS(performance.now() - generated)}\n`);

  // The small file first: the memory reference, and a warm-up (tsx's compile cache, the page cache).
  const smallRun = await fullStackUpload(small, path.join(workDir, 'data-small'), chunkSize);
  await fs.rm(path.join(workDir, 'data-small'), { recursive: true, force: true });
  settleDisk();
  console.log(
    `small file ${smallMiB} MiB, full stack: ${fmtS(smallRun.ms)}, ` +
      `server RSS idle ${fmtMB(smallRun.idleRss)} (startup peak ${fmtMB(smallRun.startupPeakRss)}), peak ${fmtMB(smallRun.peakRss)}\n`,
  );

  const baselines: number[] = [];
  const fullStacks: FullStackResult[] = [];
  console.log(
    'round  order  baseline copy+fsync      full stack (transfer + finalize)            ratio  server peak RSS',
  );
  for (let round = 1; round <= rounds; round++) {
    // Alternate which goes first, so neither always runs on a warmer (or more tired) machine.
    const baselineFirst = round % 2 === 1;
    let baselineMs = NaN;
    let full: FullStackResult | undefined;
    for (const phase of baselineFirst ? ['baseline', 'full'] : ['full', 'baseline']) {
      if (phase === 'baseline') {
        const target = path.join(workDir, `copy-${round}.pdf`);
        baselineMs = (await baselineCopy(large, target)).ms;
        await fs.rm(target, { force: true });
      } else {
        const dataDir = path.join(workDir, `data-${round}`);
        full = await fullStackUpload(large, dataDir, chunkSize);
        await fs.rm(dataDir, { recursive: true, force: true });
      }
      settleDisk();
    }
    if (!full) throw new Error('full-stack phase did not run');
    baselines.push(baselineMs);
    fullStacks.push(full);
    const baseTp = throughput(large.bytes, baselineMs);
    const fullTp = throughput(large.bytes, full.ms);
    console.log(
      [
        String(round).padStart(5),
        (baselineFirst ? 'B→F' : 'F→B').padEnd(5),
        `${fmtS(baselineMs)} ${fmtTp(baseTp)}`.padEnd(23),
        `${fmtS(full.ms)} ${fmtTp(fullTp)} (${fmtS(full.transferMs)} + ${fmtS(full.finalizeMs)})`.padEnd(43),
        (fullTp / baseTp).toFixed(2).padEnd(6),
        `${fmtMB(full.peakRss)} (sampled ${fmtMB(full.sampledPeakRss)})`,
      ].join('  '),
    );
  }

  const baseMedian = median(baselines.map((ms) => throughput(large.bytes, ms)));
  const fullMedian = median(fullStacks.map((run) => throughput(large.bytes, run.ms)));
  const transferMedian = median(fullStacks.map((run) => run.transferMs));
  const finalizeMedian = median(fullStacks.map((run) => run.finalizeMs));
  const cpuPerGiB = median(fullStacks.map((run) => run.serverCpuS)) / (sizeMiB / 1024);
  const clientCpuPerGiB = median(fullStacks.map((run) => run.clientCpuS)) / (sizeMiB / 1024);
  const ratio = fullMedian / baseMedian;
  const largePeak = Math.max(...fullStacks.map((run) => run.peakRss));
  const flat = largePeak <= smallRun.peakRss * (1 + FLAT_TOLERANCE);
  const underCap = largePeak < TARGET_PEAK_BYTES && smallRun.peakRss < TARGET_PEAK_BYTES;
  const ratioMet = ratio >= TARGET_RATIO;

  console.log(`
size                  ${sizeMiB} MiB (${large.bytes} bytes)
baseline (median)     ${fmtTp(baseMedian)}   stream copy + fsync file + fsync folder
full stack (median)   ${fmtTp(fullMedian)}   of which transfer ${fmtS(transferMedian)}, finalize ${fmtS(finalizeMedian)} (medians)
ratio full/baseline   ${ratio.toFixed(2)}   target ≥ ${TARGET_RATIO} → ${ratioMet ? 'met' : 'NOT met'}
server CPU            ${cpuPerGiB.toFixed(2)} s per GiB (user + system, median; per round ${fullStacks.map((run) => run.serverCpuS.toFixed(2)).join(' / ')} s)
client CPU            ${clientCpuPerGiB.toFixed(2)} s per GiB (tus-js-client in the benchmark's process, on the same cores)
server start          ${fmtS(median(fullStacks.map((run) => run.spawnMs)))} (not counted)
server peak RSS       ${fmtMB(smallRun.peakRss)} at ${smallMiB} MiB, ${fmtMB(largePeak)} at ${sizeMiB} MiB (idle ${fmtMB(smallRun.idleRss)}, startup peak ${fmtMB(smallRun.startupPeakRss)})
                      target: flat (≤ +${FLAT_TOLERANCE * 100}% from ${smallMiB} MiB) and < ${fmtMB(TARGET_PEAK_BYTES)} → ${flat && underCap ? 'met' : 'NOT met'}`);
  const verdict = ratioMet && flat && underCap ? 'MET' : 'NOT MET';
  console.log(
    `\nverdict: ${verdict} — throughput ratio ${ratio.toFixed(2)} (≥ ${TARGET_RATIO} ${ratioMet ? 'yes' : 'no'}), ` +
      `peak RSS ${fmtMB(largePeak)} (flat ${flat ? 'yes' : 'no'}, < ${fmtMB(TARGET_PEAK_BYTES)} ${underCap ? 'yes' : 'no'})`,
  );
}

const workDir = await fs.mkdtemp(path.join(baseDir, 'consilium-bench-upload-'));
async function cleanUp(): Promise<void> {
  if (activeServer) await stopServer(activeServer);
  await fs.rm(workDir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(130));
  });
}
try {
  await main(workDir);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
