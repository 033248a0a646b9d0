// Payment history: seeded orgs get a deterministic past (from a hash of the org id and the
// backend's creation day); checkouts append to it. Newest first when read.
import { currencyExponent } from '../../domain/money.js';
import { createRng, hashString } from './prng.js';
import type { OrgRecord, PaymentRecord } from './records.js';
import type { BackendState } from './state.js';

const DAY_MS = 86_400_000;
const CREDIT_PACKS = [1_000, 5_000, 20_000] as const;
/** Pack prices in minor units of the major currencies we seed; others fall back to usd's numbers. */
const PACK_PRICE: Record<string, readonly [number, number, number]> = {
  usd: [1_000, 4_500, 16_000],
  eur: [950, 4_200, 15_000],
  jpy: [1_500, 6_800, 24_000],
  kwd: [3_100, 13_900, 49_500],
};

export function paymentsOf(state: BackendState, org: OrgRecord): PaymentRecord[] {
  if (org.payments === null) org.payments = pastPayments(org, state.now());
  return org.payments;
}

function pastPayments(org: OrgRecord, now: Date): PaymentRecord[] {
  const rng = createRng(hashString(`payments:${org.id}`));
  const count = rng.int(0, 8);
  const currency = org.billing.currency;
  const prices = PACK_PRICE[currency] ?? (currencyExponent(currency) === 0 ? PACK_PRICE.jpy! : PACK_PRICE.usd!);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const out: PaymentRecord[] = [];
  for (let i = count; i >= 1; i--) {
    const pack = rng.int(0, 2);
    const roll = rng.int(0, 99);
    out.push({
      id: `pay_${org.id.replace(/^org_/, '')}_${i}`,
      type: 'card',
      amount: prices[pack] as number,
      currency,
      status: roll < 8 ? 'failed' : roll < 12 ? 'refunded' : 'succeeded',
      description: `${CREDIT_PACKS[pack]?.toLocaleString('en-US')} credits`,
      created_at: new Date(today - i * 30 * DAY_MS + rng.int(9, 17) * 3_600_000).toISOString(),
    });
  }
  return out; // oldest first, like every ledger here
}
