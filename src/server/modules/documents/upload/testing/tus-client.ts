import { createReadStream, type ReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { Upload, type UploadOptions } from 'tus-js-client';

/** tus-js-client (the Node build) as a promise: how the tests drive the server as a real client would. */

export type UploadOutcome = {
  kind: 'success' | 'error' | 'aborted';
  /** The upload URL, once the server created the upload. */
  url: string | null;
  /** Status and body of the last response (the final PATCH, or the failed request). */
  status: number | null;
  body: string;
  error: Error | null;
};

export type StartedUpload = { upload: Upload; outcome: Promise<UploadOutcome> };

/**
 * Starts an upload; `abortAfterBytes` stops it (like a dropped connection) once the server has
 * acknowledged at least that many bytes.
 */
export function startUpload(
  file: Buffer | ReadStream,
  options: UploadOptions & { abortAfterBytes?: number },
): StartedUpload {
  const { abortAfterBytes, ...tusOptions } = options;
  let upload: Upload | undefined;
  const outcome = new Promise<UploadOutcome>((resolve) => {
    const created = new Upload(file, {
      retryDelays: null,
      ...tusOptions,
      onChunkComplete: (chunkSize, accepted, total) => {
        tusOptions.onChunkComplete?.(chunkSize, accepted, total);
        if (abortAfterBytes !== undefined && accepted >= abortAfterBytes && accepted < total) {
          void created
            .abort()
            .then(() => resolve({ kind: 'aborted', url: created.url, status: null, body: '', error: null }));
        }
      },
      onSuccess: ({ lastResponse }) =>
        resolve({
          kind: 'success',
          url: created.url,
          status: lastResponse.getStatus(),
          body: lastResponse.getBody(),
          error: null,
        }),
      onError: (error) => {
        const response = 'originalResponse' in error ? error.originalResponse : null;
        resolve({
          kind: 'error',
          url: created.url,
          status: response?.getStatus() ?? null,
          body: response?.getBody() ?? '',
          error,
        });
      },
    });
    upload = created;
  });
  if (!upload) throw new Error('tus upload not created');
  upload.start();
  return { upload, outcome };
}

/**
 * A file reader for tus-js-client that reads a file (given as its ReadStream) in `readBytes` pieces: the
 * default one reads 64 KiB at a time, which on a shared 2-core machine costs the client ≈ 0.6 s of CPU per
 * GiB more (the benchmark; a browser reads a Blob slice natively, and on another machine).
 */
export function fileReaderReading(readBytes: number): NonNullable<UploadOptions['fileReader']> {
  return {
    async openFile(input: ReadStream) {
      const filePath = input.path.toString();
      const { size } = await fs.stat(filePath);
      return {
        size,
        slice(start: number, end: number) {
          const stop = Math.min(end, size);
          const stream = createReadStream(filePath, { start, end: stop - 1, highWaterMark: readBytes });
          // The Node HTTP stack of tus-js-client reads a stream's length from `size`.
          return Promise.resolve({
            value: Object.assign(stream, { size: stop - start }),
            done: stop >= size,
          });
        },
        close() {},
      };
    },
  };
}
