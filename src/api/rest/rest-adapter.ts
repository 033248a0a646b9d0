// The REST adapter (DESIGN §5): SubOrgAdapter over fetch, speaking the wire contract of §4.
// The memory adapter is this same class over an in-memory fetch, so both share one
// validation and mapping path. Every method is one row of ROUTES: the request it sends,
// the schema its answer must pass, and the change it announces.
import { AdapterChangeEvent } from '../adapter.js';
import type { AdapterChange, SubOrgAdapter } from '../adapter.js';
import { ApiError } from '../errors.js';
import * as wire from '../schemas/index.js';
import type * as z from '../schemas/zod.js';
import { createHttp } from './http.js';
import type { Http, HttpMethod, HttpOptions } from './http.js';
import { toWire } from './map.js';
import { readOne, readPage } from './read.js';
import { AdapterRetryEvent } from './retry-event.js';

export type RestAdapterOptions = Omit<HttpOptions, 'onRetry' | 'random'>;

/**
 * One method: verb, path (`:name` segments come from the input, checked and encoded), the
 * answer's schema (none: no body), the input keys sent (as the query of a GET, which makes it
 * a list; as the body otherwise; `patch`: the input's patch is the body), and the change a
 * successful write announces (`entity op`).
 */
type Route = [HttpMethod, string, z.ZodMiniType?, string?, string?];

const ORG = '/orgs/:orgId';
const SUB = `${ORG}/orgs/:subOrgId`;

const ROUTES: Record<Exclude<keyof SubOrgAdapter, keyof EventTarget>, Route> = {
  getOrg: ['GET', ORG, wire.wireOrgDetail],
  listSubOrgs: ['GET', `${ORG}/orgs`, wire.wireSubOrgSummary, 'page take search sort'],
  createSubOrg: ['POST', `${ORG}/orgs`, wire.wireCreatedSubOrg, 'name features account', 'sub-org create'],
  getSubOrg: ['GET', SUB, wire.wireOrgDetail],
  updateSubOrg: ['PATCH', SUB, wire.wireOrgDetail, 'patch', 'sub-org update'],
  updateBilling: ['PATCH', `${SUB}/billing`, wire.wireOrgDetail, 'patch', 'billing update'],
  // The caller is now a member of the sub-org (an assist session: for a while).
  joinSubOrg: ['POST', `${SUB}/join`, wire.wireSubOrgSummary, 'role', 'member create'],
  assistSubOrg: ['POST', `${SUB}/assist`, wire.wireAssistSession, 'role', 'member create'],
  // Gone from the parent's list (and its count).
  detachSubOrg: ['POST', `${SUB}/detach`, wire.wireOrgDetail, '', 'sub-org delete'],
  // Both balances moved: the sub-org's and the agency pool's.
  allocateCredits: ['POST', `${SUB}/credits`, wire.wireOrgDetail, 'amount reason', 'credits update'],
  listUsage: ['GET', `${ORG}/orgs/usage`, wire.wireUsageRow, 'interval fromDate toDate type page take'],
  listTransactions: ['GET', `${ORG}/credits/transactions`, wire.wireTransaction, 'fromDate toDate subOrgId page take'],
  // Members and invites of one org, addressed by its own route.
  listMembers: ['GET', `${ORG}/members`, wire.wireMember, 'page take'],
  updateMember: ['PATCH', `${ORG}/members/:memberId`, wire.wireMember, 'role', 'member update'],
  removeMember: ['DELETE', `${ORG}/members/:memberId`, undefined, '', 'member delete'],
  listInvites: ['GET', `${ORG}/invites`, wire.wireInvite, 'page take'],
  createInvite: ['POST', `${ORG}/invites`, wire.wireInvite, 'email role', 'invite create'],
  resendInvite: ['POST', `${ORG}/invites/:inviteId/resend`, wire.wireInvite, '', 'invite update'],
  deleteInvite: ['DELETE', `${ORG}/invites/:inviteId`, undefined, '', 'invite delete'],
  listPayments: ['GET', `${ORG}/billing/payments`, wire.wirePayment, 'page take'],
  // A POST that changes no entity anyone shows: no `change` event.
  createPortalSession: ['POST', `${ORG}/billing/portal`, wire.wirePortalSession, 'returnUrl'],
  getPricing: ['GET', `${ORG}/reseller/pricing`, wire.wirePricing],
  createCheckout: ['POST', `${ORG}/reseller/checkout`, wire.wireCheckout, 'tierId credits subOrgId successUrl cancelUrl', 'checkout create'],
  getCheckout: ['GET', `${ORG}/reseller/checkout/:checkoutId`, wire.wireCheckout],
};

/** Page size when a members/invites call does not say. */
const DEFAULT_TAKE = 100;

type Input = Record<string, unknown> & { signal?: AbortSignal; idempotencyKey?: string; ifMatch?: string };

/**
 * One path segment, encoded: ids come from data. Ids from the wire are checked by the
 * schema, but ids a host hands in are not, so a dot segment is refused here too: the URL
 * parser would turn `/orgs/a/orgs/../detach` into `/orgs/a/detach`.
 */
function seg(id: unknown): string {
  if (!wire.isPathSafeId(id)) throw new ApiError({ kind: 'validation', code: 'invalid', message: `Not a usable id: ${JSON.stringify(id)}` });
  return encodeURIComponent(id);
}

// The methods come from ROUTES (installed in the static block below).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface RestAdapter extends SubOrgAdapter {}

/**
 * Events (the adapter is an EventTarget, not a DOM node: nothing bubbles):
 * - `change` (`AdapterChangeEvent`): after every successful write, with the ids it touched.
 * - `retry` (`AdapterRetryEvent`): before waiting to retry, with `delayMs`, `attempt`, `reason`.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class RestAdapter extends EventTarget {
  readonly #http: Http;

  constructor(options: RestAdapterOptions) {
    super();
    this.#http = createHttp({ ...options, onRetry: (info) => this.dispatchEvent(new AdapterRetryEvent(info)) });
  }

  async #call([method, template, schema, keys = '', change]: Route, input: Input): Promise<unknown> {
    const { signal, idempotencyKey, ifMatch } = input;
    const get = method === 'GET';
    const list = get && keys !== '';
    if (list) {
      input.page ??= 1;
      input.take ??= DEFAULT_TAKE;
    }
    const path = template.replace(/:(\w+)/g, (_, name: string) => seg(input[name]));
    const picked = Object.fromEntries(keys.split(' ').map((key) => [key, input[key] === '' ? undefined : input[key]]));
    const data = toWire(keys === 'patch' ? input.patch : picked) as Record<string, string | number>;
    const res = await this.#http({ method, path, ...(get ? { query: data } : keys ? { body: data } : {}), idempotencyKey, ifMatch, signal });
    const result = !schema ? undefined : list ? readPage(schema, res, input as { page: number; take: number }) : readOne<{ id?: string }>(schema, res);
    if (change) {
      const [entity, op] = change.split(' ') as [AdapterChange['entity'], AdapterChange['op']];
      const created = op === 'create' && entity !== 'member' ? (result as { id: string }).id : undefined;
      const ids = [created, input.subOrgId, input.memberId, input.inviteId, input.orgId].filter((id): id is string => typeof id === 'string');
      this.dispatchEvent(new AdapterChangeEvent({ entity, op, ids: [...new Set(ids)] }));
    }
    return result;
  }

  static {
    for (const [name, route] of Object.entries(ROUTES)) {
      (this.prototype as unknown as Record<string, unknown>)[name] = function (this: RestAdapter, input: Input) {
        return this.#call(route, { ...input });
      };
    }
  }
}

/** A `SubOrgAdapter` over the REST wire contract (DESIGN §4, §5). */
export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  return new RestAdapter(options);
}
