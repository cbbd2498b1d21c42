import { Transform, type TransformCallback } from 'node:stream';
import { openSegment, sealedBytes, TAG_BYTES, type SegmentKey } from './segmented-format.js';

/**
 * Decrypts a segmented file as it streams by. A full record is opened as "not last" only once a byte
 * after it has arrived; what is left at the end is opened as the last segment. So the stream errors,
 * instead of ending cleanly, when segments were changed, reordered, dropped or the file was cut short.
 * `lastTag`, when given, must be the tag of the last segment (kept beside the file, as a second check).
 */
export function createSegmentedDecipher(key: SegmentKey, lastTag?: Buffer): Transform {
  const recordBytes = sealedBytes(key);
  // One record's worth, reused: at most one segment waits here.
  const record = Buffer.allocUnsafe(recordBytes);
  let held = 0;
  let index = 0;

  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      try {
        let read = 0;
        while (read < chunk.length) {
          if (held === recordBytes) {
            // More bytes follow this record: it is not the last.
            this.push(openSegment(key, index, record, false));
            index += 1;
            held = 0;
          }
          const taken = chunk.copy(record, held, read, Math.min(chunk.length, read + recordBytes - held));
          held += taken;
          read += taken;
        }
        done();
      } catch (error) {
        done(error instanceof Error ? error : new Error(String(error)));
      }
    },
    flush(done: TransformCallback) {
      try {
        if (held < TAG_BYTES) throw new Error('encrypted file cut short');
        const sealed = record.subarray(0, held);
        const plaintext = openSegment(key, index, sealed, true);
        if (lastTag && !lastTag.equals(sealed.subarray(held - TAG_BYTES))) {
          throw new Error('encrypted file does not end with its recorded last segment');
        }
        done(null, plaintext.length > 0 ? plaintext : undefined);
      } catch (error) {
        done(error instanceof Error ? error : new Error(String(error)));
      }
    },
  });
}
