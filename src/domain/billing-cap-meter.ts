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

/** Null when there is no usable cap (off, zero, or another currency than the spend). */
export function capMeter(used: Money, cap: { enabled: boolean; amount: Money }): CapMeter | null {
  if (!cap.enabled || cap.amount.amount <= 0 || used.currency !== cap.amount.currency) return null;
  const u = BigInt(Math.max(0, used.amount));
  const c = BigInt(cap.amount.amount);
  // BigInt so u × 100 never loses precision, whatever the currency's scale.
  const percent = Number((u * 100n) / c);
  const level: CapLevel = u >= c ? 'reached' : u * 100n >= c * BigInt(NEAR_PERCENT) ? 'near' : 'ok';
  const low = Number((c * BigInt(NEAR_PERCENT)) / 100n);
  return { level, percent, value: Math.min(Number(u), cap.amount.amount), max: cap.amount.amount, low };
}

/** True when a cap being typed is below what this period already spent (allowed, but worth a warning). */
export function capBelowUsed(cap: Money | null, used: Money): boolean {
  return cap !== null && cap.currency === used.currency && cap.amount > 0 && cap.amount < used.amount;
}
