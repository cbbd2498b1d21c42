import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  type CipherGCM,
  type DecipherGCM,
} from 'node:crypto';

/**
 * Envelope encryption at rest: each file has its own random data key (AES-256-GCM); the data key is
 * stored only wrapped by the master key, with the master key's id so keys can be rotated.
 */
export type MasterKey = { id: string; key: Buffer };

export type FileEncryption = {
  /** Which master key wrapped the data key. */
  keyId: string;
  /** iv ‖ ciphertext ‖ tag of the data key, base64. */
  wrappedKey: string;
  /**
   * Single-GCM files (no `format`): the IV of the file's one GCM stream. Segmented files: the per-file
   * nonce prefix. Base64.
   */
  iv: string;
  /** Absent: one GCM stream, tag kept beside. `segmented-v1`: see segmented-format.ts. */
  format?: 'segmented-v1';
  /** Plaintext bytes per sealed segment (segmented files only). */
  segmentBytes?: number;
};

const ivLength = 12;
const tagLength = 16;

export function masterKeyFrom(base64: string): MasterKey {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('The master key must be 32 bytes, base64-encoded');
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 16), key };
}

export function newMasterKeyBase64(): string {
  return randomBytes(32).toString('base64');
}

function wrap(master: MasterKey, dataKey: Buffer): string {
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv('aes-256-gcm', master.key, iv);
  const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64');
}

function unwrap(master: MasterKey, wrapped: string): Buffer {
  const bytes = Buffer.from(wrapped, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', master.key, bytes.subarray(0, ivLength), {
    authTagLength: tagLength,
  });
  decipher.setAuthTag(bytes.subarray(bytes.length - tagLength));
  return Buffer.concat([
    decipher.update(bytes.subarray(ivLength, bytes.length - tagLength)),
    decipher.final(),
  ]);
}

/** A fresh data key for one file, and its wrapped form to store. */
export function newDataKey(master: MasterKey): { dataKey: Buffer; keyId: string; wrappedKey: string } {
  const dataKey = randomBytes(32);
  return { dataKey, keyId: master.id, wrappedKey: wrap(master, dataKey) };
}

/** The data key of a stored file, unwrapped by the master key that wrapped it. */
export function unwrapDataKey(
  masters: ReadonlyMap<string, MasterKey>,
  encryption: Pick<FileEncryption, 'keyId' | 'wrappedKey'>,
): Buffer {
  const master = masters.get(encryption.keyId);
  if (!master) throw new Error(`Unknown master key ${encryption.keyId}`);
  return unwrap(master, encryption.wrappedKey);
}

/** A cipher for a new file, and what must be stored to read it back (plus the tag at the end). */
export function startEncryption(master: MasterKey): { cipher: CipherGCM; encryption: FileEncryption } {
  const dataKey = randomBytes(32);
  const iv = randomBytes(ivLength);
  return {
    cipher: createCipheriv('aes-256-gcm', dataKey, iv),
    encryption: { keyId: master.id, wrappedKey: wrap(master, dataKey), iv: iv.toString('base64') },
  };
}

/**
 * A decipher for a stored file. The tag is checked when the stream ends: a changed byte makes the read
 * fail instead of returning altered medical data.
 */
export function startDecryption(
  masters: ReadonlyMap<string, MasterKey>,
  encryption: FileEncryption,
  authTag: string,
): DecipherGCM {
  const decipher = createDecipheriv(
    'aes-256-gcm',
    unwrapDataKey(masters, encryption),
    Buffer.from(encryption.iv, 'base64'),
    { authTagLength: tagLength },
  );
  const tag = Buffer.from(authTag, 'base64');
  // A shortened tag would weaken the integrity check: only the full 16 bytes are accepted.
  if (tag.length !== tagLength) throw new Error('Invalid authentication tag');
  decipher.setAuthTag(tag);
  return decipher;
}
