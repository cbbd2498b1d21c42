import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { demoHospital } from '../../server/db/seed/demo-hospital.js';
import { includedConsumptionTax, quoteFee } from './fees.js';

const fees = demoHospital.fees;

describe('quoteFee boundaries (demo profile)', () => {
  it.each([
    [0, 'none', 0, 0, false],
    [1, 'up_to_30', 44000, 4000, false],
    [1800, 'up_to_30', 44000, 4000, false],
    [1801, 'up_to_60', 88000, 8000, false],
    [3600, 'up_to_60', 88000, 8000, false],
    [3601, 'up_to_60', 88000, 8000, true],
    [86400, 'up_to_60', 88000, 8000, true],
  ] as const)(
    'R-FEE-02 R-FEE-03 %i s → %s, %i yen (tax %i), overLimit %s',
    (seconds, tier, amountYen, tax, overLimit) => {
      expect(quoteFee(seconds, fees)).toEqual({
        seconds,
        tier,
        amountYen,
        consumptionTaxYen: tax,
        overLimit,
      });
    },
  );
});

describe('quoteFee input', () => {
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('R-FEE-02 refuses %s seconds', (seconds) => {
    expect(() => quoteFee(seconds, fees)).toThrow(RangeError);
  });
  it('R-FEE-03 reads tiers from the profile, in whatever order they are given', () => {
    const custom = {
      ...fees,
      tiers: [
        { code: 'up_to_60' as const, maxSeconds: 2400, amountYen: 55000 },
        { code: 'up_to_30' as const, maxSeconds: 1200, amountYen: 33000 },
      ],
    };
    expect(quoteFee(1200, custom)).toMatchObject({
      tier: 'up_to_30',
      amountYen: 33000,
      consumptionTaxYen: 3000,
    });
    expect(quoteFee(1201, custom)).toMatchObject({
      tier: 'up_to_60',
      amountYen: 55000,
      consumptionTaxYen: 5000,
    });
    expect(quoteFee(2401, custom)).toMatchObject({ overLimit: true, amountYen: 55000 });
  });
});

describe('includedConsumptionTax', () => {
  it('R-FEE-03 is the tax contained in the tax-included price', () => {
    expect(includedConsumptionTax(44000, 10)).toBe(4000);
    expect(includedConsumptionTax(88000, 10)).toBe(8000);
    expect(includedConsumptionTax(88000, 8)).toBe(6519); // 88000 / 1.08 = 81481.48… → 81481
    expect(includedConsumptionTax(44000, 0)).toBe(0);
  });
});

describe('quoteFee properties', () => {
  it('R-FEE-02 the fee never decreases with time', () => {
    fc.assert(
      fc.property(fc.nat({ max: 20000 }), fc.nat({ max: 20000 }), (a, b) => {
        const [shorter, longer] = a <= b ? [a, b] : [b, a];
        expect(quoteFee(longer, fees).amountYen).toBeGreaterThanOrEqual(quoteFee(shorter, fees).amountYen);
      }),
    );
  });
  it('R-FEE-02 overLimit exactly when beyond the last tier', () => {
    fc.assert(
      fc.property(fc.nat({ max: 20000 }), (s) => {
        expect(quoteFee(s, fees).overLimit).toBe(s > 3600);
      }),
    );
  });
});
