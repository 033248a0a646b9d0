// The in-memory backend behind both the memory adapter and the demo's REST API: every
// endpoint of DESIGN §4 with its business rules, spoken in wire shapes. No DOM, no Node:
// it runs in the browser and in Node alike.
import type { CheckoutStatus } from '../types.js';
import { identifyCaller } from './caller.js';
import { advanceCheckout } from './checkout.js';
import { generateSubOrgs } from './generator.js';
import { fingerprint, IdempotencyStore } from './idempotency.js';
import { BackendError } from './protocol.js';
import type { BackendRequest, BackendResponse } from './protocol.js';
import { matchRoute } from './router.js';
import type { Route, RouteContext, RouteEnv } from './router.js';
import { billingRoutes } from './routes-billing.js';
import { creditRoutes } from './routes-credits.js';
import { memberRoutes } from './routes-members.js';
import { orgRoutes } from './routes-orgs.js';
import { paymentRoutes } from './routes-payments.js';
import { resellerRoutes } from './routes-reseller.js';
import { usageRoutes } from './routes-usage.js';
import { agencyOrg, seedDefault, todayUtc } from './seed.js';
import { BackendState } from './state.js';

export type { BackendRequest, BackendResponse } from './protocol.js';

/** `'default'`: the demo world of seed.ts; `{ generate }`: the agency plus N generated sub-orgs, no tier limit. */
export type SeedOption = 'default' | { generate: number; seed?: number };

export interface BackendOptions {
  seed?: SeedOption;
  now?: () => Date;
  /** Serve control-only routes (`…/reseller/checkout/{id}/simulate`). Default false. */
  control?: boolean;
  /** Time a write takes after it has claimed its idempotency key (to make concurrent duplicates observable). */
  writeDelayMs?: number;
}

export interface Backend {
  handle(request: BackendRequest): Promise<BackendResponse>;
  /** Throws the state away and seeds again. */
  reset(seed?: SeedOption): void;
  /** Moves a checkout (what the hosted page or a control call reports). */
  setCheckoutStatus(id: string, status: CheckoutStatus): BackendResponse;
  /** The live state, for tests and the demo's control panel. */
  readonly state: BackendState;
}

// Literal segments first: `/orgs/{org}/orgs/usage` must not be read as a sub-org id.
const ROUTES: readonly Route[] = [...usageRoutes, ...orgRoutes, ...billingRoutes, ...creditRoutes, ...memberRoutes, ...paymentRoutes, ...resellerRoutes];

/** The largest generated world we agree to build (memory, not patience, is the limit). */
export const MAX_GENERATED = 1_000_000;

/** A seed option that came in as JSON (the control route); throws TypeError when it is not one. */
export function parseSeedOption(value: unknown): SeedOption {
  if (value === undefined || value === 'default') return 'default';
  const generate = (value as { generate?: unknown } | null)?.generate;
  const seed = (value as { seed?: unknown }).seed;
  if (typeof generate !== 'number' || !Number.isInteger(generate) || generate < 0 || generate > MAX_GENERATED) {
    throw new TypeError(`seed: 'default' or { generate: 0…${MAX_GENERATED}, seed? }.`);
  }
  if (seed !== undefined && !Number.isInteger(seed)) throw new TypeError('seed.seed: an integer.');
  return { generate, seed: seed as number | undefined };
}

export function seedState(state: BackendState, seed: SeedOption = 'default'): void {
  if (seed === 'default') {
    seedDefault(state);
    return;
  }
  state.addOrg(agencyOrg(todayUtc(state.now()), null));
  for (const org of generateSubOrgs(seed.generate, seed.seed ?? 1, state.now())) state.orgs.set(org.id, org);
  state.version++;
}

export function createBackend(options: BackendOptions = {}): Backend {
  const clock = options.now ?? (() => new Date());
  let state = new BackendState(clock);
  let idempotency = new IdempotencyStore();
  seedState(state, options.seed);

  const envFor = (request: BackendRequest): RouteEnv => ({
    control: options.control ?? false,
    idempotency,
    demoUrl: (path) => `${request.origin ?? ''}${path}`,
  });

  const delay = () => (options.writeDelayMs ? new Promise<void>((r) => setTimeout(r, options.writeDelayMs)) : Promise.resolve());

  async function execute(route: Route, ctx: RouteContext): Promise<BackendResponse> {
    try {
      if (route.method !== 'GET') await delay();
      return await route.handler(ctx);
    } catch (error) {
      return toErrorResponse(error);
    }
  }

  async function handle(request: BackendRequest): Promise<BackendResponse> {
    try {
      const method = request.method.toUpperCase();
      const { route, params } = matchRoute(ROUTES, method, request.path);
      const caller = identifyCaller(request.headers);
      if (request.rawBodyError) throw new BackendError(400, 'invalid_json', 'The body is not valid JSON.');
      const ctx: RouteContext = { req: request, params, caller, state, env: envFor(request) };
      const key = request.headers['idempotency-key'];
      if (route.idempotency === 'required' && !key) {
        throw new BackendError(400, 'idempotency_key_required', 'Send an Idempotency-Key header with this request.');
      }
      if (route.idempotency && key) {
        const scope = `${caller.role}\u0000${key}`;
        return await idempotency.run(scope, fingerprint(method, request.path, request.body), clock().getTime(), () => execute(route, ctx));
      }
      return await execute(route, ctx);
    } catch (error) {
      return toErrorResponse(error);
    }
  }

  return {
    handle,
    reset(seed) {
      state = new BackendState(clock);
      idempotency = new IdempotencyStore();
      seedState(state, seed);
    },
    setCheckoutStatus(id, status) {
      try {
        const checkout = state.checkouts.get(id);
        if (!checkout) throw new BackendError(404, 'not_found', 'No such checkout.');
        advanceCheckout(state, checkout, status);
        return { status: 200, headers: { 'content-type': 'application/json' }, body: { id: checkout.id, status: checkout.status } };
      } catch (error) {
        return toErrorResponse(error);
      }
    },
    get state() {
      return state;
    },
  };
}

function toErrorResponse(error: unknown): BackendResponse {
  if (error instanceof BackendError) return error.toResponse();
  console.error('suborg backend: unexpected error', error);
  return new BackendError(500, 'internal', 'Something went wrong on our side.').toResponse();
}
