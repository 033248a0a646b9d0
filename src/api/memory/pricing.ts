// The agency's reseller price list: fixed credit packs plus a per-credit price for custom
// amounts. Money in integer minor units (our own wire style, DESIGN §4 "Units").
import { creditsToWire, mulDivRound } from './amounts.js';

export interface PricingRecord {
  currency: string;
  provider: 'stripe' | 'webhook';
  tiers: Array<{ id: string; credits: number; amount: number }>;
  /** Minor units per whole credit; bounds in hundredths. */
  perCredit: { amount: number; minCredits: number; maxCredits: number } | null;
}

export function defaultPricing(currency = 'usd'): PricingRecord {
  return {
    currency,
    provider: 'stripe',
    tiers: [
      { id: 'tier_1k', credits: 1_000_00, amount: 1_000 },
      { id: 'tier_5k', credits: 5_000_00, amount: 4_500 },
      { id: 'tier_20k', credits: 20_000_00, amount: 16_000 },
    ],
    perCredit: { amount: 1, minCredits: 100_00, maxCredits: 100_000_00 },
  };
}

export function pricingToWire(pricing: PricingRecord) {
  return {
    currency: pricing.currency,
    provider: pricing.provider,
    tiers: pricing.tiers.map((t) => ({ id: t.id, credits: creditsToWire(t.credits), amount: t.amount })),
    per_credit: pricing.perCredit
      ? {
          amount: pricing.perCredit.amount,
          min_credits: creditsToWire(pricing.perCredit.minCredits),
          max_credits: creditsToWire(pricing.perCredit.maxCredits),
        }
      : null,
  };
}

/** Price of `credits` hundredths at the per-credit rate, rounded half up to a minor unit. */
export function priceOfCredits(pricing: PricingRecord, credits: number): number {
  return mulDivRound(credits, pricing.perCredit?.amount ?? 0, 100);
}
