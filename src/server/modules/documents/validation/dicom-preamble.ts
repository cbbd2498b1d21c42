import { fileTypeFromBuffer } from 'file-type';

/**
 * The 128-byte preamble of a DICOM Part 10 file is free for "application profiles" (PS3.10 §7.1), which
 * makes a file that is valid DICOM and, at the same time, a Windows program or a web page
 * (CVE-2019-11687). Real files carry zeros or a TIFF header (the dual-personality profile the standard
 * names), so anything else recognisable is refused rather than stored and handed to doctors.
 */

const PREAMBLE_BYTES = 128;
const TIFF_MAGICS = [
  [0x49, 0x49, 0x2a, 0x00], // "II*\0", little endian
  [0x4d, 0x4d, 0x00, 0x2a], // "MM\0*", big endian
];
// Markup a browser would render, or a script a shell would run, anywhere in the preamble.
const ACTIVE_TEXT = /<\s*[a-z!?/]|^#!/i;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** True when the preamble carries something other than zeros or a TIFF header that could run or render. */
export async function isUnsafeDicomPreamble(head: Uint8Array): Promise<boolean> {
  const preamble = head.subarray(0, PREAMBLE_BYTES);
  if (preamble.every((byte) => byte === 0)) return false;
  if (TIFF_MAGICS.some((magic) => startsWith(preamble, magic))) return false;
  if ((await fileTypeFromBuffer(preamble)) !== undefined) return true;
  return ACTIVE_TEXT.test(new TextDecoder('latin1').decode(preamble));
}
