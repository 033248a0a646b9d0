// The billing form model (no DOM): what the person typed, kept verbatim, compared with the
// saved values for dirty tracking, validated with the domain parsers, and turned into a patch.
// Raw text is the source of truth so a failed save never loses what was typed.
import type { BillingPatch } from '../api/adapter.js';
import type { CreditAmount, Money, OrgDetail } from '../api/types.js';
import { parseCredits } from './credits.js';
import { unitsToDecimalString } from './decimal.js';
import { currencyExponent, parseMoney } from './money.js';
import type { ParseErrorCode } from './parse-result.js';

export interface BillingForm {
  autoRechargeEnabled: boolean;
  rechargeThreshold: string;
  rechargeAmount: string;
  capEnabled: boolean;
  capAmount: string;
  useParentBalance: boolean;
}

/** Field ids are the domain paths the server names in `ApiError.fields`. */
export const BILLING_FIELDS = [
  'autoRecharge.enabled',
  'autoRecharge.rechargeThreshold',
  'autoRecharge.rechargeAmount',
  'spendingCap.enabled',
  'spendingCap.amount',
  'useParentBalance',
] as const;
export type BillingField = (typeof BILLING_FIELDS)[number];

export type BillingFieldError = ParseErrorCode | 'must-be-positive';
export type BillingErrors = Partial<Record<BillingField, BillingFieldError>>;

/** What may be edited: the client view edits nothing of the limits or the credit mode. */
export interface BillingEditScope {
  autoRecharge: boolean;
  spendingCap: boolean;
  creditMode: boolean;
}
export const AGENCY_SCOPE: BillingEditScope = { autoRecharge: true, spendingCap: true, creditMode: true };

/** Plain decimal text of smallest units, without trailing fraction zeros ("5000", 2 → "50"; 1250 → "12.5"). */
export function unitsToDecimal(units: number, exponent: number): string {
  const text = unitsToDecimalString(units, exponent);
  return exponent === 0 ? text : text.replace(/\.?0+$/, '');
}

/** The edit text of an amount: no grouping, the locale's decimal separator (parsers read it back exactly). */
export function editText(units: number, exponent: number, locale: string): string {
  const plain = unitsToDecimal(units, exponent);
  const decimal = decimalSeparator(locale);
  return decimal === '.' ? plain : plain.replace('.', decimal);
}

function decimalSeparator(locale: string): string {
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    return part?.value ?? '.';
  } catch {
    return '.';
  }
}

/** The form as the server's org says it is. */
export function formFromOrg(org: OrgDetail, locale: string): BillingForm {
  const { autoRecharge, spendingCap, useParentBalance, currency } = org.billing;
  return {
    autoRechargeEnabled: autoRecharge.enabled,
    rechargeThreshold: editText(autoRecharge.rechargeThreshold, 2, locale),
    rechargeAmount: editText(autoRecharge.rechargeAmount, 2, locale),
    capEnabled: spendingCap.enabled,
    capAmount: editText(spendingCap.amount.amount, currencyExponent(spendingCap.amount.currency || currency), locale),
    useParentBalance,
  };
}

export interface ParsedBillingForm {
  rechargeThreshold: CreditAmount | null;
  rechargeAmount: CreditAmount | null;
  capAmount: Money | null;
  errors: BillingErrors;
}

/** Parses and validates; a field is checked only while its switch is on (off sends `enabled: false` only). */
export function parseBillingForm(form: BillingForm, opts: { locale: string; currency: string; scope?: BillingEditScope }): ParsedBillingForm {
  const scope = opts.scope ?? AGENCY_SCOPE;
  const errors: BillingErrors = {};
  const threshold = parseCredits(form.rechargeThreshold, { locale: opts.locale });
  const amount = parseCredits(form.rechargeAmount, { locale: opts.locale });
  const cap = parseMoney(form.capAmount, { currency: opts.currency, locale: opts.locale });

  if (scope.autoRecharge && form.autoRechargeEnabled) {
    if (!threshold.ok) errors['autoRecharge.rechargeThreshold'] = threshold.error;
    if (!amount.ok) errors['autoRecharge.rechargeAmount'] = amount.error;
    else if (amount.value <= 0) errors['autoRecharge.rechargeAmount'] = 'must-be-positive';
  }
  if (scope.spendingCap && form.capEnabled) {
    if (!cap.ok) errors['spendingCap.amount'] = cap.error;
    else if (cap.value.amount <= 0) errors['spendingCap.amount'] = 'must-be-positive';
  }
  return {
    rechargeThreshold: threshold.ok ? threshold.value : null,
    rechargeAmount: amount.ok ? amount.value : null,
    capAmount: cap.ok ? cap.value : null,
    errors,
  };
}

export function hasErrors(errors: BillingErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** The merge patch for what changed against `saved`; null when nothing did. Assumes a form without errors. */
export function billingPatch(
  form: BillingForm,
  saved: BillingForm,
  opts: { locale: string; currency: string; scope?: BillingEditScope },
): BillingPatch | null {
  const scope = opts.scope ?? AGENCY_SCOPE;
  const now = parseBillingForm(form, opts);
  const before = parseBillingForm(saved, { ...opts, scope: { autoRecharge: false, spendingCap: false, creditMode: false } });
  const patch: BillingPatch = {};

  if (scope.autoRecharge && autoRechargeChanged(form, saved, now, before)) {
    patch.autoRecharge = form.autoRechargeEnabled
      ? { enabled: true, rechargeThreshold: now.rechargeThreshold ?? 0, rechargeAmount: now.rechargeAmount ?? 0 }
      : { enabled: false };
  }
  if (scope.spendingCap && capChanged(form, saved, now, before)) {
    patch.spendingCap = form.capEnabled && now.capAmount ? { enabled: true, amount: now.capAmount } : { enabled: false };
  }
  if (scope.creditMode && form.useParentBalance !== saved.useParentBalance) patch.useParentBalance = form.useParentBalance;
  return Object.keys(patch).length ? patch : null;
}

/** Dirty = something the person changed would be saved, or text that does not parse differs from the saved text. */
export function isDirty(form: BillingForm, saved: BillingForm, opts: { locale: string; currency: string; scope?: BillingEditScope }): boolean {
  const scope = opts.scope ?? AGENCY_SCOPE;
  const off = { autoRecharge: false, spendingCap: false, creditMode: false };
  const now = parseBillingForm(form, { ...opts, scope: off });
  const before = parseBillingForm(saved, { ...opts, scope: off });
  return (
    (scope.autoRecharge && autoRechargeChanged(form, saved, now, before)) ||
    (scope.spendingCap && capChanged(form, saved, now, before)) ||
    (scope.creditMode && form.useParentBalance !== saved.useParentBalance)
  );
}

function autoRechargeChanged(form: BillingForm, saved: BillingForm, now: ParsedBillingForm, before: ParsedBillingForm): boolean {
  if (form.autoRechargeEnabled !== saved.autoRechargeEnabled) return true;
  if (!form.autoRechargeEnabled) return false;
  return (
    fieldChanged(form.rechargeThreshold, saved.rechargeThreshold, now.rechargeThreshold, before.rechargeThreshold) ||
    fieldChanged(form.rechargeAmount, saved.rechargeAmount, now.rechargeAmount, before.rechargeAmount)
  );
}

function capChanged(form: BillingForm, saved: BillingForm, now: ParsedBillingForm, before: ParsedBillingForm): boolean {
  if (form.capEnabled !== saved.capEnabled) return true;
  if (!form.capEnabled) return false;
  return fieldChanged(form.capAmount, saved.capAmount, now.capAmount?.amount ?? null, before.capAmount?.amount ?? null);
}

function fieldChanged(raw: string, savedRaw: string, value: number | null, savedValue: number | null): boolean {
  if (value === null || savedValue === null) return raw.trim() !== savedRaw.trim();
  return value !== savedValue;
}

/** Server field errors (domain paths) that belong to this form, for showing at their fields. */
export function fieldErrorsFromServer(fields: Record<string, string>): Partial<Record<BillingField, string>> {
  const out: Partial<Record<BillingField, string>> = {};
  for (const [path, message] of Object.entries(fields)) {
    if ((BILLING_FIELDS as readonly string[]).includes(path)) out[path as BillingField] = message;
  }
  return out;
}
