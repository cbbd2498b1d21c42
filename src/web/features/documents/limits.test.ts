import { describe, expect, it } from 'vitest';
import { checkLimits, remainingBytes, type Limits } from './limits.js';

const MB = 1024 ** 2;
const limits: Limits = { maxFileBytes: 100 * MB, maxCaseBytes: 500 * MB, usedBytes: 200 * MB };

describe('remainingBytes', () => {
  it('subtracts what the server counted and what is still being sent', () => {
    expect(remainingBytes(limits, 50 * MB)).toBe(250 * MB);
  });

  it('never goes below zero', () => {
    expect(remainingBytes({ ...limits, usedBytes: 600 * MB }, 0)).toBe(0);
  });
});

describe('checkLimits', () => {
  it('lets files within every limit through', () => {
    expect(checkLimits([{ kind: 'files', sizes: [10 * MB, 20 * MB] }], limits, 0)).toEqual([[null, null]]);
  });

  it('refuses an empty file and a file over the per-file limit, before sending', () => {
    expect(checkLimits([{ kind: 'files', sizes: [0, 100 * MB + 1, 100 * MB] }], limits, 0)).toEqual([
      [{ code: 'empty' }, { code: 'tooLarge', maxFileBytes: 100 * MB }, null],
    ]);
  });

  it('fills the room left file by file, and refuses the ones that no longer fit', () => {
    const verdicts = checkLimits(
      [{ kind: 'files', sizes: [90 * MB, 90 * MB, 100 * MB, 50 * MB] }],
      { ...limits, usedBytes: 250 * MB },
      0,
    );
    expect(verdicts).toEqual([[null, null, { code: 'caseFull', remainingBytes: 70 * MB }, null]]);
  });

  it('counts what this page is still sending against the room', () => {
    expect(checkLimits([{ kind: 'files', sizes: [60 * MB] }], limits, 250 * MB)).toEqual([
      [{ code: 'caseFull', remainingBytes: 50 * MB }],
    ]);
  });

  it('takes an imaging CD whole or not at all', () => {
    const cd = { kind: 'imagingCd' as const, sizes: Array.from({ length: 400 }, () => MB) };
    const verdicts = checkLimits([cd], limits, 0);
    expect(verdicts[0]?.every((verdict) => verdict?.code === 'caseFull')).toBe(true);
    expect(verdicts[0]?.[0]).toEqual({ code: 'caseFull', remainingBytes: 300 * MB });
  });

  it('does not count a CD file refused on its own against the room', () => {
    const cd = { kind: 'imagingCd' as const, sizes: [200 * MB, 100 * MB, 100 * MB] };
    expect(checkLimits([cd], limits, 0)).toEqual([
      [{ code: 'tooLarge', maxFileBytes: 100 * MB }, null, null],
    ]);
  });

  it('lets a later group use only the room an earlier one left (exactly full still fits)', () => {
    const verdicts = checkLimits(
      [
        { kind: 'imagingCd', sizes: [100 * MB, 100 * MB] },
        { kind: 'files', sizes: [100 * MB, 10 * MB] },
      ],
      limits,
      0,
    );
    expect(verdicts).toEqual([
      [null, null],
      [null, { code: 'caseFull', remainingBytes: 0 }],
    ]);
  });
});
