import type { TFunction } from 'i18next';
import type { FeeTier } from '../../../shared/contracts/profile.js';

/** "Up to 30 minutes" for the first tier, "Over 30, up to 60 minutes" for the next ones. */
export function feeTierLabel(t: TFunction, tiers: FeeTier[], index: number): string {
  const tier = tiers[index];
  if (!tier) return '';
  const minutes = Math.round(tier.maxSeconds / 60);
  const previous = tiers[index - 1];
  return previous
    ? t('fees.overUpTo', { from: Math.round(previous.maxSeconds / 60), minutes })
    : t('fees.upTo', { minutes });
}
