import { describe, expect, it } from 'vitest';
import type { InformationRequestView } from '../../../shared/contracts/liaison.js';
import {
  confirmBlockedBecause,
  requestedItemRows,
  requestedItemState,
  somethingMissing,
} from './information-request.js';

const request = (overrides: Partial<InformationRequestView> = {}): InformationRequestView => ({
  open: true,
  requestedAt: '2026-11-26T01:00:00.000Z',
  message: '当院宛の紹介状をお送りください。',
  items: [
    { code: 'REFERRAL_LETTER', title: '紹介状', state: 'rejected' },
    { code: 'CLINICAL_DATA', title: '検査データ', state: 'received' },
  ],
  documentsSinceRequest: 0,
  canConfirm: false,
  ...overrides,
});

describe('the requested items', () => {
  it('have arrived once received or accepted; a document sent back must be sent again', () => {
    expect(requestedItemState('received')).toBe('arrived');
    expect(requestedItemState('accepted')).toBe('arrived');
    expect(requestedItemState('missing')).toBe('notYet');
    expect(requestedItemState('rejected')).toBe('sendAgain');
  });

  it('keep the centre’s order and titles', () => {
    expect(requestedItemRows(request())).toEqual([
      { code: 'REFERRAL_LETTER', title: '紹介状', state: 'sendAgain' },
      { code: 'CLINICAL_DATA', title: '検査データ', state: 'arrived' },
    ]);
  });

  it('are missing while one of them has not arrived', () => {
    expect(somethingMissing(request())).toBe(true);
    const allThere = request({
      items: [{ code: 'REFERRAL_LETTER', title: '紹介状', state: 'received' }],
    });
    expect(somethingMissing(allThere)).toBe(false);
    expect(somethingMissing(request({ items: [] }))).toBe(false);
  });
});

describe('"資料を送りました"', () => {
  it('can be pressed once something was sent since the request', () => {
    expect(confirmBlockedBecause(request({ documentsSinceRequest: 1, canConfirm: true }))).toBeNull();
  });

  it('waits for something to be sent', () => {
    expect(confirmBlockedBecause(request())).toBe('nothingSent');
  });

  it('is not offered once the request was closed', () => {
    expect(confirmBlockedBecause(request({ open: false, documentsSinceRequest: 2 }))).toBe('closed');
  });
});
