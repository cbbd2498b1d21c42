import type { BlobStore } from './blob-store.js';
import { createLocalBlobStore } from './local-blob-store.js';
import { createS3BlobStore } from './s3-blob-store.js';

/**
 * Where document files live, as the validated configuration says (STORAGE=local|s3 and the S3_* settings).
 * Local is the embedded default; s3 is for production, where several app instances share one bucket.
 */
export type BlobStoreSettings =
  | { kind: 'local'; root: string }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      /** Omitted for AWS S3; the URL of an S3-compatible service otherwise. */
      endpoint?: string;
      forcePathStyle: boolean;
      /** Both or neither: without them the SDK's default chain (instance or task role) is used. */
      accessKeyId?: string;
      secretAccessKey?: string;
      prefix?: string;
    };

/** An unset environment variable often arrives as an empty string: both mean "not given". */
function given(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** Builds the store; no request is made until the first use. */
export function blobStoreFromSettings(settings: BlobStoreSettings): BlobStore {
  switch (settings.kind) {
    case 'local':
      return createLocalBlobStore(settings.root);
    case 's3': {
      const accessKeyId = given(settings.accessKeyId);
      const secretAccessKey = given(settings.secretAccessKey);
      // Half a key pair would silently fall back to whatever the default chain finds: refuse it instead.
      if ((accessKeyId === undefined) !== (secretAccessKey === undefined)) {
        throw new Error('S3 access key id and secret access key must be given together');
      }
      return createS3BlobStore({
        bucket: settings.bucket,
        region: settings.region,
        endpoint: given(settings.endpoint),
        forcePathStyle: settings.forcePathStyle,
        credentials:
          accessKeyId !== undefined && secretAccessKey !== undefined
            ? { accessKeyId, secretAccessKey }
            : undefined,
        prefix: given(settings.prefix),
      });
    }
    default: {
      const unknown: never = settings;
      throw new Error(`Unknown storage kind ${JSON.stringify(unknown)}`);
    }
  }
}
