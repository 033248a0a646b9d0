// PATCH /orgs/{org}/orgs/{sub}/billing: a sub-org's billing settings (rules in billing-rules.ts).
import { checkIfMatch, resolveChild, resolveOrg } from './access.js';
import { patchBilling } from './billing-rules.js';
import { requireRole } from './permissions.js';
import { json } from './protocol.js';
import type { Route, RouteContext } from './router.js';
import { detail } from './routes-orgs.js';
import { bodyObject } from './validate.js';

function updateBilling(ctx: RouteContext) {
  const { org: parent, actingRole } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, 'manageSubOrgs', true);
  const sub = resolveChild(ctx.state, parent, ctx.params.sub as string);
  checkIfMatch(ctx.req.headers, sub);
  const { next, fields } = patchBilling(sub.billing, bodyObject(ctx.req.body));
  fields.throwIfAny('Some billing settings are invalid.');
  sub.billing = next;
  ctx.state.touch(sub);
  return json(200, detail(ctx, sub));
}

export const billingRoutes: Route[] = [{ method: 'PATCH', pattern: '/orgs/:org/orgs/:sub/billing', handler: updateBilling }];
