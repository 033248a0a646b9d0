// The billing form model (no DOM): what the person typed, kept verbatim, compared with the
// saved values for dirty tracking, validated with the domain parsers, and turned into a patch.
// Raw text is the source of truth so a failed save never loses what was typed.
import type { BillingPatch } from '../api/adapter.js';
import type { CreditAmount, Money, OrgDetail } from '../api/types.js';
import { parseCredits } from './credits.js';
import { unitsToDecimalString } from './decimal.js';
import { currencyExponent, parseMoney } from './money.js';
import { separatorsOf } from './number-input.js';
import type { ParseErrorCode, ParseResult } from './parse-result.js';

export interface BillingForm {
  autoRechargeEnabled: boolean;
  rechargeThreshold: string;
  rechargeAmount: string;
  capEnabled: boolean;
  capAmount: string;
  useParentBalance: boolean;
}

/** Each form value's field id: the domain path the server names in `ApiError.fields` (and the field's `name`). */
export const FIELD_OF = {
  autoRechargeEnabled: 'autoRecharge.enabled',
  rechargeThreshold: 'autoRecharge.rechargeThreshold',
  rechargeAmount: 'autoRecharge.rechargeAmount',
  capEnabled: 'spendingCap.enabled',
  capAmount: 'spendingCap.amount',
  useParentBalance: 'useParentBalance',
} as const satisfies Record<keyof BillingForm, string>;
export type BillingField = (typeof FIELD_OF)[keyof BillingForm];

export type BillingFieldError = ParseErrorCode | 'must-be-positive';
export type BillingErrors = Partial<Record<BillingField, BillingFieldError>>;

/** What may be edited: the client view (and a role without billing rights) edits nothing of the limits or the credit mode. */
export interface BillingEditScope {
  autoRecharge: boolean;
  spendingCap: boolean;
  creditMode: boolean;
}
export const AGENCY_SCOPE: BillingEditScope = { autoRecharge: true, spendingCap: true, creditMode: true };
export const NO_SCOPE: BillingEditScope = { autoRecharge: false, spendingCap: false, creditMode: false };

export interface BillingFormOptions {
  locale: string;
  currency: string;
  scope?: BillingEditScope;
}

/** Plain decimal text of smallest units, without trailing fraction zeros ("5000", 2 → "50"; 1250 → "12.5"). */
export function unitsToDecimal(units: number, exponent: number): string {
  const text = unitsToDecimalString(units, exponent);
  return exponent ? text.replace(/\.?0+$/, '') : text;
}

/** The edit text of an amount: no grouping, the locale's decimal separator (parsers read it back exactly). */
export function editText(units: number, exponent: number, locale: string): string {
  return unitsToDecimal(units, exponent).replace('.', separatorsOf(locale).decimal);
}

/** The form as the server's org says it is. */
export function formFromOrg(org: OrgDetail, locale: string): BillingForm {
  const { autoRecharge: a, spendingCap: cap, useParentBalance, currency } = org.billing;
  return {
    autoRechargeEnabled: a.enabled,
    rechargeThreshold: editText(a.rechargeThreshold, 2, locale),
    rechargeAmount: editText(a.rechargeAmount, 2, locale),
    capEnabled: cap.enabled,
    capAmount: editText(cap.amount.amount, currencyExponent(cap.amount.currency || currency), locale),
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
export function parseBillingForm(form: BillingForm, { locale, currency, scope = AGENCY_SCOPE }: BillingFormOptions): ParsedBillingForm {
  const errors: BillingErrors = {};
  const threshold = parseCredits(form.rechargeThreshold, { locale });
  const amount = parseCredits(form.rechargeAmount, { locale });
  const cap = parseMoney(form.capAmount, { currency, locale });
  const check = (on: boolean, key: keyof BillingForm, result: ParseResult<unknown>, units?: number) => {
    const error = result.ok ? (units! <= 0 ? 'must-be-positive' : null) : result.error;
    if (on && error) errors[FIELD_OF[key]] = error;
  };
  const recharge = scope.autoRecharge && form.autoRechargeEnabled;
  check(recharge, 'rechargeThreshold', threshold, 1);
  check(recharge, 'rechargeAmount', amount, amount.ok ? amount.value : 0);
  check(scope.spendingCap && form.capEnabled, 'capAmount', cap, cap.ok ? cap.value.amount : 0);
  return {
    rechargeThreshold: threshold.ok ? threshold.value : null,
    rechargeAmount: amount.ok ? amount.value : null,
    capAmount: cap.ok ? cap.value : null,
    errors,
  };
}

export function hasErrors(errors: object): boolean {
  return Object.keys(errors).length > 0;
}

/**
 * The three settings as a save would send them. Text that does not parse stands in as text, so
 * it compares unequal to any number and to other text (Cancel can bring the saved value back).
 */
function settings(form: BillingForm, opts: BillingFormOptions) {
  const parsed = parseBillingForm(form, { ...opts, scope: NO_SCOPE });
  const value = (key: 'rechargeThreshold' | 'rechargeAmount' | 'capAmount') => parsed[key] ?? form[key].trim();
  return {
    autoRecharge: form.autoRechargeEnabled ? { enabled: true, rechargeThreshold: value('rechargeThreshold'), rechargeAmount: value('rechargeAmount') } : { enabled: false },
    spendingCap: form.capEnabled ? { enabled: true, amount: value('capAmount') } : { enabled: false },
    useParentBalance: form.useParentBalance,
  };
}

/**
 * The merge patch for what changed against `saved`; null when nothing did. A setting counts as
 * changed when its switch moved or (while on) an amount means another value. Assumes a form
 * without errors (its amounts then all parse).
 */
export function billingPatch(form: BillingForm, saved: BillingForm, opts: BillingFormOptions): BillingPatch | null {
  const { autoRecharge, spendingCap, creditMode } = opts.scope ?? AGENCY_SCOPE;
  const now = settings(form, opts);
  const before = settings(saved, opts);
  const patch: Record<string, unknown> = {};
  for (const [key, inScope] of [
    ['autoRecharge', autoRecharge],
    ['spendingCap', spendingCap],
    ['useParentBalance', creditMode],
  ] as const) {
    if (inScope && JSON.stringify(now[key]) !== JSON.stringify(before[key])) patch[key] = now[key];
  }
  return hasErrors(patch) ? (patch as BillingPatch) : null;
}

/** Dirty = something the person changed would be saved, or text that does not parse differs from the saved text. */
export function isDirty(form: BillingForm, saved: BillingForm, opts: BillingFormOptions): boolean {
  return !!billingPatch(form, saved, opts);
}

/** Server field errors (domain paths) that belong to this form, for showing at their fields. */
export function fieldErrorsFromServer(fields: Record<string, string>): Partial<Record<BillingField, string>> {
  return Object.fromEntries(Object.entries(fields).filter(([path]) => (Object.values(FIELD_OF) as string[]).includes(path)));
}
