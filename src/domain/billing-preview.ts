// The plain-language auto-recharge preview (no DOM): which sentence to show, with which amounts.
import type { CreditAmount } from '../api/types.js';
import type { ParsedBillingForm } from './billing-form.js';

export type RechargePreview =
  | { kind: 'off' }
  /** On, but a field does not parse yet: say nothing misleading. */
  | { kind: 'incomplete' }
  | { kind: 'on'; threshold: CreditAmount; amount: CreditAmount };

export function rechargePreview(enabled: boolean, parsed: Pick<ParsedBillingForm, 'rechargeThreshold' | 'rechargeAmount'>): RechargePreview {
  if (!enabled) return { kind: 'off' };
  const { rechargeThreshold: threshold, rechargeAmount: amount } = parsed;
  if (threshold === null || amount === null || threshold < 0 || amount <= 0) return { kind: 'incomplete' };
  return { kind: 'on', threshold, amount };
}
