type Detachable = ArrayBuffer & { transfer(length: number): ArrayBuffer };

/**
 * Frees a buffer's memory now rather than at V8's next full collection: buffers live outside the heap, and
 * a large upload otherwise piles up tens of MB of them between collections (and triggers more of those,
 * each marking the whole heap). Only a buffer that owns its whole memory is released, as cipher output
 * and the HTTP parser's body chunks do; the caller must be its last user.
 */
export function releaseBuffer(buffer: Buffer): void {
  const memory = buffer.buffer;
  if (buffer.byteOffset === 0 && memory instanceof ArrayBuffer && memory.byteLength === buffer.length) {
    (memory as Detachable).transfer(0);
  }
}
