// Usage rows, computed (never stored): a day's credits for (org, date, event) come from a
// hash of that key, so the same query gives the same rows on every run and machine.
// Rows are ordered by bucket (oldest first), then org (creation order), then event, and
// routes-usage.ts computes only the requested page, so 100,000 sub-orgs cost no more than 25.
import type { UsageInterval } from '../types.js';
import { creditsToWire, moneyToWire, mulDivRound } from './amounts.js';
import type { OrgRecord } from './records.js';
import { hashKey } from './prng.js';

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
export const DAY_MS = 86_400_000;

export type UsageEvent = (typeof USAGE_EVENTS)[number];

/** Credits (hundredths) `orgId` spent on `event` on the UTC day starting at `dayMs`. */
export function dailyCredits(orgId: string, dayMs: number, event: UsageEvent): number {
  const h = hashKey(orgId, dayMs, event);
  if (h % 10 < 2) return 0; // quiet days
  return (h >>> 4) % (DAILY_MAX[event] + 1);
}

/** The day's amount spread over 24 hours by hashed weights; the hours add up to the day exactly. */
export function hourlyCredits(orgId: string, dayMs: number, event: UsageEvent, hour: number): number {
  const day = dailyCredits(orgId, dayMs, event);
  const weights = Array.from({ length: 24 }, (_, h) => 1 + (hashKey(orgId, dayMs, event, h) % 100));
  const total = weights.reduce((a, b) => a + b, 0);
  const floorShare = (w: number) => (day * w - ((day * w) % total)) / total;
  if (hour < 23) return floorShare(weights[hour] as number);
  let given = 0;
  for (let h = 0; h < 23; h++) given += floorShare(weights[h] as number);
  return day - given;
}

export interface Bucket {
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

export function usageRow(org: OrgRecord, bucket: Bucket, event: UsageEvent) {
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
