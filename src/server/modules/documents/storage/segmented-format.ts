import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { newDataKey, type FileEncryption, type MasterKey } from './envelope.js';

/**
 * The segmented encryption format (`segmented-v1`, the STREAM construction of age and Tink's streaming
 * AEAD): the plaintext is cut into fixed-size segments, each sealed on its own with AES-256-GCM under the
 * file's data key. Nonce = 8-byte per-file prefix ‖ 4-byte big-endian segment counter; the associated data
 * is one byte saying whether the segment is the last. So a segment moved, swapped, changed, dropped or a
 * file cut short fails to open, and a file can be sealed piece by piece as an upload arrives (one GCM
 * stream cannot be resumed after a restart). On disk: the sealed segments back to back, each
 * ciphertext ‖ 16-byte tag; every segment is full except the last, which may be shorter (or empty).
 */

export const SEGMENTED_FORMAT = 'segmented-v1';
export const DEFAULT_SEGMENT_BYTES = 1024 * 1024;
export const TAG_BYTES = 16;
const PREFIX_BYTES = 8;
const MAX_SEGMENTS = 2 ** 32;
const notLast = Buffer.from([0]);
const last = Buffer.from([1]);

/**
 * What sealing and opening a file's segments needs: its data key, nonce prefix and segment size. The key
 * is a KeyObject, made once per file: a raw key would be imported again for every segment's cipher.
 */
export type SegmentKey = { dataKey: KeyObject; prefix: Buffer; segmentBytes: number };

/** A new file's segment key, and the encryption record to store with it. */
export function newSegmentedFile(
  master: MasterKey,
  segmentBytes = DEFAULT_SEGMENT_BYTES,
): { key: SegmentKey; encryption: FileEncryption } {
  const { dataKey, keyId, wrappedKey } = newDataKey(master);
  const prefix = randomBytes(PREFIX_BYTES);
  return {
    key: { dataKey: createSecretKey(dataKey), prefix, segmentBytes },
    encryption: {
      keyId,
      wrappedKey,
      iv: prefix.toString('base64'),
      format: SEGMENTED_FORMAT,
      segmentBytes,
    },
  };
}

/** The segment key of a stored file, given its unwrapped data key. */
export function segmentKeyOf(encryption: FileEncryption, dataKey: Buffer): SegmentKey {
  const prefix = Buffer.from(encryption.iv, 'base64');
  const segmentBytes = encryption.segmentBytes ?? 0;
  if (encryption.format !== SEGMENTED_FORMAT || prefix.length !== PREFIX_BYTES || segmentBytes < 1) {
    throw new Error('not a segmented file');
  }
  return { dataKey: createSecretKey(dataKey), prefix, segmentBytes };
}

/** Bytes a whole file of `plaintextBytes` takes on disk once sealed. */
export const sealedFileBytes = (plaintextBytes: number, segmentBytes = DEFAULT_SEGMENT_BYTES) =>
  plaintextBytes + TAG_BYTES * Math.max(1, Math.ceil(plaintextBytes / segmentBytes));

/** Bytes a sealed segment takes on disk. */
export const sealedBytes = (key: SegmentKey) => key.segmentBytes + TAG_BYTES;

function nonce(key: SegmentKey, index: number): Buffer {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_SEGMENTS) throw new Error('segment out of range');
  const bytes = Buffer.alloc(12);
  key.prefix.copy(bytes, 0);
  bytes.writeUInt32BE(index, PREFIX_BYTES);
  return bytes;
}

/** Ciphertext comes out in pieces of this size: small enough to be freed and reused cheaply. */
const PIECE_BYTES = 64 * 1024;

/** Seals segment `index`: the ciphertext, in pieces, and the tag (write them all, in that order). */
export function sealSegment(
  key: SegmentKey,
  index: number,
  plaintext: Uint8Array,
  isLast: boolean,
): { ciphertext: Buffer[]; tag: Buffer } {
  if (plaintext.length > key.segmentBytes || (!isLast && plaintext.length !== key.segmentBytes)) {
    throw new Error('only the last segment may be shorter than the segment size');
  }
  const cipher = createCipheriv('aes-256-gcm', key.dataKey, nonce(key, index), { authTagLength: TAG_BYTES });
  cipher.setAAD(isLast ? last : notLast);
  const ciphertext: Buffer[] = [];
  for (let start = 0; start < plaintext.length; start += PIECE_BYTES) {
    ciphertext.push(cipher.update(plaintext.subarray(start, start + PIECE_BYTES)));
  }
  // GCM is a stream mode: final() adds no bytes, it only computes the tag.
  cipher.final();
  return { ciphertext, tag: cipher.getAuthTag() };
}

/** Opens sealed segment `index` (ciphertext ‖ tag); throws if it is not exactly what was sealed there. */
export function openSegment(key: SegmentKey, index: number, sealed: Uint8Array, isLast: boolean): Buffer {
  if (sealed.length < TAG_BYTES || sealed.length > sealedBytes(key)) throw new Error('malformed segment');
  const decipher = createDecipheriv('aes-256-gcm', key.dataKey, nonce(key, index), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(isLast ? last : notLast);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  const plaintext = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
  decipher.final();
  return plaintext;
}
