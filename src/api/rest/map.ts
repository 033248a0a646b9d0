// Wire (snake_case, decimal amounts) ⇄ domain (camelCase, integer amounts). The only place
// that knows both spellings (DESIGN §4). One walk over a wire schema does every mapping:
// keys are camelCased; what the wire left out is `null` unless the field's `or(…)` says
// otherwise; credits become integer hundredths; Invent's money (major units) and our money
// (minor units) both become Money in the currency in effect (the object's own `currency`,
// its `billing.currency`, else the enclosing object's, else usd).
import { CREDIT_EXPONENT } from '../../domain/credits.js';
import { currencyExponent } from '../../domain/money.js';
import { wirePathToDomain } from '../errors.js';
import {
  DEFAULTS,
  wireAmountCurrency,
  wireCredits,
  wireCurrency,
  wireMajor,
  wireMinor,
  wirePositiveCredits,
  wirePrice,
  wireAssistSession,
  wireBilling,
  wireCheckout,
  wireCreatedSubOrg,
  wireInvite,
  wireMember,
  wireOrgDetail,
  wirePayment,
  wirePricing,
  wireSubOrgSummary,
  wireTransaction,
  wireUsageRow,
} from '../schemas/index.js';
import type * as z from '../schemas/zod.js';
import type { Billing, Checkout, CreatedSubOrg, Invite, Member, Money, OrgDetail, Payment, Pricing, SubOrgSummary, Transaction, UsageRow, AssistSession } from '../types.js';

/** `allow_overdraft` → `allowOverdraft`. */
export const snakeToCamel = wirePathToDomain;

/** `allowOverdraft` → `allow_overdraft`. */
export const camelToSnake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * A wire amount (a JSON number: the shortest decimal that reads back as it) → integer units of
 * 10^-exponent, exactly; a RangeError when that decimal has more fraction digits, or the units
 * are not a safe integer. For numbers, the same answers as domain/decimal's `unitsFromWire`
 * (property-tested) without its decimal-string parser: the wire path never sees strings, and
 * exponent notation only spells amounts far out of range (≥ 1e21, or below 1e-6).
 */
export function unitsFromNumber(value: number, exponent: number): number {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(value));
  const fraction = m?.[3] ?? '';
  const units = m && fraction.length <= exponent ? Number(`${m[1]}${m[2]}${fraction.padEnd(exponent, '0')}`) : NaN;
  if (!Number.isSafeInteger(units)) throw new RangeError(`Not an amount of at most ${exponent} decimals: ${value}`);
  return units || 0;
}

/** Integer units of 10^-exponent → the wire's number (the double nearest the exact decimal); a RangeError when none carries it exactly. */
export function unitsToNumber(units: number, exponent: number): number {
  const value = units / 10 ** exponent;
  if (unitsFromNumber(value, exponent) !== units) throw new RangeError(`No JSON number carries ${units} units of 10^-${exponent} exactly`);
  return value;
}

type Def = { shape?: Record<string, z.ZodMiniType> };
type Wire = Record<string, unknown>;

/**
 * The domain value of `value`, which passed `schema`. `currency` is the one in effect around it.
 * Throws RangeError for an amount the domain refuses (credits with 3 decimals).
 */
export function fromWire(schema: z.ZodMiniType, value: unknown, currency = 'usd'): unknown {
  const s = (schema as { inner?: z.ZodMiniType }).inner ?? schema;
  if (s === wireAmountCurrency) return undefined;
  value ??= DEFAULTS.has(schema) ? DEFAULTS.get(schema) : null;
  if (value == null) return value;
  const { open, shape = (s.def as Def).shape } = s as { open?: true; shape?: Def['shape'] };
  if (shape) {
    const wire = value as Wire;
    const cur = ((wire.currency ?? (wire.billing as Wire | undefined)?.currency ?? currency) as string).toLowerCase();
    const out: Wire = {};
    // An open object (`access`) keeps its extra keys, camelCased, as they came.
    for (const key of new Set([...Object.keys(shape), ...(open ? Object.keys(wire) : [])])) {
      const field = shape[key];
      const mapped = field ? fromWire(field, wire[key], cur) : wire[key];
      if (mapped !== undefined) out[snakeToCamel(key)] = mapped;
    }
    return out;
  }
  const item = (s as { item?: z.ZodMiniType }).item;
  if (item) return (value as unknown[]).map((x) => fromWire(item, x, currency));
  if (s === wireCredits || s === wirePositiveCredits) return unitsFromNumber(value as number, CREDIT_EXPONENT);
  if (s === wireMajor) return { amount: unitsFromNumber(value as number, currencyExponent(currency)), currency } satisfies Money;
  if (s === wireMinor || s === wirePrice) return { amount: value as number, currency } satisfies Money;
  if (s === wireCurrency) return (value as string).toLowerCase();
  // A record (`modules`): the server's own keys, copied.
  return typeof value === 'object' ? { ...value } : value;
}

/** A typed mapper for one schema (unit tests; the adapter calls `fromWire` directly). */
const mapper =
  <T>(schema: z.ZodMiniType) =>
  (wire: unknown): T =>
    fromWire(schema, wire) as T;

export const billingFromWire = /* @__PURE__ */ mapper<Billing>(wireBilling);
export const orgDetailFromWire = /* @__PURE__ */ mapper<OrgDetail>(wireOrgDetail);
export const subOrgSummaryFromWire = /* @__PURE__ */ mapper<SubOrgSummary>(wireSubOrgSummary);
export const createdSubOrgFromWire = /* @__PURE__ */ mapper<CreatedSubOrg>(wireCreatedSubOrg);
export const memberFromWire = /* @__PURE__ */ mapper<Member>(wireMember);
export const inviteFromWire = /* @__PURE__ */ mapper<Invite>(wireInvite);
export const usageRowFromWire = /* @__PURE__ */ mapper<UsageRow>(wireUsageRow);
export const transactionFromWire = /* @__PURE__ */ mapper<Transaction>(wireTransaction);
export const paymentFromWire = /* @__PURE__ */ mapper<Payment>(wirePayment);
export const pricingFromWire = /* @__PURE__ */ mapper<Pricing>(wirePricing);
export const checkoutFromWire = /* @__PURE__ */ mapper<Checkout>(wireCheckout);
export const assistSessionFromWire = /* @__PURE__ */ mapper<AssistSession>(wireAssistSession);

// ── domain → wire (request bodies and queries). Merge patches: a key left undefined is not sent.

/** Numbers under these keys are credits (hundredths): sent as decimal credits. */
const CREDIT_KEYS = /^(amount|credits|rechargeThreshold|rechargeAmount)$/;

/**
 * `value` in wire spelling: keys snake_cased (module names are the server's own: sent as they
 * came), undefined keys dropped, credits and Money (Invent's major units) converted.
 */
export function toWire(value: unknown, key = ''): unknown {
  if (typeof value === 'number' && CREDIT_KEYS.test(key)) return unitsToNumber(value, CREDIT_EXPONENT);
  if (typeof value !== 'object' || value === null || key === 'modules') return value;
  if ('currency' in value) return unitsToNumber((value as Money).amount, currencyExponent((value as Money).currency));
  const out: Wire = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[camelToSnake(k)] = toWire(v, k);
  return out;
}
