// Scalars shared by every wire object (DESIGN §4 "Units"). Lenient where Invent is
// (absent or null), strict where a wrong type would corrupt an amount or an id.
import * as z from './zod.js';

/** Ids are non-empty strings. */
export const wireId = z.string().check(z.minLength(1));

/** ISO 8601 timestamps stay strings; the UI formats them. */
export const wireDate = z.string();

/** Decimal credits (at most 2 decimals); zod's number already rejects NaN and ±Infinity. */
export const wireCredits = z.number();

/** Invent's money: decimal major units of `billing.currency`. */
export const wireMajor = z.number();

/** Our money: integer minor units (Stripe style). */
export const wireMinor = z.int();

/** ISO 4217 code; lowercased by the mapper. */
export const wireCurrency = z.string().check(z.regex(/^[A-Za-z]{3}$/));

/** A field the wire may omit or send as null. */
export function maybe<T extends z.ZodMiniType>(schema: T) {
  return z.nullish(schema);
}
