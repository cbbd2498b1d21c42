import { createCipheriv, createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * A large test file with deterministic, incompressible content: AES-256-CTR's keystream for a seed
 * (fast, and the same bytes on every run). `prefix` goes first, e.g. a signature that makes the file
 * classify as a PDF. Returns the SHA-256 the sender would compute.
 */
export async function writePseudoRandomFile(
  file: string,
  bytes: number,
  seed: string,
  prefix: Buffer = Buffer.alloc(0),
): Promise<{ path: string; bytes: number; sha256: string }> {
  const key = createHash('sha256').update(seed).digest();
  const keystream = createCipheriv('aes-256-ctr', key, Buffer.alloc(16));
  const zeros = Buffer.alloc(1024 ** 2);
  const hash = createHash('sha256');
  const output = createWriteStream(file);
  const write = async (chunk: Buffer) => {
    hash.update(chunk);
    if (!output.write(chunk)) await once(output, 'drain');
  };

  await write(prefix.subarray(0, bytes));
  for (let written = Math.min(prefix.length, bytes); written < bytes;) {
    const chunk = keystream.update(zeros.subarray(0, Math.min(zeros.length, bytes - written)));
    await write(chunk);
    written += chunk.length;
  }
  output.end();
  await once(output, 'close');
  return { path: file, bytes, sha256: hash.digest('hex') };
}
