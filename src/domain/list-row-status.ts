// The status hint of a list row: what an agency must act on first. Exact integer
// comparisons only (credits and money are integers in the domain).
import type { SubOrgSummary } from '../api/types.js';

export const ROW_STATUSES = ['payment-failed', 'out-of-balance', 'cap-reached'] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

/** Every problem the row has, most urgent first; empty when all is well. */
export function rowStatuses(org: SubOrgSummary): RowStatus[] {
  const out: RowStatus[] = [];
  const { billing } = org;
  // Only a sub-org that buys its own credits (reselling mode) is charged on its card.
  if (!billing.useParentBalance && billing.paymentMethod?.failedAt) out.push('payment-failed');
  // In either mode the sub-org spends its own balance (topped up by the agency or bought); overdraft lets it go below zero.
  if (!org.features.allowOverdraft && org.balance + org.promoBalance <= 0) out.push('out-of-balance');
  if (capOn(org) && org.spendingCapUsed.currency === billing.spendingCap.amount.currency && org.spendingCapUsed.amount >= billing.spendingCap.amount.amount) out.push('cap-reached');
  return out;
}

/** A monthly cap is on and can be compared. */
export function capOn(org: SubOrgSummary): boolean {
  return org.billing.spendingCap.enabled;
}
