// Manual-mode credit moves between the agency pool and a sub-org (no DOM): validation of the
// form, the pool rule, and one idempotency key per intended action, reused on retry.
import type { CreditAmount } from '../api/types.js';
import { parseCredits } from './credits.js';
import type { ParseErrorCode } from './parse-result.js';

export const CREDIT_DIRECTIONS = ['allocate', 'take-back'] as const;
export type CreditDirection = (typeof CREDIT_DIRECTIONS)[number];

export const MAX_REASON_LENGTH = 200;

export interface CreditMoveForm {
  direction: CreditDirection;
  amount: string;
  reason: string;
}

export type CreditMoveError = ParseErrorCode | 'must-be-positive' | 'exceeds-pool' | 'exceeds-balance' | 'reason-required' | 'reason-too-long';

export interface CreditMoveCheck {
  /** Signed hundredths for the adapter: negative takes back. Null while invalid. */
  signedAmount: CreditAmount | null;
  errors: { amount?: CreditMoveError; reason?: CreditMoveError };
}

export interface CreditMoveLimits {
  /** The agency pool (the parent's balance); null while unknown. */
  poolBalance: CreditAmount | null;
  allowOverdraft: boolean;
  subOrgBalance: CreditAmount;
}

export function checkCreditMove(form: CreditMoveForm, limits: CreditMoveLimits, locale: string): CreditMoveCheck {
  const errors: CreditMoveCheck['errors'] = {};
  const parsed = parseCredits(form.amount, { locale });
  let amount: CreditAmount | null = null;
  if (!parsed.ok) errors.amount = parsed.error;
  else if (parsed.value <= 0) errors.amount = 'must-be-positive';
  else amount = parsed.value;

  if (amount !== null && form.direction === 'allocate' && !limits.allowOverdraft && limits.poolBalance !== null && amount > limits.poolBalance) {
    errors.amount = 'exceeds-pool';
  }
  if (amount !== null && form.direction === 'take-back' && amount > limits.subOrgBalance) errors.amount = 'exceeds-balance';

  const reason = form.reason.trim();
  if (!reason) errors.reason = 'reason-required';
  else if (reason.length > MAX_REASON_LENGTH) errors.reason = 'reason-too-long';

  const ok = !errors.amount && !errors.reason && amount !== null;
  return { signedAmount: ok ? (form.direction === 'allocate' ? amount : -amount!) : null, errors };
}

/** The key of one intended action: the body it was first sent with. */
export interface CreditIntent {
  key: string;
  amount: CreditAmount;
  reason: string;
}

/**
 * Reuses the pending intent's key when the same action is retried (so the server runs it once);
 * a different body is a new intent with a new key (reusing it would be `idempotency_reused`).
 */
export function intentFor(pending: CreditIntent | null, amount: CreditAmount, reason: string, newKey: () => string): CreditIntent {
  const trimmed = reason.trim();
  if (pending && pending.amount === amount && pending.reason === trimmed) return pending;
  return { key: newKey(), amount, reason: trimmed };
}
