import type { FeeSchedule, FeeTier } from '../contracts/profile.js';

export type FeeTierCode = FeeTier['code'] | 'none';

export interface FeeQuote {
  seconds: number;
  tier: FeeTierCode;
  /** Tax-included amount in JPY (R-FEE-03). */
  amountYen: number;
  /** The consumption tax contained in amountYen. */
  consumptionTaxYen: number;
  /** Longer than the last tier allows (R-CALL-02); still charged at the last tier. */
  overLimit: boolean;
}

/** The tax contained in a tax-included amount: 44,000 at 10 % → 4,000. */
export function includedConsumptionTax(amountYen: number, percent: number): number {
  return amountYen - Math.round((amountYen * 100) / (100 + percent));
}

/**
 * R-FEE-02/03: the fee follows the actual consultation time. Each tier covers up to and including its
 * maxSeconds (1800 s → 30-minute tier, 1801 s → 60-minute tier).
 */
export function quoteFee(seconds: number, fees: FeeSchedule): FeeQuote {
  if (!Number.isInteger(seconds) || seconds < 0) {
    throw new RangeError(`Consultation seconds must be a non-negative integer: ${seconds}`);
  }
  if (seconds === 0) {
    return { seconds, tier: 'none', amountYen: 0, consumptionTaxYen: 0, overLimit: false };
  }
  // Sorted defensively: the profile says ascending, but a wrong order must not undercharge.
  const tiers = [...fees.tiers].sort((a, b) => a.maxSeconds - b.maxSeconds);
  const last = tiers[tiers.length - 1];
  if (!last) throw new RangeError('The fee schedule has no tiers');
  const tier = tiers.find((t) => seconds <= t.maxSeconds) ?? last;
  return {
    seconds,
    tier: tier.code,
    amountYen: tier.amountYen,
    consumptionTaxYen: includedConsumptionTax(tier.amountYen, fees.consumptionTaxPercent),
    overLimit: seconds > last.maxSeconds,
  };
}
