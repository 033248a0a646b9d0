// Usage rows and credit transactions (DESIGN §4).
import { maybe, or, wireAmountCurrency, wireCount, wireCredits, wireDate, wireId, wireMajor, wireString } from './common.js';
import * as z from './zod.js';

export const wireUsageRow = z.object({
  org_id: wireId,
  org_name: wireString,
  event_name: wireString,
  amount_credits: wireCredits,
  amount_monetary: wireMajor,
  /** Our extension; absent means usd. */
  currency: maybe(wireAmountCurrency),
  date: wireDate,
});

export const wireTransaction = z.object({
  id: wireId,
  org_id: wireId,
  org_name: wireString,
  amount_credits: wireCredits,
  reason: wireString,
  contact_name: maybe(wireString),
  campaign_name: maybe(wireString),
  custom_keys_used: or(wireCount, 0),
  created_at: wireDate,
});

export type WireUsageRow = z.infer<typeof wireUsageRow>;
export type WireTransaction = z.infer<typeof wireTransaction>;
