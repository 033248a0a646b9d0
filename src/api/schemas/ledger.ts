// Usage rows and credit transactions (DESIGN §4).
import { maybe, wireCount, wireCredits, wireCurrency, wireDate, wireId, wireMajor } from './common.js';
import * as z from './zod.js';

export const wireUsageRow = z.object({
  org_id: wireId,
  org_name: z.string(),
  event_name: z.string(),
  amount_credits: wireCredits,
  amount_monetary: wireMajor,
  /** Our extension; absent means usd. */
  currency: maybe(wireCurrency),
  date: wireDate,
});

export const wireTransaction = z.object({
  id: wireId,
  org_id: wireId,
  org_name: z.string(),
  amount_credits: wireCredits,
  reason: z.string(),
  contact_name: maybe(z.string()),
  campaign_name: maybe(z.string()),
  custom_keys_used: maybe(wireCount),
  created_at: wireDate,
});

export type WireUsageRow = z.infer<typeof wireUsageRow>;
export type WireTransaction = z.infer<typeof wireTransaction>;
