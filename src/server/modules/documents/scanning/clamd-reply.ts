import type { ScanResult } from './scanner.js';

/**
 * Reads clamd's answer to INSTREAM. Anything not recognised as a plain "OK" is not clean: an unknown
 * answer from a newer clamd must send a file to review, not wave it through.
 */

// With AlertExceedsMax / AlertEncrypted, clamd reports what it could not look into as a "heuristic
// detection". That is not malware found, and not clean either.
const LIMIT_HEURISTIC = /^Heuristics\.Limits\.Exceeded(\.|$)/;
const ENCRYPTED_HEURISTIC = /^Heuristics\.Encrypted(\.|$)/;

export function parseClamdReply(raw: string): ScanResult {
  const reply = raw.replace(/\0+$/, '').trim();
  if (/^stream: OK$/.test(reply)) return { state: 'clean' };

  const found = /^stream: (.+) FOUND$/.exec(reply);
  const signature = found?.[1];
  if (signature !== undefined) {
    if (LIMIT_HEURISTIC.test(signature)) return { state: 'unscannable', reason: 'over_scanner_limit' };
    if (ENCRYPTED_HEURISTIC.test(signature)) return { state: 'unscannable', reason: 'encrypted' };
    return { state: 'infected', signature };
  }
  // "INSTREAM size limit exceeded. ERROR": the stream passed StreamMaxLength.
  if (/size limit exceeded/i.test(reply)) return { state: 'unscannable', reason: 'over_scanner_limit' };
  return { state: 'unscannable', reason: 'scanner_error' };
}
