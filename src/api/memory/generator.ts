// Any number of plausible sub-orgs for scale tests (100,000 in well under a second).
// Names come from a bijection over three word lists (125,000 distinct names before a
// branch number is added), so sort and search have real work to do; the rest is drawn
// from a seeded generator, so the same (n, seed) gives the same orgs. Generated orgs have no
// members or invites, and share frozen billing/features/config objects: at this size the
// garbage collector, not the arithmetic, is the cost.
import { createRng } from './prng.js';
import { defaultConfig } from './records.js';
import type { BillingRecord, InviteRecord, MemberRecord, OrgRecord, WireFeatures } from './records.js';
import { ROOT_ORG_ID } from './state.js';

const PLACES = ['Acorn', 'Alpine', 'Amber', 'Aspen', 'Atlas', 'Bay', 'Birch', 'Blue', 'Brook', 'Cedar', 'Cliff', 'Coast', 'Copper', 'Coral', 'Crest', 'Delta', 'Eagle', 'Elm', 'Fern', 'Fox', 'Glen', 'Gold', 'Granite', 'Harbor', 'Hazel', 'Hill', 'Iron', 'Ivy', 'Juniper', 'Lake', 'Laurel', 'Maple', 'Meadow', 'Mesa', 'North', 'Oak', 'Ocean', 'Pine', 'Prairie', 'Quarry', 'Raven', 'Ridge', 'River', 'Sage', 'Silver', 'Stone', 'Summit', 'Valley', 'Willow', 'Zephyr'];
const CORES = ['Bright', 'Central', 'Clear', 'Crown', 'Direct', 'Eastside', 'Evergreen', 'First', 'Fresh', 'Grand', 'Green', 'Happy', 'Heritage', 'Horizon', 'Keystone', 'Liberty', 'Lucky', 'Modern', 'Noble', 'Open', 'Pioneer', 'Premier', 'Prime', 'Pure', 'Rapid', 'Royal', 'Simple', 'Smart', 'Solid', 'Southern', 'Sterling', 'Sunny', 'Swift', 'True', 'Union', 'United', 'Urban', 'Vital', 'Westside', 'Wild', 'Zen', 'Ágil', 'Ørsted', 'Über', 'Nova', 'Echo', 'Lumen', 'Orbit', 'Pixel', 'Quantum'];
const KINDS = ['Accounting', 'Autos', 'Bakery', 'Barbers', 'Bistro', 'Builders', 'Cafe', 'Catering', 'Chiropractic', 'Cleaning', 'Clinic', 'Coaching', 'Consulting', 'Dental', 'Design', 'Electric', 'Events', 'Fitness', 'Florist', 'Foods', 'Gallery', 'Garage', 'Health', 'Insurance', 'Interiors', 'Landscaping', 'Law', 'Logistics', 'Marketing', 'Media', 'Motors', 'Optics', 'Painting', 'Pets', 'Pharmacy', 'Photography', 'Plumbing', 'Realty', 'Roofing', 'Salon', 'Solar', 'Spa', 'Studio', 'Supply', 'Tailors', 'Tech', 'Travel', 'Tutoring', 'Vets', 'Yoga'];
const PLANS = ['starter', 'starter', 'growth', 'growth', 'pro', 'enterprise'] as const;
const CURRENCIES = ['usd', 'usd', 'usd', 'usd', 'eur', 'gbp', 'jpy', 'kwd'] as const;
const COMBOS = PLACES.length * CORES.length * KINDS.length;
// Coprime with 125,000 (= 2^3 · 5^6): walks every combination once, in a scrambled order.
const STRIDE = 7_919;
const DAY_MS = 86_400_000;
/** Spending caps come in steps of 100.00 (minor units of two-decimal currencies). */
const CAP_STEP = 10_000;

const lower = (words: readonly string[]) => words.map((w) => w.toLowerCase());
const PLACES_LC = lower(PLACES);
const CORES_LC = lower(CORES);
const KINDS_LC = lower(KINDS);

/** The name and its lowercase search key, built from pre-lowercased words (no per-org case mapping). */
function nameFor(i: number): [name: string, key: string] {
  const combo = (i * STRIDE + 12_345) % COMBOS;
  const k = combo % KINDS.length;
  const c = Math.floor(combo / KINDS.length) % CORES.length;
  const p = Math.floor(combo / (KINDS.length * CORES.length));
  const branch = Math.floor(i / COMBOS);
  const suffix = branch === 0 ? '' : ` ${branch + 1}`;
  return [`${PLACES[p]} ${CORES[c]} ${KINDS[k]}${suffix}`, `${PLACES_LC[p]} ${CORES_LC[c]} ${KINDS_LC[k]}${suffix}`];
}

/** Frozen pieces shared by many generated orgs (writes replace them, see records.ts). */
function sharedPieces() {
  // Indexed by a small integer (currency, mode, cap step) rather than a string key: this runs 100,000 times.
  const billings: BillingRecord[] = [];
  const billing = (currencyIndex: number, useParentBalance: boolean, capStep: number): BillingRecord => {
    const key = (currencyIndex * 2 + (useParentBalance ? 1 : 0)) * 51 + capStep;
    return (billings[key] ??= deepFreeze({
      currency: CURRENCIES[currencyIndex] as string,
      autoRecharge: { enabled: false, threshold: 0, amount: 0 },
      useParentBalance,
      spendingCap: { enabled: capStep > 0, amount: capStep * CAP_STEP, resetAt: null },
      paymentMethod: null,
      lastLowBalanceNotificationAt: null,
      lastOutOfBalanceNotificationAt: null,
      lastSpendingCapNotificationAt: null,
    }));
  };
  const features = [false, true].flatMap((workflows) =>
    [false, true].map((broadcasts) =>
      deepFreeze({ enterprise: false, allow_overdraft: false, workflows, broadcasts, enable_japifon: false, custom_domain: false, slack_access: false }),
    ),
  );
  const config = deepFreeze(defaultConfig());
  const noInvites = Object.freeze([]) as unknown as InviteRecord[];
  const noMembers = Object.freeze([]) as unknown as MemberRecord[];
  return { billing, features, config, noInvites, noMembers };
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
  return Object.freeze(value);
}

export function generateSubOrgs(n: number, seed = 1, now: Date = new Date(), parentId: string = ROOT_ORG_ID): OrgRecord[] {
  const rng = createRng(seed);
  const shared = sharedPieces();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const out: OrgRecord[] = new Array(n);
  // One ISO string per day (at a per-day hour) instead of one Date per org: formatting dominates otherwise.
  const days: string[] = [];
  for (let d = 0; d <= 1500; d++) days.push(new Date(today - d * DAY_MS + (d % 10) * 3_600_000).toISOString());
  for (let i = 0; i < n; i++) {
    const [name, nameKey] = nameFor(i);
    const created = days[rng.int(0, 1500)] as string;
    const capStep = rng.chance(20) ? rng.int(1, 50) : 0;
    out[i] = {
      id: `org_g${i + 1}`,
      name,
      nameKey,
      verified: rng.chance(80),
      disabled: rng.chance(3),
      deleted: false,
      type: rng.chance(60) ? 'TEAM' : 'PERSONAL',
      plan: PLANS[rng.next() % PLANS.length] as string,
      balance: rng.chance(8) ? 0 : rng.int(0, 5_000_000),
      promoBalance: rng.chance(10) ? rng.int(1, 500) * 100 : 0,
      promoBalanceResetAt: null,
      billing: shared.billing(rng.next() % CURRENCIES.length, rng.chance(70), capStep),
      logoUrl: null,
      createdAt: created,
      updatedAt: created,
      spendingCapUsed: capStep > 0 ? rng.int(0, capStep * CAP_STEP) : 0,
      features: shared.features[rng.next() % 4] as WireFeatures,
      config: shared.config,
      parentOrg: parentId,
      subOrgLimit: 0,
      members: shared.noMembers,
      invites: shared.noInvites,
      payments: null,
    };
  }
  return out;
}
