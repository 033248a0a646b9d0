// Scalars shared by every wire object (DESIGN §4 "Units"). Lenient where Invent is
// (absent or null), strict where a wrong type would corrupt an amount or an id.
// Checks beyond a type are `z.custom` predicates: one small zod builder instead of the
// int / minLength / enum / record machinery (≈ 1.5 KB gzip), with the same strictness.
import * as z from './zod.js';

/** A string (or number) check as a typed schema; a failure is reported at its path. */
const where = <T>(test: (value: unknown) => boolean) => z.custom<T>(test);

const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * Whether `v` can be an id. Ids become URL path segments: after percent-encoding only the
 * dot segments "." and ".." are still reinterpreted by the URL parser (as "this route" and
 * "the parent route"; `%2e%2e` too), so an id of ".." would send a write to another endpoint.
 */
export function isPathSafeId(v: unknown): v is string {
  return isString(v) && v !== '' && v !== '.' && v !== '..';
}

/** Ids are non-empty strings that are not dot segments (see `isPathSafeId`). */
export const wireId = where<string>(isPathSafeId);

/** Any non-empty string (a URL the UI checks later, a label). */
export const wireText = where<string>((v) => isString(v) && v !== '');

/** ISO 8601 timestamps stay strings; the UI formats them. */
export const wireDate = z.string();

/** Decimal credits (at most 2 decimals); zod's number already rejects NaN and ±Infinity. */
export const wireCredits = z.number();

/** Invent's money: decimal major units of `billing.currency`. */
export const wireMajor = z.number();

/** A safe integer (what `z.int()` accepts). */
export const wireInt = where<number>(Number.isSafeInteger);

/** A safe integer ≥ 0: counts, limits, our money where it cannot be negative. */
export const wireCount = where<number>((v) => Number.isSafeInteger(v) && (v as number) >= 0);

/** A finite number > 0. */
export const wirePositive = where<number>((v) => typeof v === 'number' && Number.isFinite(v) && v > 0);

/** Our money: integer minor units (Stripe style). */
export const wireMinor = wireInt;

/** ISO 4217 code; lowercased by the mapper. */
export const wireCurrency = where<string>((v) => isString(v) && /^[A-Za-z]{3}$/.test(v));

/** One of `values` (the `as const` lists of api/types.ts). */
export const oneOf = <const T extends readonly string[]>(values: T) => where<T[number]>((v) => values.includes(v as string));

/** A plain object whose every value is a `type` (`z.record(z.string(), z.boolean())`). */
export const recordOf = <T>(type: 'string' | 'boolean') =>
  where<Record<string, T>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === type));

/**
 * An array whose every item passes `item` (nested lists: members, pricing tiers). Lighter than
 * `z.array`; a bad item fails the field as a whole (`members: Invalid input`).
 */
export const listOf = <T extends z.ZodMiniType>(item: T) =>
  where<Array<z.infer<T>>>((v) => Array.isArray(v) && v.every((x) => z.safeParse(item, x).success));

/** A field the wire may omit or send as null. */
export function maybe<T extends z.ZodMiniType>(schema: T) {
  return z.nullish(schema);
}
