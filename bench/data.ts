// Deterministic rows for the benchmark: N sub-org summaries with distinct names and
// distinct balances, so "the first row after a sort" has exactly one right answer.
import type { Billing, Features, OrgConfig, SubOrgSummary } from '../src/api/types.js';

const A = ['Alder', 'Beacon', 'Cobalt', 'Drift', 'Ember', 'Falcon', 'Garnet', 'Harbor', 'Indigo', 'Jasper', 'Kestrel', 'Linden', 'Marlin', 'Nimbus', 'Onyx', 'Pebble', 'Quill', 'Rowan', 'Saffron', 'Tundra'];
const B = ['Bakery', 'Clinic', 'Dental', 'Fitness', 'Florist', 'Garage', 'Law', 'Media', 'Realty', 'Salon', 'Solar', 'Studio', 'Travel', 'Vets', 'Yoga'];

const billing: Billing = {
  currency: 'usd',
  autoRecharge: { enabled: false, rechargeThreshold: 0, rechargeAmount: 0 },
  useParentBalance: true,
  spendingCap: { enabled: false, amount: { amount: 0, currency: 'usd' }, resetAt: null },
  paymentMethod: null,
  lastLowBalanceNotificationAt: null,
  lastOutOfBalanceNotificationAt: null,
  lastSpendingCapNotificationAt: null,
};
const features: Features = { enterprise: false, allowOverdraft: false, workflows: false, broadcasts: false, enableJapifon: false, customDomain: false, slackAccess: false };
const config: OrgConfig = { email: null, address: null, termsUrl: null, privacyUrl: null, access: { sessionTtlSeconds: null, allowInvites: true }, modules: {} };

export function generateRows(n: number): SubOrgSummary[] {
  const rows: SubOrgSummary[] = new Array(n);
  const created = Date.UTC(2025, 0, 1);
  for (let i = 0; i < n; i++) {
    // A scrambled but unique index, so neither name order nor balance order is the id order.
    const k = (i * 7_919 + 104_729) % n;
    rows[i] = {
      id: `org_${String(i).padStart(6, '0')}`,
      name: `${A[k % A.length]} ${B[Math.floor(k / A.length) % B.length]} ${String(k).padStart(6, '0')}`,
      logoUrl: null,
      plan: 'growth',
      balance: ((i * 104_723) % n) * 100 + (i % 100), // distinct hundredths of a credit
      promoBalance: 0,
      billing,
      members: [],
      spendingCapUsed: { amount: 0, currency: 'usd' },
      createdAt: new Date(created + i * 60_000).toISOString(),
      updatedAt: new Date(created + i * 60_000).toISOString(),
      features,
      config,
    };
  }
  return rows;
}

export type SortKey = 'balance' | 'name' | '-balance' | '-name';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The same order the API and the element use: name by collation, balance numerically; ties by id. */
export function compare(key: SortKey): (a: SubOrgSummary, b: SubOrgSummary) => number {
  const dir = key.startsWith('-') ? -1 : 1;
  const field = key.replace('-', '') as 'balance' | 'name';
  return (a, b) => dir * (field === 'name' ? collator.compare(a.name, b.name) : a.balance - b.balance) || (a.id < b.id ? -1 : 1);
}

export function matches(search: string): (row: SubOrgSummary) => boolean {
  const needle = search.toLocaleLowerCase();
  return (row) => row.name.toLocaleLowerCase().includes(needle);
}
