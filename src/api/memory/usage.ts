// Usage rows, computed (never stored): a day's credits for (org, date, event) come from a
// hash of that key, so the same query gives the same rows on every run and machine.
// Rows are ordered by bucket (oldest first), then org (creation order), then event, and
// only the requested page is computed, so 100,000 sub-orgs cost no more than 25.
import type { UsageInterval } from '../types.js';
import { USAGE_INTERVALS } from '../types.js';
import { resolveOrg } from './access.js';
import { creditsToWire, moneyToWire, mulDivRound } from './amounts.js';
import { requireRole } from './permissions.js';
import { badRequest, json } from './protocol.js';
import type { OrgRecord } from './records.js';
import type { Route, RouteContext } from './router.js';
import { hashKey } from './prng.js';
import { pageHeaders, readDate, readPage } from './validate.js';

export const USAGE_EVENTS = ['sms_sent', 'email_sent', 'call_minute', 'whatsapp_message', 'ai_reply'] as const;
/** Upper bound of a day's credits per event, in hundredths. */
const DAILY_MAX: Record<(typeof USAGE_EVENTS)[number], number> = {
  sms_sent: 4_000_00,
  email_sent: 600_00,
  call_minute: 1_500_00,
  whatsapp_message: 900_00,
  ai_reply: 2_500_00,
};
/** Minor units of the org's currency per credit (1 credit ≈ 1 US cent). */
const MINOR_PER_CREDIT: Record<string, number> = { jpy: 2, kwd: 3 };
const DAY_MS = 86_400_000;
const MAX_RANGE_DAYS = 366;

type Event = (typeof USAGE_EVENTS)[number];

/** Credits (hundredths) `orgId` spent on `event` on the UTC day starting at `dayMs`. */
export function dailyCredits(orgId: string, dayMs: number, event: Event): number {
  const h = hashKey(orgId, dayMs, event);
  if (h % 10 < 2) return 0; // quiet days
  return (h >>> 4) % (DAILY_MAX[event] + 1);
}

/** The day's amount spread over 24 hours by hashed weights; the hours add up to the day exactly. */
export function hourlyCredits(orgId: string, dayMs: number, event: Event, hour: number): number {
  const day = dailyCredits(orgId, dayMs, event);
  const weights = Array.from({ length: 24 }, (_, h) => 1 + (hashKey(orgId, dayMs, event, h) % 100));
  const total = weights.reduce((a, b) => a + b, 0);
  const floorShare = (w: number) => (day * w - ((day * w) % total)) / total;
  if (hour < 23) return floorShare(weights[hour] as number);
  let given = 0;
  for (let h = 0; h < 23; h++) given += floorShare(weights[h] as number);
  return day - given;
}

interface Bucket {
  start: number;
  /** Days (UTC midnights) of the bucket inside the queried range. */
  days: number[];
  hour?: number;
}

function bucketStart(dayMs: number, interval: UsageInterval): number {
  const d = new Date(dayMs);
  if (interval === 'week') return dayMs - ((d.getUTCDay() + 6) % 7) * DAY_MS; // weeks start on Monday
  if (interval === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  if (interval === 'year') return Date.UTC(d.getUTCFullYear(), 0, 1);
  return dayMs;
}

export function buckets(fromMs: number, toMs: number, interval: UsageInterval): Bucket[] {
  const out: Bucket[] = [];
  for (let day = fromMs; day <= toMs; day += DAY_MS) {
    if (interval === 'hour') {
      for (let hour = 0; hour < 24; hour++) out.push({ start: day + hour * 3_600_000, days: [day], hour });
      continue;
    }
    const start = bucketStart(day, interval);
    const last = out.at(-1);
    if (last && last.start === start) last.days.push(day);
    else out.push({ start, days: [day] });
  }
  return out;
}

function usageRow(org: OrgRecord, bucket: Bucket, event: Event) {
  const credits =
    bucket.hour === undefined
      ? bucket.days.reduce((sum, day) => sum + dailyCredits(org.id, day, event), 0)
      : hourlyCredits(org.id, bucket.days[0] as number, event, bucket.hour);
  const currency = org.billing.currency;
  const minor = mulDivRound(credits, MINOR_PER_CREDIT[currency] ?? 1, 100);
  return {
    org_id: org.id,
    org_name: org.name,
    event_name: event,
    amount_credits: creditsToWire(credits),
    amount_monetary: moneyToWire(minor, currency),
    currency,
    date: new Date(bucket.start).toISOString(),
  };
}

function listUsage(ctx: RouteContext) {
  const { org, actingRole, isSub } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, 'readSubOrgs', isSub);
  const { query } = ctx.req;
  const interval = query.get('interval');
  if (!interval || !(USAGE_INTERVALS as readonly string[]).includes(interval)) {
    throw badRequest('Choose an interval.', { interval: `One of ${USAGE_INTERVALS.join(', ')}.` });
  }
  const page = readPage(query);
  const now = ctx.state.now();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const to = readDate(query, 'to_date', new Date(today)).getTime();
  const from = readDate(query, 'from_date', new Date(to - 29 * DAY_MS)).getTime();
  if (from > to) throw badRequest('from_date is after to_date.', { from_date: 'Must not be after to_date.' });
  if ((to - from) / DAY_MS >= MAX_RANGE_DAYS) throw badRequest('The range is too long.', { from_date: `At most ${MAX_RANGE_DAYS} days.` });

  const type = query.get('type');
  const events = type ? USAGE_EVENTS.filter((e) => e === type) : [...USAGE_EVENTS];
  const orgs = ctx.state.children(org.id);
  const bucketList = buckets(from, to, interval as UsageInterval);
  const perBucket = orgs.length * events.length;
  const total = bucketList.length * perBucket;
  const rows = [];
  const first = (page.page - 1) * page.take;
  for (let i = first; i < Math.min(total, first + page.take); i++) {
    const bucket = bucketList[Math.floor(i / perBucket)] as Bucket;
    const rest = i % perBucket;
    rows.push(usageRow(orgs[Math.floor(rest / events.length)] as OrgRecord, bucket, events[rest % events.length] as Event));
  }
  return json(200, rows, pageHeaders(total, page));
}

export const usageRoutes: Route[] = [{ method: 'GET', pattern: '/orgs/:org/orgs/usage', handler: listUsage }];
