// Payments, billing portal, pricing and checkout: our own money (integer minor units).
import { CHECKOUT_STATUSES } from '../types.js';
import { listOf, maybe, oneOf, wireAmountCurrency, wireCredits, wireCurrency, wireDate, wireId, wireMinor, wirePositiveCredits, wirePrice, wireString, wireText } from './common.js';
import * as z from './zod.js';

export const wirePayment = z.object({
  id: wireId,
  type: wireString,
  amount: wireMinor,
  currency: wireAmountCurrency,
  status: wireString,
  description: maybe(wireString),
  created_at: wireDate,
});

export const wirePortalSession = z.object({
  url: wireText, // the URL check is the UI's (safeUrl)
  expires_at: wireDate,
});

export const PRICING_PROVIDERS = ['stripe', 'webhook'] as const;

export const wirePricingTier = z.object({
  id: wireId,
  credits: wirePositiveCredits,
  amount: wirePrice,
});

export const wirePricing = z.object({
  currency: wireCurrency,
  provider: oneOf(PRICING_PROVIDERS),
  tiers: listOf(wirePricingTier),
  per_credit: maybe(
    z.object({
      amount: wirePrice,
      min_credits: wireCredits,
      max_credits: wireCredits,
    }),
  ),
});

export const wireCheckout = z.object({
  id: wireId,
  status: oneOf(CHECKOUT_STATUSES),
  redirect_url: maybe(wireString),
  credits: wireCredits,
  amount: wireMinor,
  currency: wireAmountCurrency,
  created_at: wireDate,
});

export type WirePayment = z.infer<typeof wirePayment>;
export type WirePortalSession = z.infer<typeof wirePortalSession>;
export type WirePricing = z.infer<typeof wirePricing>;
export type WireCheckout = z.infer<typeof wireCheckout>;
