import { createClamdScanner, type ClamdAddress, type ClamdScannerOptions } from './clamd-scanner.js';
import { noScanner } from './no-scanner.js';
import type { MalwareScanner } from './scanner.js';

/**
 * The scanner named by one setting (e.g. `CLAMD_URL`): `tcp://host:3310` or `unix:/run/clamav/clamd.ctl`;
 * empty means none. A setting that names no usable address throws at start-up rather than silently
 * running without scanning.
 */
export function clamdAddressOf(setting: string): ClamdAddress {
  const url = new URL(setting);
  if (url.protocol === 'unix:' && url.pathname.startsWith('/')) return { socketPath: url.pathname };
  const port = Number(url.port);
  if (url.protocol === 'tcp:' && url.hostname !== '' && Number.isInteger(port) && port > 0) {
    return { host: url.hostname.replace(/^\[|\]$/g, ''), port };
  }
  throw new Error(`Not a clamd address (tcp://host:port or unix:/path): ${setting}`);
}

export function scannerFromSetting(
  setting: string | undefined,
  options: Omit<ClamdScannerOptions, 'address'> = {},
): MalwareScanner {
  if (setting === undefined || setting.trim() === '') return noScanner;
  return createClamdScanner({ ...options, address: clamdAddressOf(setting.trim()) });
}
