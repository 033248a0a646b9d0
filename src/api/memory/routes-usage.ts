// GET /orgs/{org}/orgs/usage: one page of usage rows, computed on demand (see usage.ts).
import type { UsageInterval } from '../types.js';
import { USAGE_INTERVALS } from '../types.js';
import { resolveOrg } from './access.js';
import { requireRole } from './permissions.js';
import { badRequest, json } from './protocol.js';
import type { OrgRecord } from './records.js';
import type { Route, RouteContext } from './router.js';
import { buckets, DAY_MS, USAGE_EVENTS, usageRow } from './usage.js';
import type { Bucket, UsageEvent } from './usage.js';
import { pageHeaders, readDate, readPage } from './validate.js';

const MAX_RANGE_DAYS = 366;

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
    rows.push(usageRow(orgs[Math.floor(rest / events.length)] as OrgRecord, bucket, events[rest % events.length] as UsageEvent));
  }
  return json(200, rows, pageHeaders(total, page));
}

export const usageRoutes: Route[] = [{ method: 'GET', pattern: '/orgs/:org/orgs/usage', handler: listUsage }];
