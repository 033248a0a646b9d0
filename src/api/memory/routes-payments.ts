// An org's own billing routes: payment history and the hosted billing portal.
import { resolveOrg } from './access.js';
import { paymentsOf } from './payments.js';
import { requireRole } from './permissions.js';
import { FieldErrors, json } from './protocol.js';
import type { Route, RouteContext } from './router.js';
import { paymentToWire } from './serialize.js';
import { bodyObject, paginate, readPage } from './validate.js';

const PORTAL_TTL_MS = 5 * 60 * 1000;

function listPayments(ctx: RouteContext) {
  const { org, actingRole, isSub } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, 'billing', isSub);
  const newestFirst = [...paymentsOf(ctx.state, org)].reverse();
  const { slice, headers } = paginate(newestFirst, readPage(ctx.req.query));
  return json(200, slice.map(paymentToWire), headers);
}

function createPortalSession(ctx: RouteContext) {
  const { org, actingRole, isSub } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, 'billing', isSub);
  const body = bodyObject(ctx.req.body);
  const fields = new FieldErrors();
  if (typeof body.return_url !== 'string' || body.return_url.trim() === '' || body.return_url.length > 2048) {
    fields.add('return_url', 'The page to come back to.');
  }
  fields.throwIfAny();
  return json(201, {
    url: ctx.env.demoUrl(`/demo/billing-portal.html?org=${encodeURIComponent(org.id)}`),
    expires_at: new Date(ctx.state.now().getTime() + PORTAL_TTL_MS).toISOString(),
  });
}

export const paymentRoutes: Route[] = [
  { method: 'GET', pattern: '/orgs/:org/billing/payments', handler: listPayments },
  { method: 'POST', pattern: '/orgs/:org/billing/portal', handler: createPortalSession },
];
