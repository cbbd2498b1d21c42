import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { MasterKey } from '../../storage/envelope.js';
import { newSegmentedFile, sealSegment } from '../../storage/segmented-format.js';
import type { StagedCiphertext } from '../encrypting-file-store.js';

/** Writes `bytes` to `file` as a complete staged upload would hold them (for finalizing tests). */
export async function writeStagedFile(
  master: MasterKey,
  file: string,
  bytes: Uint8Array,
  segmentBytes = 64 * 1024,
): Promise<StagedCiphertext> {
  const { key, encryption } = newSegmentedFile(master, segmentBytes);
  const parts: Buffer[] = [];
  let lastTag = '';
  for (let index = 0; index === 0 || index * segmentBytes < bytes.length; index += 1) {
    const start = index * segmentBytes;
    const isLast = start + segmentBytes >= bytes.length;
    const { ciphertext, tag } = sealSegment(key, index, bytes.subarray(start, start + segmentBytes), isLast);
    parts.push(...ciphertext, tag);
    lastTag = tag.toString('base64');
  }
  await fs.writeFile(file, Buffer.concat(parts), { mode: 0o600 });
  return { path: file, encryption, lastTag, sha256: createHash('sha256').update(bytes).digest('hex') };
}
