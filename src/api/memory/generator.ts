// Any number of plausible sub-orgs for scale tests (100,000 in well under a second).
// Names come from a bijection over three word lists (125,000 distinct names before a
// branch number is added), so sort and search have real work to do; the rest is drawn
// from a seeded generator, so the same (n, seed) gives the same orgs.
import { createRng } from './prng.js';
import type { OrgRecord } from './records.js';
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

function nameFor(i: number): string {
  const combo = (i * STRIDE + 12_345) % COMBOS;
  const kind = KINDS[combo % KINDS.length];
  const core = CORES[Math.floor(combo / KINDS.length) % CORES.length];
  const place = PLACES[Math.floor(combo / (KINDS.length * CORES.length))];
  const branch = Math.floor(i / COMBOS);
  return branch === 0 ? `${place} ${core} ${kind}` : `${place} ${core} ${kind} ${branch + 1}`;
}

export function generateSubOrgs(n: number, seed = 1, now: Date = new Date(), parentId: string = ROOT_ORG_ID): OrgRecord[] {
  const rng = createRng(seed);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const out: OrgRecord[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const name = nameFor(i);
    const id = `org_g${String(i + 1).padStart(6, '0')}`;
    const created = new Date(today - rng.int(0, 1500) * DAY_MS - rng.int(0, 86_399) * 1000).toISOString();
    const currency = CURRENCIES[rng.next() % CURRENCIES.length] as string;
    const capOn = rng.chance(20);
    const capAmount = rng.int(1, 50) * 10_000;
    const email = `owner${i + 1}@clients.example`;
    out[i] = {
      id,
      name,
      nameKey: name.toLocaleLowerCase('en'),
      verified: rng.chance(80),
      disabled: rng.chance(3),
      deleted: false,
      type: rng.chance(60) ? 'TEAM' : 'PERSONAL',
      plan: PLANS[rng.next() % PLANS.length] as string,
      balance: rng.chance(8) ? 0 : rng.int(0, 5_000_000),
      promoBalance: rng.chance(10) ? rng.int(1, 500) * 100 : 0,
      promoBalanceResetAt: null,
      billing: {
        currency,
        autoRecharge: { enabled: false, threshold: 0, amount: 0 },
        useParentBalance: rng.chance(70),
        spendingCap: { enabled: capOn, amount: capOn ? capAmount : 0, resetAt: null },
        paymentMethod: null,
        lastLowBalanceNotificationAt: null,
        lastOutOfBalanceNotificationAt: null,
        lastSpendingCapNotificationAt: null,
      },
      logoUrl: null,
      createdAt: created,
      updatedAt: created,
      spendingCapUsed: capOn ? rng.int(0, capAmount) : 0,
      features: { enterprise: false, allow_overdraft: false, workflows: rng.chance(50), broadcasts: rng.chance(50), enable_japifon: false, custom_domain: false, slack_access: false },
      config: { email, address: null, terms_url: null, privacy_url: null, access: { session_ttl_seconds: 86_400, allow_invites: true }, modules: { inbox: true } },
      parentOrg: parentId,
      subOrgLimit: 0,
      members: [{ id: `mem_g${i + 1}`, name: `Owner ${i + 1}`, email, avatar: null, role: 'ADMIN', status: 'ACTIVE', user_id: `usr_g${i + 1}`, created_at: created, updated_at: created, seen_at: null }],
      invites: [],
      payments: null,
    };
  }
  return out;
}
