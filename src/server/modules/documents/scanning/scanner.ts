/**
 * The malware-scanner port. A stored file starts `pending`; a scan settles it. Only `clean` means a
 * scanner looked at every byte and found nothing: a file the scanner could not fully look at is
 * `unscannable` and goes to manual review, and an `infected` file is quarantined and never served.
 */

export type UnscannableReason =
  /** No scanner is configured (the embedded default). */
  | 'no_scanner'
  /** Larger than the scanner accepts (clamd StreamMaxLength, MaxFileSize, MaxScanSize, ...). */
  | 'over_scanner_limit'
  /** Encrypted content (a password-protected archive or PDF) the scanner could not open. */
  | 'encrypted'
  | 'scanner_unavailable'
  | 'scanner_timeout'
  | 'scanner_error';

export type ScanResult =
  | { state: 'clean' }
  | { state: 'infected'; signature: string }
  | { state: 'unscannable'; reason: UnscannableReason };

/** The state kept on a document version; `pending` until a scan has answered. */
export type ScanState = 'pending' | ScanResult['state'];

export type MalwareScanner = {
  /** Never rejects for the scanner's sake: a scanner that fails answers `unscannable`, never `clean`. */
  scan(file: { path: string; size: number }): Promise<ScanResult>;
};
