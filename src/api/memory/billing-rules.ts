// The rules of PATCH …/billing (routes-billing.ts): a merge patch of auto_recharge, spending_cap and use_parent_balance.
// Rules: amounts finite and not negative; credits with at most 2 decimals; the cap in the
// precision of billing.currency (JPY 0, USD 2, KWD 3); when auto-recharge ends up enabled
// its recharge_amount must be above 0; when the cap ends up enabled its amount must be above 0.
import { creditsFromWire, moneyFromWire } from './amounts.js';
import type { Scaled } from './amounts.js';
import { FieldErrors } from './protocol.js';
import type { BillingRecord } from './records.js';
import { isObject } from './validate.js';

/** Validates `patch` against `current` and returns the billing it would produce (not applied). */
export function patchBilling(current: BillingRecord, patch: Record<string, unknown>): { next: BillingRecord; fields: FieldErrors } {
  const fields = new FieldErrors();
  const next = structuredClone(current);
  for (const key of Object.keys(patch)) {
    if (!['auto_recharge', 'spending_cap', 'use_parent_balance'].includes(key)) fields.add(key, 'This field cannot be changed here.');
  }

  const recharge = patch.auto_recharge;
  if (recharge !== undefined) {
    if (!isObject(recharge)) fields.add('auto_recharge', 'An object.');
    else {
      for (const key of Object.keys(recharge)) {
        if (!['enabled', 'recharge_threshold', 'recharge_amount'].includes(key)) fields.add(`auto_recharge.${key}`, 'Unknown field.');
      }
      if (recharge.enabled !== undefined) {
        if (typeof recharge.enabled !== 'boolean') fields.add('auto_recharge.enabled', 'Must be true or false.');
        else next.autoRecharge.enabled = recharge.enabled;
      }
      const threshold = readAmount(recharge, 'recharge_threshold', creditsFromWire, 'auto_recharge', fields);
      if (threshold !== undefined) next.autoRecharge.threshold = threshold;
      const amount = readAmount(recharge, 'recharge_amount', creditsFromWire, 'auto_recharge', fields);
      if (amount !== undefined) next.autoRecharge.amount = amount;
    }
  }

  const cap = patch.spending_cap;
  if (cap !== undefined) {
    if (!isObject(cap)) fields.add('spending_cap', 'An object.');
    else {
      for (const key of Object.keys(cap)) if (!['enabled', 'amount'].includes(key)) fields.add(`spending_cap.${key}`, 'Unknown field.');
      if (cap.enabled !== undefined) {
        if (typeof cap.enabled !== 'boolean') fields.add('spending_cap.enabled', 'Must be true or false.');
        else next.spendingCap.enabled = cap.enabled;
      }
      const amount = readAmount(cap, 'amount', (v) => moneyFromWire(v, current.currency), 'spending_cap', fields);
      if (amount !== undefined) next.spendingCap.amount = amount;
    }
  }

  if (patch.use_parent_balance !== undefined) {
    if (typeof patch.use_parent_balance !== 'boolean') fields.add('use_parent_balance', 'Must be true or false.');
    else next.useParentBalance = patch.use_parent_balance;
  }

  if (fields.empty) {
    if (next.autoRecharge.enabled && next.autoRecharge.amount <= 0) fields.add('auto_recharge.recharge_amount', 'Enter an amount above 0 to recharge.');
    if (next.spendingCap.enabled && next.spendingCap.amount <= 0) fields.add('spending_cap.amount', 'Enter a cap above 0.');
  }
  return { next, fields };
}

function readAmount(
  obj: Record<string, unknown>,
  key: string,
  parse: (value: unknown) => Scaled,
  prefix: string,
  fields: FieldErrors,
): number | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  const path = `${prefix}.${key}`;
  const parsed = parse(value);
  if (!parsed.ok) fields.add(path, parsed.reason);
  else if (parsed.value < 0) fields.add(path, 'Cannot be negative.');
  else return parsed.value;
  return undefined;
}
