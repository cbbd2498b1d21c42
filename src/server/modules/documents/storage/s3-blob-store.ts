import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  AbortMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { BlobStore } from './blob-store.js';

export type S3BlobStoreOptions = {
  bucket: string;
  region: string;
  /** An S3-compatible service (MinIO, Ceph, a test peer); omitted for AWS itself. */
  endpoint?: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key`: what most S3-compatible services need. */
  forcePathStyle?: boolean;
  /** Omitted: the SDK's default chain (AWS_* environment, instance or task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Folder inside the bucket, so one bucket can hold several environments. */
  prefix?: string;
};

/** Medical records are written once (R-DOC-06): a key that already holds an object is never replaced. */
export class BlobAlreadyExistsError extends Error {
  constructor(readonly key: string) {
    super(`A stored file already exists under ${key}`);
    this.name = 'BlobAlreadyExistsError';
  }
}

// The same alphabet as the local store, so a key valid in one store is valid in the other.
const safeKey = /^[a-z0-9][a-z0-9/_-]{0,200}$/;
const safePrefix = /^[A-Za-z0-9][A-Za-z0-9/._-]{0,200}$/;

/*
 * Memory: lib-storage cuts the stream into parts and keeps each part in memory until S3 acknowledges it
 * (that is what lets the SDK retry a failed part without re-reading a stream). One part is being filled
 * while up to QUEUE_SIZE parts are in flight, so a put holds about (QUEUE_SIZE + 1) × PART_SIZE ≈ 24 MiB
 * whatever the file size; several uploads finalizing at once multiply that, so both stay small.
 * Size: S3 allows at most 10,000 parts, so 8 MiB parts allow objects up to ~78 GiB, far beyond an imaging
 * CD or DVD; the 5 MiB minimum would cap them at ~48 GiB for little memory saved.
 * Throughput: two parts in flight keep the connection busy while the next part is read and encrypted
 * (the encryption feeding this store is the slower side on a small machine); more would only add memory.
 */
const PART_SIZE = 8 * 1024 * 1024;
const QUEUE_SIZE = 2;

function statusOf(error: unknown): number | undefined {
  return error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
}

function normalizedPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').replace(/\/+$/, '');
  if (trimmed === '') return '';
  if (!safePrefix.test(trimmed) || trimmed.includes('..') || trimmed.includes('//')) {
    throw new Error('invalid storage prefix');
  }
  return `${trimmed}/`;
}

/**
 * Files in an S3 bucket (AWS or an S3-compatible service). Objects appear only whole: a multipart upload is
 * invisible until it is completed, so a failed or interrupted put never leaves a partial object under the
 * key. Nothing here deletes; the bucket's own settings (versioning, Object Lock, a deny-delete policy) are
 * what make deletion impossible rather than merely unimplemented.
 */
export function createS3BlobStore(options: S3BlobStoreOptions): BlobStore {
  const prefix = normalizedPrefix(options.prefix);
  const bucket = options.bucket;
  const client = new S3Client({
    // Checksums stay at the SDK default (WHEN_SUPPORTED): every part carries a CRC32 that S3 verifies on
    // arrival, and a GET is checked where S3 holds a whole-object checksum. S3-compatible services that
    // predate these checksums (s3rver in the tests) still work, because Upload hands the SDK each part
    // as a Buffer: the checksum then travels as a header they ignore, not as an aws-chunked trailer they
    // would store inside the object. A service that rejects x-amz-checksum-* headers outright would need
    // requestChecksumCalculation and responseChecksumValidation set to 'WHEN_REQUIRED'.
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle ?? false,
    credentials: options.credentials,
  });

  function objectKeyOf(key: string): string {
    if (!safeKey.test(key) || key.includes('..')) throw new Error('invalid storage key');
    return `${prefix}${key}`;
  }

  async function objectExists(objectKey: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey }));
      return true;
    } catch (error) {
      // HEAD answers have no body, so a missing key arrives as a bare 404 ("NotFound"), not "NoSuchKey".
      // Without s3:ListBucket, AWS answers 403 for a missing key: rethrown, as the policy must grant it.
      if (statusOf(error) === 404) return false;
      throw error;
    }
  }

  /**
   * Parts of a failed multipart upload cost storage until aborted. Best effort: the original error is what
   * the caller needs, and a bucket lifecycle rule (AbortIncompleteMultipartUpload) removes what a failed
   * abort or a crashed process leaves behind.
   */
  async function abandon(objectKey: string, uploadId: string | undefined): Promise<void> {
    if (!uploadId) return;
    try {
      await client.send(
        new AbortMultipartUploadCommand({ Bucket: bucket, Key: objectKey, UploadId: uploadId }),
      );
    } catch {
      // See above: the lifecycle rule is the backstop.
    }
  }

  return {
    async put(key, body) {
      let bytes = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          done(null, chunk);
        },
      });
      // Piped at once, so an error of the source is handled even while the existence check runs
      // (backpressure holds the source meanwhile). An error of the source destroys the counter with that
      // same error, which fails the upload with it before the upload is completed. Settles, never rejects.
      const feeding = pipeline(body, counter).then(
        () => undefined,
        (error: unknown) =>
          error instanceof Error ? error : new Error('the source stream failed', { cause: error }),
      );

      let objectKey: string;
      try {
        objectKey = objectKeyOf(key);
        // Checked first so a refused put fails before gigabytes are sent; the conditional write below is
        // what actually guarantees no overwrite where the service honours it (AWS S3 does). A service
        // that ignores If-None-Match (s3rver does) leaves a race between this check and the upload's
        // completion; keys are fresh random ids, so two writers of one key would already be a bug.
        if (await objectExists(objectKey)) throw new BlobAlreadyExistsError(key);
      } catch (error) {
        // Destroys the source too (pipeline), so whoever writes into it does not wait forever.
        counter.destroy();
        await feeding;
        throw error;
      }

      const upload = new Upload({
        client,
        params: { Bucket: bucket, Key: objectKey, Body: counter, IfNoneMatch: '*' },
        partSize: PART_SIZE,
        queueSize: QUEUE_SIZE,
        // The SDK's own abort would replace the original error with the abort's error when the abort
        // fails; abandon() aborts instead and keeps the original.
        leavePartsOnError: true,
      });
      try {
        await upload.done();
      } catch (error) {
        counter.destroy();
        await feeding;
        await abandon(objectKey, upload.uploadId);
        const status = statusOf(error);
        // 412: If-None-Match found an object; 409: another conditional write of this key was in progress.
        if (status === 412 || status === 409) throw new BlobAlreadyExistsError(key);
        throw error;
      }
      // The upload read the counter to its end, so the source has ended too; this only surfaces an error
      // the source might report after its last byte.
      const failure = await feeding;
      if (failure !== undefined) throw failure;
      return { bytes };
    },

    async get(key) {
      const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKeyOf(key) }));
      // In Node the body is the HTTP response stream (inside a checksum check when S3 sent a checksum):
      // streamed, never buffered.
      if (!(response.Body instanceof Readable)) throw new Error('S3 returned no readable body');
      return response.Body;
    },

    async exists(key) {
      return objectExists(objectKeyOf(key));
    },
  };
}
