// Manual-mode credit allocation from the agency pool, and the ledger it writes.
// Decision: allocation is allowed whatever `use_parent_balance` says — in reselling mode
// it is a grant on top of what the client buys. The pool is the parent's `balance`.
import { resolveChild, resolveOrg } from './access.js';
import { creditsFromWire } from './amounts.js';
import { requireRole } from './permissions.js';
import { conflict, FieldErrors, json } from './protocol.js';
import type { OrgRecord } from './records.js';
import type { Route, RouteContext } from './router.js';
import { detail } from './routes-orgs.js';
import { transactionToWire } from './serialize.js';
import type { BackendState } from './state.js';
import { bodyObject, checkOptionalString, paginate, readDate, readPage, requireKnownKeys } from './validate.js';

export function recordTransaction(
  state: BackendState,
  pool: OrgRecord,
  sub: OrgRecord,
  amount: number,
  reason: string,
  contact: string | null,
  at: string = state.nowIso(),
): void {
  state.transactions.push({
    id: state.nextId('txn'),
    poolOrgId: pool.id,
    org_id: sub.id,
    org_name: sub.name,
    amount,
    reason,
    contact_name: contact,
    campaign_name: null,
    custom_keys_used: 0,
    created_at: at,
  });
}

function allocateCredits(ctx: RouteContext) {
  const { org: parent, actingRole } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, 'manageSubOrgs', true);
  const sub = resolveChild(ctx.state, parent, ctx.params.sub as string);
  const body = bodyObject(ctx.req.body);
  requireKnownKeys(body, ['amount', 'reason']);
  const fields = new FieldErrors();
  const parsed = creditsFromWire(body.amount);
  if (!parsed.ok) fields.add('amount', parsed.reason);
  else if (parsed.value === 0) fields.add('amount', 'Enter an amount other than 0.');
  const reason = checkOptionalString(body.reason, fields, 'reason', 500);
  fields.throwIfAny();
  const amount = (parsed as { value: number }).value;

  if (amount > 0 && amount > parent.balance && !parent.features.allow_overdraft) {
    throw conflict('insufficient_credits', 'The agency pool does not have that many credits.', { amount: 'More than the pool holds.' });
  }
  if (amount < 0 && -amount > sub.balance) {
    throw conflict('insufficient_credits', 'The sub-organization does not have that many credits to take back.', { amount: 'More than the sub-organization holds.' });
  }
  parent.balance -= amount;
  sub.balance += amount;
  recordTransaction(ctx.state, parent, sub, amount, reason?.trim() || (amount > 0 ? 'Manual allocation' : 'Credits taken back'), ctx.caller.name);
  ctx.state.touch(parent);
  ctx.state.touch(sub);
  return json(200, detail(ctx, sub));
}

function listTransactions(ctx: RouteContext) {
  const { org, actingRole, isSub } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, 'readSubOrgs', isSub);
  const { query } = ctx.req;
  const page = readPage(query);
  const far = new Date(0);
  const from = readDate(query, 'from_date', far).toISOString();
  const toDate = readDate(query, 'to_date', new Date(8.64e15));
  // to_date is inclusive: everything before the next midnight.
  const to = query.get('to_date') ? new Date(toDate.getTime() + 86_400_000).toISOString() : '9999';
  const subId = query.get('sub_org_id');
  const rows = ctx.state.transactions
    .filter((t) => t.poolOrgId === org.id && t.created_at >= from && t.created_at < to && (!subId || t.org_id === subId))
    .reverse();
  const { slice, headers } = paginate(rows, page);
  return json(200, slice.map(transactionToWire), headers);
}

export const creditRoutes: Route[] = [
  { method: 'POST', pattern: '/orgs/:org/orgs/:sub/credits', handler: allocateCredits, idempotency: 'optional' },
  { method: 'GET', pattern: '/orgs/:org/credits/transactions', handler: listTransactions },
];
