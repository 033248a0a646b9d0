// Manual-mode credit moves between the agency pool and a sub-org (no DOM): validation of the
// form, the pool rule, and one idempotency key per intended action, reused on retry.
import type { CreditAmount } from '../api/types.js';
import { parseCredits } from './credits.js';
import { keyFor, type PendingIntent } from './idempotency.js';
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
  const parsed = parseCredits(form.amount, { locale });
  const amount = parsed.ok ? parsed.value : 0;
  const allocate = form.direction === 'allocate';
  const pool = limits.poolBalance;
  const reason = form.reason.trim();
  const errors: CreditMoveCheck['errors'] = {};
  const amountError = !parsed.ok
    ? parsed.error
    : amount <= 0
      ? 'must-be-positive'
      : allocate && !limits.allowOverdraft && pool !== null && amount > pool
        ? 'exceeds-pool'
        : !allocate && amount > limits.subOrgBalance
          ? 'exceeds-balance'
          : null;
  const reasonError = !reason ? 'reason-required' : reason.length > MAX_REASON_LENGTH ? 'reason-too-long' : null;
  if (amountError) errors.amount = amountError;
  if (reasonError) errors.reason = reasonError;
  return { signedAmount: amountError || reasonError ? null : allocate ? amount : -amount, errors };
}

/**
 * The intent (idempotency key) of a move: the pending one again when the same move is retried
 * (so the server runs it once), a new key once the amount or the trimmed reason differ.
 */
export function intentFor(pending: PendingIntent | null | undefined, amount: CreditAmount, reason: string, newKey?: () => string): PendingIntent {
  return keyFor(pending ?? null, `${amount} ${reason.trim()}`, newKey);
}
