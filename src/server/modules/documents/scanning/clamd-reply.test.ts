import { describe, expect, it } from 'vitest';
import { parseClamdReply } from './clamd-reply.js';

describe('parseClamdReply', () => {
  it.each([
    ['stream: OK\0', { state: 'clean' }],
    ['stream: Win.Test.EICAR_HDB-1 FOUND\0', { state: 'infected', signature: 'Win.Test.EICAR_HDB-1' }],
    [
      'stream: Consilium.Test.Custom-1.UNOFFICIAL FOUND\0',
      { state: 'infected', signature: 'Consilium.Test.Custom-1.UNOFFICIAL' },
    ],
    [
      'stream: Heuristics.Limits.Exceeded.MaxFileSize FOUND\0',
      { state: 'unscannable', reason: 'over_scanner_limit' },
    ],
    ['stream: Heuristics.Encrypted.Zip FOUND\0', { state: 'unscannable', reason: 'encrypted' }],
    ['stream: Heuristics.Encrypted.PDF FOUND\0', { state: 'unscannable', reason: 'encrypted' }],
    ['INSTREAM size limit exceeded. ERROR\0', { state: 'unscannable', reason: 'over_scanner_limit' }],
    [
      'stream: lstat() failed: No such file or directory. ERROR\0',
      { state: 'unscannable', reason: 'scanner_error' },
    ],
    ['UNKNOWN COMMAND\0', { state: 'unscannable', reason: 'scanner_error' }],
    ['', { state: 'unscannable', reason: 'scanner_error' }],
    ['stream: OK and more\0', { state: 'unscannable', reason: 'scanner_error' }],
  ])('%j', (reply, expected) => {
    expect(parseClamdReply(reply)).toEqual(expected);
  });
});
