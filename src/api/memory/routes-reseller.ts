// Reselling: the price list, and checkouts that redirect to a hosted page. The demo's
// hosted page (or a control call) moves a checkout along; nothing here takes a card.
import { CHECKOUT_STATUSES } from '../types.js';
import type { CheckoutStatus } from '../types.js';
import { resolveChild, resolveOrg } from './access.js';
import { creditsFromWire, creditsToWire } from './amounts.js';
import { advanceCheckout, expireIfOld } from './checkout.js';
import { requireRole } from './permissions.js';
import { BackendError, FieldErrors, json, notFound } from './protocol.js';
import type { Route, RouteContext } from './router.js';
import { checkoutToWire } from './serialize.js';
import { defaultPricing, priceOfCredits, pricingToWire } from './pricing.js';
import type { PricingRecord } from './pricing.js';
import { bodyObject, checkOptionalString, requireKnownKeys } from './validate.js';
import { ROOT_ORG_ID } from './state.js';
import type { CheckoutRecord } from './records.js';

/** Every org sells at its agency's prices, in the agency's currency. */
function pricingFor(ctx: RouteContext): PricingRecord {
  return defaultPricing(ctx.state.orgs.get(ROOT_ORG_ID)?.billing.currency ?? 'usd');
}

function checkoutUrl(ctx: RouteContext, checkout: CheckoutRecord): string {
  return ctx.env.demoUrl(`/demo/hosted-checkout.html?id=${encodeURIComponent(checkout.id)}&org=${encodeURIComponent(checkout.orgId)}`);
}

function getPricing(ctx: RouteContext) {
  const { actingRole, isSub } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, 'readPricing', isSub);
  return json(200, pricingToWire(pricingFor(ctx)));
}

function createCheckout(ctx: RouteContext) {
  const { org, actingRole, isSub } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, 'billing', isSub);
  const body = bodyObject(ctx.req.body);
  requireKnownKeys(body, ['tier_id', 'credits', 'sub_org_id', 'success_url', 'cancel_url']);
  const pricing = pricingFor(ctx);
  const fields = new FieldErrors();
  let credits = 0;
  let amount = 0;
  if ((body.tier_id === undefined) === (body.credits === undefined)) {
    fields.add('tier_id', 'Choose a pack or a number of credits (one of them).');
  } else if (body.tier_id !== undefined) {
    const tier = pricing.tiers.find((t) => t.id === body.tier_id);
    if (!tier) fields.add('tier_id', 'No such pack.');
    else ({ credits, amount } = tier);
  } else {
    const parsed = creditsFromWire(body.credits);
    const bounds = pricing.perCredit;
    if (!bounds) fields.add('credits', 'Only packs are sold.');
    else if (!parsed.ok) fields.add('credits', parsed.reason);
    else if (parsed.value < bounds.minCredits || parsed.value > bounds.maxCredits) {
      fields.add('credits', `Between ${creditsToWire(bounds.minCredits)} and ${creditsToWire(bounds.maxCredits)} credits.`);
    } else {
      credits = parsed.value;
      amount = priceOfCredits(pricing, credits);
    }
  }
  let target = org;
  if (body.sub_org_id !== undefined) {
    if (typeof body.sub_org_id !== 'string') fields.add('sub_org_id', 'A sub-organization id.');
    else {
      try {
        target = resolveChild(ctx.state, org, body.sub_org_id);
      } catch {
        fields.add('sub_org_id', 'No such sub-organization.');
      }
    }
  }
  const successUrl = checkOptionalString(body.success_url, fields, 'success_url', 2048);
  const cancelUrl = checkOptionalString(body.cancel_url, fields, 'cancel_url', 2048);
  fields.throwIfAny();

  const checkout: CheckoutRecord = {
    id: ctx.state.nextId('chk'),
    orgId: org.id,
    targetOrgId: target.id,
    status: 'open',
    credits,
    amount,
    currency: pricing.currency,
    createdAt: ctx.state.nowIso(),
    successUrl: successUrl ?? null,
    cancelUrl: cancelUrl ?? null,
    credited: false,
  };
  ctx.state.checkouts.set(checkout.id, checkout);
  ctx.state.version++;
  return json(201, checkoutToWire(checkout, checkoutUrl(ctx, checkout)));
}

function findCheckout(ctx: RouteContext): CheckoutRecord {
  const { org, actingRole, isSub } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, 'billing', isSub);
  const checkout = ctx.state.checkouts.get(ctx.params.id as string);
  if (!checkout || checkout.orgId !== org.id) throw notFound('No such checkout.');
  return checkout;
}

function getCheckout(ctx: RouteContext) {
  const checkout = findCheckout(ctx);
  expireIfOld(ctx.state, checkout);
  return json(200, checkoutToWire(checkout, checkoutUrl(ctx, checkout)));
}

/** Control only: what the hosted page reports back (paid, declined, abandoned). */
function simulateCheckout(ctx: RouteContext) {
  if (!ctx.env.control) throw new BackendError(404, 'not_found', 'No such route.');
  const checkout = findCheckout(ctx);
  const outcome = bodyObject(ctx.req.body).outcome;
  if (typeof outcome !== 'string' || !(CHECKOUT_STATUSES as readonly string[]).includes(outcome) || outcome === 'open') {
    throw new BackendError(422, 'invalid', 'Unknown outcome.', { outcome: 'One of pending, succeeded, failed, expired.' });
  }
  advanceCheckout(ctx.state, checkout, outcome as CheckoutStatus);
  return json(200, checkoutToWire(checkout, checkoutUrl(ctx, checkout)));
}

export const resellerRoutes: Route[] = [
  { method: 'GET', pattern: '/orgs/:org/reseller/pricing', handler: getPricing },
  { method: 'POST', pattern: '/orgs/:org/reseller/checkout', handler: createCheckout, idempotency: 'required' },
  { method: 'GET', pattern: '/orgs/:org/reseller/checkout/:id', handler: getCheckout },
  { method: 'POST', pattern: '/orgs/:org/reseller/checkout/:id/simulate', handler: simulateCheckout },
];
