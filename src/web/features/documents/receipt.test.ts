import { describe, expect, it } from 'vitest';
import { interpretAnswer, retryAfterMs, shouldRetryAnswer } from './receipt.js';

const receipt = {
  status: 'received',
  uploadId: '0123456789abcdef0123456789abcdef',
  fileName: 'referral.pdf',
  checklistItem: 'REFERRAL_LETTER',
  sha256: 'a'.repeat(64),
  bytes: 1234,
  kind: 'pdf',
  scanState: 'clean',
};

const problem = (body: Record<string, unknown>) =>
  JSON.stringify({ type: 'urn:consilium:problem:upload-refused', status: 422, ...body });

describe('interpretAnswer', () => {
  it('reads a receipt from the last chunk’s 200', () => {
    expect(interpretAnswer(200, JSON.stringify(receipt), null)).toEqual({ kind: 'received', receipt });
  });

  it('asks for the receipt when a success carries none (a resumed upload found complete)', () => {
    expect(interpretAnswer(200, '', null)).toEqual({ kind: 'noReceipt' });
    expect(interpretAnswer(204, '', null)).toEqual({ kind: 'noReceipt' });
    expect(interpretAnswer(200, '<html>proxy</html>', null)).toEqual({ kind: 'noReceipt' });
  });

  it('does not take a receipt with a bad hash or an unknown scan state for "received"', () => {
    expect(interpretAnswer(200, JSON.stringify({ ...receipt, sha256: 'xyz' }), null).kind).toBe('noReceipt');
    expect(interpretAnswer(200, JSON.stringify({ ...receipt, scanState: 'ok' }), null).kind).toBe(
      'noReceipt',
    );
  });

  it('shows the server’s own words for a refusal', () => {
    const body = problem({
      title: '受け付けられませんでした',
      detail: 'ZIPを作り直して…',
      reason: 'zip_unreadable',
    });
    expect(interpretAnswer(422, body, null)).toEqual({
      kind: 'refused',
      title: '受け付けられませんでした',
      detail: 'ZIPを作り直して…',
      reason: 'zip_unreadable',
    });
  });

  it('reads a 413 at creation as a refusal with the limit in words', () => {
    const body = problem({
      status: 413,
      title: 'ファイルが大きすぎます',
      detail: '一度に送れるファイルは2 GBまでです。',
    });
    expect(interpretAnswer(413, body, null)).toMatchObject({
      kind: 'refused',
      detail: '一度に送れるファイルは2 GBまでです。',
    });
  });

  it('falls back to the title when a problem has no detail', () => {
    expect(interpretAnswer(403, problem({ title: 'もう追加できません' }), null)).toMatchObject({
      kind: 'refused',
      detail: 'もう追加できません',
      reason: null,
    });
  });

  it('waits and asks again while the server is still checking', () => {
    expect(interpretAnswer(202, JSON.stringify({ status: 'finalizing' }), '3')).toEqual({
      kind: 'finalizing',
      retryAfterMs: 3000,
    });
  });

  it('tries again after a lost connection, a server error or a busy answer', () => {
    expect(interpretAnswer(0, '', null)).toEqual({ kind: 'retry', retryAfterMs: 2000 });
    expect(interpretAnswer(503, 'busy', '10')).toEqual({ kind: 'retry', retryAfterMs: 10_000 });
    expect(interpretAnswer(423, '', null).kind).toBe('retry');
    expect(interpretAnswer(429, '', '5').kind).toBe('retry');
  });

  it('reads a service rule’s 409 as a refusal with its reason, not as an offset conflict', () => {
    const body = JSON.stringify({
      type: 'urn:consilium:problem:rule-refused',
      title: '受け付けられません',
      status: 409,
      code: 'case_quota_exceeded',
      detail: 'このお申し込みで送れる量を超えました。',
    });
    expect(interpretAnswer(409, body, null)).toMatchObject({
      kind: 'refused',
      detail: 'このお申し込みで送れる量を超えました。',
    });
    expect(interpretAnswer(409, 'Upload-Offset conflict', null)).toEqual({ kind: 'incomplete' });
  });

  it('names the states the controller acts on', () => {
    expect(interpretAnswer(401, '', null)).toEqual({ kind: 'signedOut' });
    expect(interpretAnswer(404, '', null)).toEqual({ kind: 'gone' });
    expect(interpretAnswer(409, '', null)).toEqual({ kind: 'incomplete' });
  });

  it('never shows a bare code: what cannot be read is "unexpected"', () => {
    expect(interpretAnswer(400, problem({ title: 'Bad metadata' }), null)).toEqual({ kind: 'unexpected' });
    expect(interpretAnswer(418, 'teapot', null)).toEqual({ kind: 'unexpected' });
    expect(interpretAnswer(202, '{}', null)).toEqual({ kind: 'unexpected' });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and keeps the wait between 1 and 30 seconds', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs('0')).toBe(1000);
    expect(retryAfterMs('3600')).toBe(30_000);
  });

  it('uses 2 seconds for a missing or unreadable header', () => {
    expect(retryAfterMs(null)).toBe(2000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:00 GMT')).toBe(2000);
  });
});

describe('shouldRetryAnswer', () => {
  const ruleRefused = JSON.stringify({ type: 'urn:consilium:problem:rule-refused', title: 't', detail: 'd' });

  it('retries lost connections, server errors, a locked upload and an offset conflict', () => {
    for (const status of [0, 500, 503, 423, 429]) expect(shouldRetryAnswer(status, '', true)).toBe(true);
    expect(shouldRetryAnswer(409, 'Upload-Offset conflict', true)).toBe(true);
  });

  it('does not retry a refusal, a rule’s 409, or anything while offline', () => {
    for (const status of [400, 401, 403, 404, 413, 422])
      expect(shouldRetryAnswer(status, '', true)).toBe(false);
    expect(shouldRetryAnswer(409, ruleRefused, true)).toBe(false);
    expect(shouldRetryAnswer(0, '', false)).toBe(false);
  });
});
