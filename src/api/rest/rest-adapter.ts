// The REST adapter (DESIGN §5): SubOrgAdapter over fetch, speaking the wire contract of §4.
// The memory adapter is this same class over an in-memory fetch, so both share one
// validation and mapping path.
import { AdapterChangeEvent } from '../adapter.js';
import type {
  AdapterChange,
  AllocateCreditsInput,
  CreateCheckoutInput,
  CreateSubOrgInput,
  InviteRef,
  ListSubOrgsQuery,
  MemberRef,
  OrgRef,
  PageQuery,
  RoleInput,
  SubOrgAdapter,
  SubOrgRef,
  TransactionsQuery,
  UpdateBillingInput,
  UpdateSubOrgInput,
  UsageQuery,
} from '../adapter.js';
import { creditsToWire } from '../../domain/credits.js';
import { ApiError } from '../errors.js';
import * as wire from '../schemas/index.js';
import type {
  AssistSession,
  Checkout,
  CreatedSubOrg,
  Invite,
  ListResult,
  Member,
  OrgDetail,
  Payment,
  PortalSession,
  Pricing,
  Role,
  SubOrgSummary,
  Transaction,
  UsageRow,
} from '../types.js';
import { createHttp } from './http.js';
import type { Http, HttpOptions } from './http.js';
import * as map from './map.js';
import { readOne, readPage } from './read.js';
import { AdapterRetryEvent } from './retry-event.js';

export type RestAdapterOptions = Omit<HttpOptions, 'onRetry' | 'random'>;

/** Page size when a members/invites call does not say. */
const DEFAULT_TAKE = 100;

/**
 * One path segment, encoded: ids come from data. Ids from the wire are checked by the
 * schema, but ids a host hands in are not, so a dot segment is refused here too: the URL
 * parser would turn `/orgs/a/orgs/../detach` into `/orgs/a/detach`.
 */
function seg(id: string): string {
  if (!wire.isPathSafeId(id)) throw new ApiError({ kind: 'validation', code: 'invalid', message: `Not a usable id: ${JSON.stringify(id)}` });
  return encodeURIComponent(id);
}

/**
 * Events (the adapter is an EventTarget, not a DOM node: nothing bubbles):
 * - `change` (`AdapterChangeEvent`): after every successful write, with the ids it touched.
 * - `retry` (`AdapterRetryEvent`): before waiting to retry, with `delayMs`, `attempt`, `reason`.
 */
export class RestAdapter extends EventTarget implements SubOrgAdapter {
  readonly #http: Http;

  constructor(options: RestAdapterOptions) {
    super();
    this.#http = createHttp({ ...options, onRetry: (info) => this.dispatchEvent(new AdapterRetryEvent(info)) });
  }

  #changed(change: AdapterChange): void {
    this.dispatchEvent(new AdapterChangeEvent({ ...change, ids: [...new Set(change.ids)] }));
  }

  // ── orgs

  async getOrg({ orgId, signal }: OrgRef): Promise<OrgDetail> {
    const res = await this.#http({ method: 'GET', path: `/orgs/${seg(orgId)}`, signal });
    return readOne(wire.wireOrgDetail, res, map.orgDetailFromWire);
  }

  async listSubOrgs({ orgId, page, take, search, sort, signal }: ListSubOrgsQuery): Promise<ListResult<SubOrgSummary>> {
    const res = await this.#http({ method: 'GET', path: `/orgs/${seg(orgId)}/orgs`, query: { page, take, search: search || undefined, sort }, signal });
    return readPage(wire.wireSubOrgSummary, res, { page, take }, map.subOrgSummaryFromWire);
  }

  async createSubOrg({ orgId, name, features, account, idempotencyKey, signal }: CreateSubOrgInput): Promise<CreatedSubOrg> {
    const body = {
      name,
      ...(features ? { features: map.featuresToWire(features) } : {}),
      ...(account ? { account: map.accountToWire(account) } : {}),
    };
    const res = await this.#http({ method: 'POST', path: `/orgs/${seg(orgId)}/orgs`, body, idempotencyKey, signal });
    const created = readOne(wire.wireCreatedSubOrg, res, map.createdSubOrgFromWire);
    this.#changed({ entity: 'sub-org', op: 'create', ids: [created.id, orgId] });
    return created;
  }

  async getSubOrg({ orgId, subOrgId, signal }: SubOrgRef): Promise<OrgDetail> {
    const res = await this.#http({ method: 'GET', path: `/orgs/${seg(orgId)}/orgs/${seg(subOrgId)}`, signal });
    return readOne(wire.wireOrgDetail, res, map.orgDetailFromWire);
  }

  async updateSubOrg({ orgId, subOrgId, patch, ifMatch, signal }: UpdateSubOrgInput): Promise<OrgDetail> {
    const path = `/orgs/${seg(orgId)}/orgs/${seg(subOrgId)}`;
    const res = await this.#http({ method: 'PATCH', path, body: map.subOrgPatchToWire(patch), ifMatch, signal });
    const org = readOne(wire.wireOrgDetail, res, map.orgDetailFromWire);
    this.#changed({ entity: 'sub-org', op: 'update', ids: [subOrgId, orgId] });
    return org;
  }

  async updateBilling({ orgId, subOrgId, patch, ifMatch, signal }: UpdateBillingInput): Promise<OrgDetail> {
    const path = `/orgs/${seg(orgId)}/orgs/${seg(subOrgId)}/billing`;
    const res = await this.#http({ method: 'PATCH', path, body: map.billingPatchToWire(patch), ifMatch, signal });
    const org = readOne(wire.wireOrgDetail, res, map.orgDetailFromWire);
    this.#changed({ entity: 'billing', op: 'update', ids: [subOrgId, orgId] });
    return org;
  }

  async joinSubOrg({ orgId, subOrgId, role, signal }: RoleInput): Promise<SubOrgSummary> {
    const res = await this.#http({ method: 'POST', path: `/orgs/${seg(orgId)}/orgs/${seg(subOrgId)}/join`, body: { role }, signal });
    const row = readOne(wire.wireSubOrgSummary, res, map.subOrgSummaryFromWire);
    // The caller is now a member of the sub-org.
    this.#changed({ entity: 'member', op: 'create', ids: [subOrgId, orgId] });
    return row;
  }

  async assistSubOrg({ orgId, subOrgId, role, signal }: RoleInput): Promise<AssistSession> {
    const res = await this.#http({ method: 'POST', path: `/orgs/${seg(orgId)}/orgs/${seg(subOrgId)}/assist`, body: { role }, signal });
    const session = readOne(wire.wireAssistSession, res, map.assistSessionFromWire);
    // An assist session grants the caller temporary access to the sub-org.
    this.#changed({ entity: 'member', op: 'create', ids: [subOrgId, orgId] });
    return session;
  }

  async detachSubOrg({ orgId, subOrgId, signal }: SubOrgRef): Promise<OrgDetail> {
    const res = await this.#http({ method: 'POST', path: `/orgs/${seg(orgId)}/orgs/${seg(subOrgId)}/detach`, signal });
    const org = readOne(wire.wireOrgDetail, res, map.orgDetailFromWire);
    // Gone from the parent's list (and its count).
    this.#changed({ entity: 'sub-org', op: 'delete', ids: [subOrgId, orgId] });
    return org;
  }

  async allocateCredits({ orgId, subOrgId, amount, reason, idempotencyKey, signal }: AllocateCreditsInput): Promise<OrgDetail> {
    const path = `/orgs/${seg(orgId)}/orgs/${seg(subOrgId)}/credits`;
    const res = await this.#http({ method: 'POST', path, body: { amount: creditsToWire(amount), reason }, idempotencyKey, signal });
    const org = readOne(wire.wireOrgDetail, res, map.orgDetailFromWire);
    // Both balances moved: the sub-org's and the agency pool's.
    this.#changed({ entity: 'credits', op: 'update', ids: [subOrgId, orgId] });
    return org;
  }

  async listUsage({ orgId, interval, fromDate, toDate, type, page, take, signal }: UsageQuery): Promise<ListResult<UsageRow>> {
    const query = { interval, from_date: fromDate, to_date: toDate, type, page, take };
    const res = await this.#http({ method: 'GET', path: `/orgs/${seg(orgId)}/orgs/usage`, query, signal });
    return readPage(wire.wireUsageRow, res, { page, take }, map.usageRowFromWire);
  }

  async listTransactions({ orgId, fromDate, toDate, subOrgId, page, take, signal }: TransactionsQuery): Promise<ListResult<Transaction>> {
    const query = { from_date: fromDate, to_date: toDate, sub_org_id: subOrgId, page, take };
    const res = await this.#http({ method: 'GET', path: `/orgs/${seg(orgId)}/credits/transactions`, query, signal });
    return readPage(wire.wireTransaction, res, { page, take }, map.transactionFromWire);
  }

  // ── members and invites of one org (addressed by its own route)

  async listMembers({ orgId, page = 1, take = DEFAULT_TAKE, signal }: OrgRef & Partial<PageQuery>): Promise<ListResult<Member>> {
    const res = await this.#http({ method: 'GET', path: `/orgs/${seg(orgId)}/members`, query: { page, take }, signal });
    return readPage(wire.wireMember, res, { page, take }, map.memberFromWire);
  }

  async updateMember({ orgId, memberId, role, signal }: MemberRef & { role: Role }): Promise<Member> {
    const res = await this.#http({ method: 'PATCH', path: `/orgs/${seg(orgId)}/members/${seg(memberId)}`, body: { role }, signal });
    const member = readOne(wire.wireMember, res, map.memberFromWire);
    this.#changed({ entity: 'member', op: 'update', ids: [memberId, orgId] });
    return member;
  }

  async removeMember({ orgId, memberId, signal }: MemberRef): Promise<void> {
    await this.#http({ method: 'DELETE', path: `/orgs/${seg(orgId)}/members/${seg(memberId)}`, signal });
    this.#changed({ entity: 'member', op: 'delete', ids: [memberId, orgId] });
  }

  async listInvites({ orgId, page = 1, take = DEFAULT_TAKE, signal }: OrgRef & Partial<PageQuery>): Promise<ListResult<Invite>> {
    const res = await this.#http({ method: 'GET', path: `/orgs/${seg(orgId)}/invites`, query: { page, take }, signal });
    return readPage(wire.wireInvite, res, { page, take }, map.inviteFromWire);
  }

  async createInvite({ orgId, email, role, signal }: OrgRef & { email: string; role: Role }): Promise<Invite> {
    const res = await this.#http({ method: 'POST', path: `/orgs/${seg(orgId)}/invites`, body: { email, role }, signal });
    const invite = readOne(wire.wireInvite, res, map.inviteFromWire);
    this.#changed({ entity: 'invite', op: 'create', ids: [invite.id, orgId] });
    return invite;
  }

  async resendInvite({ orgId, inviteId, signal }: InviteRef): Promise<Invite> {
    const res = await this.#http({ method: 'POST', path: `/orgs/${seg(orgId)}/invites/${seg(inviteId)}/resend`, signal });
    const invite = readOne(wire.wireInvite, res, map.inviteFromWire);
    this.#changed({ entity: 'invite', op: 'update', ids: [inviteId, orgId] });
    return invite;
  }

  async deleteInvite({ orgId, inviteId, signal }: InviteRef): Promise<void> {
    await this.#http({ method: 'DELETE', path: `/orgs/${seg(orgId)}/invites/${seg(inviteId)}`, signal });
    this.#changed({ entity: 'invite', op: 'delete', ids: [inviteId, orgId] });
  }

  // ── billing of one org, reseller pricing and checkout

  async listPayments({ orgId, page, take, signal }: OrgRef & PageQuery): Promise<ListResult<Payment>> {
    const res = await this.#http({ method: 'GET', path: `/orgs/${seg(orgId)}/billing/payments`, query: { page, take }, signal });
    return readPage(wire.wirePayment, res, { page, take }, map.paymentFromWire);
  }

  /** A POST that changes no entity anyone shows: no `change` event. */
  async createPortalSession({ orgId, returnUrl, signal }: OrgRef & { returnUrl: string }): Promise<PortalSession> {
    const res = await this.#http({ method: 'POST', path: `/orgs/${seg(orgId)}/billing/portal`, body: { return_url: returnUrl }, signal });
    return readOne(wire.wirePortalSession, res, map.portalSessionFromWire);
  }

  async getPricing({ orgId, signal }: OrgRef): Promise<Pricing> {
    const res = await this.#http({ method: 'GET', path: `/orgs/${seg(orgId)}/reseller/pricing`, signal });
    return readOne(wire.wirePricing, res, map.pricingFromWire);
  }

  async createCheckout(input: CreateCheckoutInput): Promise<Checkout> {
    const { orgId, subOrgId, successUrl, cancelUrl, idempotencyKey, signal } = input;
    const item = 'tierId' in input ? { tier_id: input.tierId } : { credits: creditsToWire(input.credits) };
    const body = { ...item, sub_org_id: subOrgId, success_url: successUrl, cancel_url: cancelUrl };
    const res = await this.#http({ method: 'POST', path: `/orgs/${seg(orgId)}/reseller/checkout`, body, idempotencyKey, signal });
    const checkout = readOne(wire.wireCheckout, res, map.checkoutFromWire);
    this.#changed({ entity: 'checkout', op: 'create', ids: [checkout.id, ...(subOrgId ? [subOrgId] : []), orgId] });
    return checkout;
  }

  async getCheckout({ orgId, checkoutId, signal }: OrgRef & { checkoutId: string }): Promise<Checkout> {
    const res = await this.#http({ method: 'GET', path: `/orgs/${seg(orgId)}/reseller/checkout/${seg(checkoutId)}`, signal });
    return readOne(wire.wireCheckout, res, map.checkoutFromWire);
  }
}

/** A `SubOrgAdapter` over the REST wire contract (DESIGN §4, §5). */
export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  return new RestAdapter(options);
}
