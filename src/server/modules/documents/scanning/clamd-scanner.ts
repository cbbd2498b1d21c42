import { createReadStream } from 'node:fs';
import net, { type Socket } from 'node:net';
import { parseClamdReply } from './clamd-reply.js';
import type { MalwareScanner, ScanResult, UnscannableReason } from './scanner.js';

/**
 * ClamAV's daemon as the malware scanner, over TCP or a Unix socket. Files are sent with INSTREAM
 * (chunks prefixed by their 4-byte big-endian length, then a zero length), so clamd needs no access to
 * our disk and can run on another machine. Every failure — refused connection, timeout, a stream over
 * clamd's limits, an answer we do not know — is `unscannable`, never `clean`.
 *
 * clamd.conf must set `AlertExceedsMax yes` (else content past MaxFileSize/MaxScanSize is reported "OK"
 * unscanned) and `StreamMaxLength` at least the largest upload; `maxStreamBytes` should mirror the latter.
 */

export type ClamdAddress = { host: string; port: number } | { socketPath: string };

export type ClamdScannerOptions = {
  address: ClamdAddress;
  /** From connecting to the verdict; clamd's own MaxScanTime defaults to two minutes. */
  timeoutMs?: number;
  connectTimeoutMs?: number;
  chunkBytes?: number;
  /**
   * clamd's StreamMaxLength: larger files are unscannable without being sent. Set it: clamd answers an
   * over-long stream and hangs up while data is still arriving, which resets the connection, and a reset
   * may discard its answer before it is read — the file is then `scanner_error` instead of
   * `over_scanner_limit` (unscannable either way).
   */
  maxStreamBytes?: number;
};

const DEFAULTS = { timeoutMs: 150_000, connectTimeoutMs: 5_000, chunkBytes: 64 * 1024 };

class ClamdFailure extends Error {
  constructor(readonly reason: UnscannableReason) {
    super(reason);
  }
}

type Timeouts = { timeoutMs: number; connectTimeoutMs: number };

function connect(address: ClamdAddress): Socket {
  return 'socketPath' in address
    ? net.createConnection({ path: address.socketPath })
    : net.createConnection({ host: address.host, port: address.port });
}

/** Resolves once the socket can take more data, or has closed (then the reply or close decides). */
function writable(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      socket.off('drain', done);
      socket.off('close', done);
      resolve();
    };
    socket.once('drain', done);
    socket.once('close', done);
  });
}

async function send(socket: Socket, data: Uint8Array): Promise<void> {
  if (socket.destroyed || !socket.writable) return;
  if (!socket.write(data)) await writable(socket);
}

/**
 * One command: connects, lets `request` write, and resolves with clamd's reply up to its NUL. clamd may
 * answer and close before the request is fully written (a stream over its limit); the reply wins then.
 * Only an error of `request` itself (reading our file) rejects with something other than ClamdFailure.
 */
function exchange(
  address: ClamdAddress,
  timeouts: Timeouts,
  request: (socket: Socket) => Promise<void>,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(address);
    const received: Buffer[] = [];
    let connected = false;
    let settled = false;
    const settle = (outcome: { reply: string } | { error: unknown }) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(overallTimer);
      socket.destroy();
      if ('reply' in outcome) resolve(outcome.reply);
      else reject(outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error)));
    };
    const fail = (reason: UnscannableReason) => settle({ error: new ClamdFailure(reason) });
    const connectTimer = setTimeout(() => fail('scanner_unavailable'), timeouts.connectTimeoutMs);
    const overallTimer = setTimeout(() => fail('scanner_timeout'), timeouts.timeoutMs);

    socket.on('connect', () => {
      connected = true;
      clearTimeout(connectTimer);
      request(socket).catch((error: unknown) => settle({ error }));
    });
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk);
      if (chunk.includes(0)) settle({ reply: Buffer.concat(received).toString('utf8') });
    });
    // After connecting, a write error (EPIPE once clamd hung up) is followed by 'close', which decides.
    socket.on('error', () => {
      if (!connected) fail('scanner_unavailable');
    });
    socket.on('close', () => {
      if (received.length > 0) settle({ reply: Buffer.concat(received).toString('utf8') });
      else fail(connected ? 'scanner_error' : 'scanner_unavailable');
    });
  });
}

function frameLength(length: number): Uint8Array {
  const header = Buffer.alloc(4);
  header.writeUInt32BE(length);
  return header;
}

async function streamFile(socket: Socket, path: string, chunkBytes: number): Promise<void> {
  await send(socket, Buffer.from('zINSTREAM\0'));
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    if (socket.destroyed) return;
    await send(socket, frameLength(chunk.length));
    await send(socket, chunk);
  }
  await send(socket, frameLength(0));
}

export function createClamdScanner(options: ClamdScannerOptions): MalwareScanner {
  const settings = { ...DEFAULTS, ...options };
  return {
    async scan(file): Promise<ScanResult> {
      if (settings.maxStreamBytes !== undefined && file.size > settings.maxStreamBytes) {
        return { state: 'unscannable', reason: 'over_scanner_limit' };
      }
      try {
        const reply = await exchange(settings.address, settings, (socket) =>
          streamFile(socket, file.path, settings.chunkBytes),
        );
        return parseClamdReply(reply);
      } catch (error) {
        // Anything else (our own file unreadable) is not the scanner's verdict: the caller must retry.
        if (error instanceof ClamdFailure) return { state: 'unscannable', reason: error.reason };
        throw error;
      }
    },
  };
}

/** True when clamd answers PING with PONG: for readiness checks and for waiting on a starting daemon. */
export async function pingClamd(address: ClamdAddress, timeoutMs = 2_000): Promise<boolean> {
  try {
    const reply = await exchange(address, { timeoutMs, connectTimeoutMs: timeoutMs }, (socket) =>
      send(socket, Buffer.from('zPING\0')),
    );
    return reply.replace(/\0+$/, '').trim() === 'PONG';
  } catch {
    return false;
  }
}
