// The default demo world: the agency "Northwind Digital" and 27 client sub-orgs chosen to
// exercise every edge the UI must handle (RTL, emoji, a 120-character name, markup in a
// name, zero balance, failing and inactive cards, caps nearly used and reached, JPY and
// KWD billing, promo credits, invites, hostile and unreachable logo URLs).
// Dates are computed from the backend's clock at seeding time, counted in whole days from
// that day's UTC midnight, so "expires in 3 days" stays true; given the same day, the seed
// is identical. Usage rows do not depend on the seed's dates (see usage.ts).
import type { Role } from '../types.js';
import { defaultBilling, defaultConfig, emptyFeatures } from './records.js';
import type { BillingRecord, InviteRecord, MemberRecord, OrgRecord, PaymentMethodRecord, WireFeatures } from './records.js';
import { recordTransaction } from './routes-credits.js';
import { ROOT_ORG_ID } from './state.js';
import type { BackendState } from './state.js';

const DAY_MS = 86_400_000;

/** A name of exactly 120 characters (the longest the demo shows). */
export const LONG_NAME = 'The Extraordinarily Long-Named Regional Association of Independent Veterinary Clinics, Animal Hospitals and Pet Wellness';
export const MARKUP_NAME = `<img src=x onerror=alert(1)> "Quoted" & 'Apostrophe' Agency`;

interface SubSpec {
  id: string;
  name: string;
  /** Credits, as integer hundredths. */
  balance: number;
  plan?: string;
  daysOld: number;
  currency?: string;
  reselling?: boolean;
  promo?: { amount: number; resetInDays: number };
  /** Minor units of the currency. */
  cap?: { amount: number; used: number };
  autoRecharge?: { threshold: number; amount: number };
  card?: 'ok' | 'failed' | 'inactive';
  logo?: string;
  features?: Partial<WireFeatures>;
  members: Array<[name: string, role: Role]>;
  invites?: Array<[email: string, role: Role, expiresInDays: number]>;
  disabled?: boolean;
  notified?: { lowDaysAgo?: number; outDaysAgo?: number; capDaysAgo?: number };
}

const SUBS: SubSpec[] = [
  { id: 'org_acme_dental', name: 'Acme Dental Group', balance: 1_250_00, plan: 'growth', daysOld: 410, card: 'ok', logo: 'https://logos.example.com/acme-dental.png', features: { workflows: true, broadcasts: true }, members: [['Alice Moreno', 'ADMIN'], ['Ben Okafor', 'MANAGER'], ['Chloé Dubois', 'STAFF']] },
  { id: 'org_blue_harbor', name: 'Blue Harbor Realty', balance: 8_420_50, plan: 'pro', daysOld: 380, card: 'ok', reselling: true, autoRecharge: { threshold: 500_00, amount: 2_000_00 }, logo: 'https://logos.example.com/blue-harbor.png', features: { enterprise: true, workflows: true }, members: [['Hannah Reyes', 'ADMIN'], ['Tom Becker', 'STAFF']] },
  { id: 'org_cafe_lumiere', name: 'Café Lumière', balance: 310_25, daysOld: 360, members: [['Élodie Martin', 'ADMIN']] },
  { id: 'org_yasmin', name: 'مطعم الياسمين', balance: 2_000_00, plan: 'growth', daysOld: 300, card: 'ok', features: { broadcasts: true }, members: [['Yasmin Al-Farsi', 'ADMIN'], ['Omar Haddad', 'MANAGER']] },
  { id: 'org_shoshana', name: 'פרחי שושנה', balance: 45_00, daysOld: 290, members: [['Shoshana Levi', 'ADMIN']] },
  { id: 'org_taco_tuesday', name: '🌮 Taco Tuesday Co. 🎉', balance: 760_00, daysOld: 250, card: 'ok', members: [['Diego Ramírez', 'ADMIN'], ['Lucía Torres', 'STAFF']] },
  { id: 'org_long_name', name: LONG_NAME, balance: 12_345_67, plan: 'enterprise', daysOld: 240, card: 'ok', features: { enterprise: true, workflows: true, broadcasts: true, custom_domain: true }, members: [['Patricia Nguyen', 'ADMIN'], ['Samuel Kim', 'DEVELOPER'], ['Grace Liu', 'MANAGER'], ['Ivan Petrov', 'STAFF']] },
  { id: 'org_markup', name: MARKUP_NAME, balance: 99_99, daysOld: 230, logo: 'javascript:alert(document.domain)', members: [['Mallory Tester', 'ADMIN']] },
  { id: 'org_zero_fitness', name: 'Zero Gravity Fitness', balance: 0, daysOld: 220, card: 'ok', notified: { lowDaysAgo: 6, outDaysAgo: 2 }, members: [['Marcus Bell', 'ADMIN']] },
  { id: 'org_summit_plumbing', name: 'Summit Plumbing & Heating', balance: 18_40, daysOld: 210, reselling: true, card: 'failed', autoRecharge: { threshold: 100_00, amount: 1_000_00 }, notified: { lowDaysAgo: 1 }, members: [['Karen Walsh', 'ADMIN'], ['Dev Patel', 'DEVELOPER']] },
  { id: 'org_old_mill', name: 'Old Mill Bakery', balance: 540_00, daysOld: 200, reselling: true, card: 'inactive', members: [['Rosa Bianchi', 'ADMIN']] },
  { id: 'org_riverside_yoga', name: 'Riverside Yoga Studio', balance: 1_980_00, plan: 'growth', daysOld: 190, card: 'ok', cap: { amount: 500_00, used: 475_00 }, members: [['Maya Chen', 'ADMIN'], ['Leo Park', 'STAFF']] },
  { id: 'org_pinecrest_auto', name: 'Pinecrest Auto Repair', balance: 3_050_00, daysOld: 180, card: 'ok', cap: { amount: 200_00, used: 200_00 }, notified: { capDaysAgo: 3 }, members: [['Frank Miller', 'ADMIN']] },
  { id: 'org_sakura_sushi', name: 'Sakura Sushi 東京', balance: 6_000_00, plan: 'growth', daysOld: 170, currency: 'jpy', reselling: true, card: 'ok', cap: { amount: 50_000, used: 12_345 }, members: [['Haruto Sato', 'ADMIN'], ['Yui Tanaka', 'MANAGER']] },
  { id: 'org_gulf_pearl', name: 'Gulf Pearl Trading', balance: 4_200_00, plan: 'pro', daysOld: 160, currency: 'kwd', reselling: true, card: 'ok', cap: { amount: 150_500, used: 98_125 }, members: [['Fatima Al-Sabah', 'ADMIN']] },
  { id: 'org_brightside', name: 'Brightside Pediatrics', balance: 820_00, daysOld: 150, promo: { amount: 250_00, resetInDays: 12 }, card: 'ok', members: [['Dr. Nora Quinn', 'ADMIN'], ['Ellis Grant', 'STAFF']] },
  { id: 'org_evergreen', name: 'Evergreen Landscaping', balance: 1_100_00, daysOld: 140, members: [['Gus Olsen', 'ADMIN']], invites: [['ivy@evergreen.example', 'STAFF', 5], ['rowan@evergreen.example', 'MANAGER', -3]] },
  { id: 'org_northside_chiro', name: 'Northside Chiropractic', balance: 230_00, daysOld: 120, promo: { amount: 50_00, resetInDays: 3 }, members: [['Victor Hale', 'ADMIN']] },
  { id: 'org_maple_oak', name: 'Maple & Oak Interiors', balance: 5_670_00, plan: 'pro', daysOld: 110, card: 'ok', logo: 'https://logos.example.com/maple-oak.png', members: [['Isla Murray', 'ADMIN'], ['Noah Fischer', 'MANAGER']] },
  { id: 'org_harborview_law', name: 'Harborview Law Partners', balance: 15_000_00, plan: 'enterprise', daysOld: 95, card: 'ok', features: { enterprise: true }, members: [['Eleanor Vance', 'ADMIN'], ['James Whitaker', 'MANAGER']] },
  { id: 'org_sunrise_senior', name: 'Sunrise Senior Living', balance: 720_00, daysOld: 80, members: [['Beatrice Ames', 'ADMIN']], invites: [['night.shift@sunrise.example', 'STAFF', 2]] },
  { id: 'org_velocity_cycling', name: 'Velocity Cycling Club', balance: 95_50, daysOld: 60, members: [['Kai Andersen', 'ADMIN']] },
  { id: 'org_greenleaf', name: 'Greenleaf Organic Market', balance: 2_480_00, plan: 'growth', daysOld: 45, card: 'ok', reselling: true, promo: { amount: 1_000_00, resetInDays: 28 }, members: [['Olive Hart', 'ADMIN'], ['Theo Brandt', 'STAFF']] },
  { id: 'org_lighthouse', name: 'Lighthouse Coaching', balance: 150_00, daysOld: 30, logo: 'https://logos.example.com/lighthouse.png', members: [['Sophie Laurent', 'ADMIN']] },
  { id: 'org_zenith_solar', name: 'Zenith Solar Installers', balance: 3_333_33, daysOld: 21, card: 'ok', members: [['Arjun Mehta', 'ADMIN'], ['Priya Rao', 'DEVELOPER']] },
  { id: 'org_abaco', name: 'Ábaco Contabilidad', balance: 410_00, daysOld: 10, members: [['Javier Ortega', 'ADMIN']], invites: [['contador@abaco.example', 'MANAGER', 6]] },
  { id: 'org_dormant', name: 'Dormant Ventures LLC', balance: 12_00, daysOld: 400, disabled: true, members: [['Walter Gray', 'ADMIN']] },
];

function email(name: string, orgId: string): string {
  const local = name
    .normalize('NFKD')
    .replace(/[^A-Za-z ]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '.');
  return `${local || 'user'}@${orgId.replace(/^org_/, '').replace(/_/g, '-')}.example`;
}

function card(kind: 'ok' | 'failed' | 'inactive', id: string, iso: (days: number) => string): PaymentMethodRecord {
  return {
    type: 'card',
    payment_method_id: `pm_${id.replace(/^org_/, '')}`,
    brand: kind === 'failed' ? 'mastercard' : 'visa',
    last4: kind === 'failed' ? '0341' : kind === 'inactive' ? '1881' : '4242',
    inactive: kind === 'inactive',
    failed_at: kind === 'failed' ? iso(-1) : null,
    failed_message: kind === 'failed' ? 'Your card was declined: insufficient funds.' : null,
  };
}

function subOrg(spec: SubSpec, index: number, today: number): OrgRecord {
  const iso = (days: number) => new Date(today + days * DAY_MS + 9 * 3_600_000).toISOString();
  const created = iso(-spec.daysOld);
  const billing: BillingRecord = defaultBilling(spec.currency ?? 'usd');
  billing.useParentBalance = !spec.reselling;
  if (spec.autoRecharge) billing.autoRecharge = { enabled: true, ...spec.autoRecharge };
  if (spec.cap) billing.spendingCap = { enabled: true, amount: spec.cap.amount, resetAt: iso(14) };
  if (spec.card) billing.paymentMethod = card(spec.card, spec.id, iso);
  if (spec.notified?.lowDaysAgo !== undefined) billing.lastLowBalanceNotificationAt = iso(-spec.notified.lowDaysAgo);
  if (spec.notified?.outDaysAgo !== undefined) billing.lastOutOfBalanceNotificationAt = iso(-spec.notified.outDaysAgo);
  if (spec.notified?.capDaysAgo !== undefined) billing.lastSpendingCapNotificationAt = iso(-spec.notified.capDaysAgo);
  const members: MemberRecord[] = spec.members.map(([name, role], i) => ({
    id: `mem_${spec.id.replace(/^org_/, '')}_${i + 1}`,
    name,
    email: email(name, spec.id),
    avatar: i === 0 && index % 3 === 0 ? `https://avatars.example.com/${spec.id}.png` : null,
    role,
    status: 'ACTIVE',
    user_id: `usr_${spec.id.replace(/^org_/, '')}_${i + 1}`,
    created_at: created,
    updated_at: created,
    seen_at: i === 0 ? iso(-(index % 5)) : null,
  }));
  const invites: InviteRecord[] = (spec.invites ?? []).map(([address, role, expiresIn], i) => ({
    id: `inv_${spec.id.replace(/^org_/, '')}_${i + 1}`,
    email: address,
    role,
    created_at: iso(expiresIn - 7),
    expires_at: iso(expiresIn),
  }));
  const config = defaultConfig();
  config.email = members[0]?.email ?? null;
  if (index % 4 === 0) {
    config.terms_url = `https://${spec.id.replace(/^org_/, '').replace(/_/g, '-')}.example.com/terms`;
    config.privacy_url = `https://${spec.id.replace(/^org_/, '').replace(/_/g, '-')}.example.com/privacy`;
  }
  return {
    id: spec.id,
    name: spec.name,
    nameKey: spec.name.toLocaleLowerCase('en'),
    verified: index % 3 !== 2,
    disabled: spec.disabled ?? false,
    deleted: false,
    type: spec.members.length > 1 ? 'TEAM' : 'PERSONAL',
    plan: spec.plan ?? 'starter',
    balance: spec.balance,
    promoBalance: spec.promo?.amount ?? 0,
    promoBalanceResetAt: spec.promo ? iso(spec.promo.resetInDays) : null,
    billing,
    logoUrl: spec.logo ?? null,
    createdAt: created,
    updatedAt: iso(-Math.min(spec.daysOld, index % 9)),
    spendingCapUsed: spec.cap?.used ?? 0,
    features: { ...emptyFeatures(), ...spec.features },
    config,
    parentOrg: ROOT_ORG_ID,
    subOrgLimit: 0,
    members,
    invites,
    payments: null,
  };
}

/** The agency: 25,000 credits, room for 50 sub-orgs, some features it cannot delegate. */
export function agencyOrg(today: number, subOrgLimit: number | null = 50): OrgRecord {
  const created = new Date(today - 900 * DAY_MS).toISOString();
  const billing = defaultBilling('usd');
  billing.useParentBalance = false;
  billing.paymentMethod = { type: 'card', payment_method_id: 'pm_northwind', brand: 'amex', last4: '1005', inactive: false, failed_at: null, failed_message: null };
  const config = defaultConfig();
  config.email = 'billing@northwind.example';
  config.address = '500 Harbor Way, Portland, OR 97201';
  config.terms_url = 'https://northwind.example.com/terms';
  config.privacy_url = 'https://northwind.example.com/privacy';
  return {
    id: ROOT_ORG_ID,
    name: 'Northwind Digital',
    nameKey: 'northwind digital',
    verified: true,
    disabled: false,
    deleted: false,
    type: 'TEAM',
    plan: 'agency',
    balance: 25_000_00,
    promoBalance: 0,
    promoBalanceResetAt: null,
    billing,
    logoUrl: 'https://logos.example.com/northwind.png',
    createdAt: created,
    updatedAt: created,
    spendingCapUsed: 0,
    features: { ...emptyFeatures(), enterprise: true, workflows: true, broadcasts: true, custom_domain: true },
    config,
    parentOrg: null,
    subOrgLimit,
    members: [
      { id: 'mem_northwind_1', name: 'Dana Demo', email: 'dana@northwind.example', avatar: null, role: 'ADMIN', status: 'ACTIVE', user_id: 'usr_demo', created_at: created, updated_at: created, seen_at: created },
      { id: 'mem_northwind_2', name: 'Raj Iyer', email: 'raj@northwind.example', avatar: null, role: 'MANAGER', status: 'ACTIVE', user_id: 'usr_northwind_2', created_at: created, updated_at: created, seen_at: null },
      { id: 'mem_northwind_3', name: 'Mia Svensson', email: 'mia@northwind.example', avatar: null, role: 'DEVELOPER', status: 'ACTIVE', user_id: 'usr_northwind_3', created_at: created, updated_at: created, seen_at: null },
      { id: 'mem_northwind_4', name: 'Leon Weber', email: 'leon@northwind.example', avatar: null, role: 'STAFF', status: 'SUSPENDED', user_id: 'usr_northwind_4', created_at: created, updated_at: created, seen_at: null },
    ],
    invites: [],
    payments: null,
  };
}

export function todayUtc(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

export const DEFAULT_SUB_ORG_IDS = SUBS.map((s) => s.id);

export function seedDefault(state: BackendState): void {
  const today = todayUtc(state.now());
  const agency = agencyOrg(today);
  state.addOrg(agency);
  SUBS.forEach((spec, i) => state.addOrg(subOrg(spec, i, today)));
  seedTransactions(state, agency);
}

/** A few past allocations so the ledger is not empty; they do not move balances (the seed states them). */
function seedTransactions(state: BackendState, agency: OrgRecord): void {
  const realNow = state.now();
  const history: Array<[orgId: string, amount: number, reason: string, daysAgo: number]> = [
    ['org_acme_dental', 1_000_00, 'Monthly allocation', 40],
    ['org_blue_harbor', 500_00, 'Campaign top-up', 33],
    ['org_riverside_yoga', 2_000_00, 'Monthly allocation', 25],
    ['org_zero_fitness', -50_00, 'Unused credits returned', 20],
    ['org_long_name', 5_000_00, 'Onboarding bundle', 12],
    ['org_acme_dental', 250_00, 'Holiday campaign', 4],
  ];
  for (const [orgId, amount, reason, daysAgo] of history) {
    const sub = state.orgs.get(orgId);
    if (!sub) continue;
    const at = new Date(todayUtc(realNow) - daysAgo * DAY_MS + 15 * 3_600_000);
    recordTransaction(state, agency, sub, amount, reason, 'Dana Demo', at.toISOString());
  }
}
