// The checkout state machine: open → pending → succeeded | failed, and open | pending →
// expired (also by age). Finished states are final; asking for the same one again is a
// no-op, another one is 409. `succeeded` adds the credits exactly once.
import type { CheckoutStatus } from '../types.js';
import { creditsToWire } from './amounts.js';
import { paymentsOf } from './payments.js';
import { conflict } from './protocol.js';
import type { CheckoutRecord } from './records.js';
import { recordTransaction } from './routes-credits.js';
import type { BackendState } from './state.js';

/** An unpaid checkout lapses after this long, as hosted checkout pages do. */
export const CHECKOUT_TTL_MS = 30 * 60 * 1000;

const NEXT: Record<CheckoutStatus, readonly CheckoutStatus[]> = {
  open: ['pending', 'succeeded', 'failed', 'expired'],
  pending: ['succeeded', 'failed', 'expired'],
  succeeded: [],
  failed: [],
  expired: [],
};

/** Lapses an old unfinished checkout; call before reading or moving one. */
export function expireIfOld(state: BackendState, checkout: CheckoutRecord): void {
  if ((checkout.status === 'open' || checkout.status === 'pending') && state.now().getTime() - Date.parse(checkout.createdAt) > CHECKOUT_TTL_MS) {
    checkout.status = 'expired';
  }
}

export function advanceCheckout(state: BackendState, checkout: CheckoutRecord, target: CheckoutStatus): void {
  expireIfOld(state, checkout);
  if (checkout.status === target) return;
  if (!NEXT[checkout.status].includes(target)) {
    throw conflict('invalid_transition', `A ${checkout.status} checkout cannot become ${target}.`);
  }
  checkout.status = target;
  if (target === 'succeeded' || target === 'failed') recordPayment(state, checkout, target);
  if (target === 'succeeded' && !checkout.credited) {
    const org = state.orgs.get(checkout.targetOrgId);
    if (org) {
      org.balance += checkout.credits;
      const pool = org.parentOrg ? state.orgs.get(org.parentOrg) : undefined;
      if (pool) recordTransaction(state, pool, org, checkout.credits, `Purchase ${checkout.id}`, null);
      state.touch(org);
    }
    checkout.credited = true;
  }
  state.version++;
}

function recordPayment(state: BackendState, checkout: CheckoutRecord, status: 'succeeded' | 'failed'): void {
  const org = state.orgs.get(checkout.targetOrgId);
  if (!org) return;
  paymentsOf(state, org).push({
    id: state.nextId('pay'),
    type: 'checkout',
    amount: checkout.amount,
    currency: checkout.currency,
    status,
    description: `${creditsToWire(checkout.credits).toLocaleString('en-US')} credits (${checkout.id})`,
    created_at: state.nowIso(),
  });
}
