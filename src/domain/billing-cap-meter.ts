// The monthly spending meter (no DOM): how much of the cap is used, in integer math.
import type { Money } from '../api/types.js';

export const CAP_LEVELS = ['ok', 'near', 'reached'] as const;
export type CapLevel = (typeof CAP_LEVELS)[number];

/** "Near" starts at this share of the cap (the 80 %). */
export const NEAR_PERCENT = 80;

export interface CapMeter {
  level: CapLevel;
  /** Whole percent used, floored; may exceed 100 when the spend went past the cap. */
  percent: number;
  /** Meter value and max in minor units; the value is clamped to the max (role=meter requires it). */
  value: number;
  max: number;
  /** Where "near" starts, in minor units (for `<meter low>`). */
  low: number;
}

export interface SpendingCap {
  enabled: boolean;
  amount: Money;
}

/** Whole percent of `cap` that `used` is (floored, a negative spend counts as 0); BigInt so used × 100 never loses precision. */
const percentOf = (used: number, cap: number) => Number((BigInt(Math.max(0, used)) * 100n) / BigInt(cap));

/**
 * How close this period's spend is to the cap; null when there is no cap to compare (off, or
 * another currency than the spend). THE "cap reached" rule, shared by the list's row status and
 * the billing panel: reached once the spend is at or over the cap, so an enabled cap of 0 is
 * reached at once (nothing may be spent).
 */
export function capLevel(used: Money, cap: SpendingCap): CapLevel | null {
  const max = cap.amount.amount;
  if (!cap.enabled || used.currency !== cap.amount.currency) return null;
  return used.amount >= max ? 'reached' : max > 0 && percentOf(used.amount, max) >= NEAR_PERCENT ? 'near' : 'ok';
}

/** The meter to draw; null when there is nothing to measure against (no cap, another currency, or a cap of 0). */
export function capMeter(used: Money, cap: SpendingCap): CapMeter | null {
  const level = capLevel(used, cap);
  const max = cap.amount.amount;
  if (!level || max <= 0) return null;
  return { level, percent: percentOf(used.amount, max), value: Math.min(Math.max(0, used.amount), max), max, low: Number((BigInt(max) * BigInt(NEAR_PERCENT)) / 100n) };
}

/** True when a cap being typed is below what this period already spent (allowed, but worth a warning). */
export function capBelowUsed(cap: Money | null, used: Money): boolean {
  return !!cap && cap.currency === used.currency && cap.amount > 0 && cap.amount < used.amount;
}
