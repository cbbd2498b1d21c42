import { describe, expect, it } from 'vitest';
import { clamdAddressOf, scannerFromSetting } from './scanner-from-setting.js';
import { noScanner } from './no-scanner.js';

describe('noScanner', () => {
  it('never calls a file clean: every file goes to manual review', async () => {
    expect(await noScanner.scan({ path: '/nonexistent', size: 1 })).toEqual({
      state: 'unscannable',
      reason: 'no_scanner',
    });
  });
});

describe('scannerFromSetting', () => {
  it('is noScanner when nothing is configured', () => {
    expect(scannerFromSetting(undefined)).toBe(noScanner);
    expect(scannerFromSetting('  ')).toBe(noScanner);
  });

  it.each([
    ['tcp://127.0.0.1:3310', { host: '127.0.0.1', port: 3310 }],
    ['tcp://clamav.internal:3310', { host: 'clamav.internal', port: 3310 }],
    ['tcp://[::1]:3310', { host: '::1', port: 3310 }],
    ['unix:/run/clamav/clamd.ctl', { socketPath: '/run/clamav/clamd.ctl' }],
    ['unix:///run/clamav/clamd.ctl', { socketPath: '/run/clamav/clamd.ctl' }],
  ])('reads %s', (setting, address) => {
    expect(clamdAddressOf(setting)).toEqual(address);
  });

  it.each(['tcp://127.0.0.1', 'http://127.0.0.1:3310', 'clamd', 'unix:relative.sock'])(
    'refuses %s at start-up instead of running unscanned',
    (setting) => {
      expect(() => scannerFromSetting(setting)).toThrow();
    },
  );
});
