// Scalars shared by every wire object (DESIGN §4 "Units"). Lenient where Invent is (absent or
// null), strict where a wrong type would corrupt an amount or an id.
// Every scalar is a `z.custom` predicate: one small zod builder instead of the string / number /
// boolean / int / enum / record / array machinery, with the same strictness.
// The amount scalars are also what the REST mapper (rest/map.ts) goes by: a field's schema says
// how it converts (credits, Invent money, our money), and `or` records what an absent field means.
import * as z from './zod.js';

/** A check as a typed schema; a failure is reported at its path. */
const where = <T>(test: (value: unknown) => boolean) => z.custom<T>(test);

const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const isCurrency = (v: unknown) => isString(v) && /^[A-Za-z]{3}$/.test(v);

/**
 * Whether `v` can be an id. Ids become URL path segments: after percent-encoding only the
 * dot segments "." and ".." are still reinterpreted by the URL parser (as "this route" and
 * "the parent route"; `%2e%2e` too), so an id of ".." would send a write to another endpoint.
 */
export function isPathSafeId(v: unknown): v is string {
  return isString(v) && v !== '' && v !== '.' && v !== '..';
}

export const wireString = where<string>(isString);
export const wireBoolean = where<boolean>((v) => typeof v === 'boolean');
/** A finite number (NaN and ±Infinity are refused). */
export const wireNumber = where<number>(Number.isFinite);

/** Ids are non-empty strings that are not dot segments (see `isPathSafeId`). */
export const wireId = where<string>(isPathSafeId);

/** Any non-empty string (a URL the UI checks later, a label). */
export const wireText = where<string>((v) => isString(v) && v !== '');

/** ISO 8601 timestamps stay strings; the UI formats them. */
export const wireDate = wireString;

/** Decimal credits (at most 2 decimals): mapped to integer hundredths. */
export const wireCredits = where<number>(Number.isFinite);

/** Invent's money: decimal major units of the currency in effect (`billing.currency`, a row's `currency`). */
export const wireMajor = where<number>(Number.isFinite);

/** A safe integer ≥ 0: counts, limits. */
export const wireCount = where<number>(isCount);

/** Credits > 0 (a pricing tier's size). */
export const wirePositiveCredits = where<number>((v) => Number.isFinite(v) && (v as number) > 0);

/** Our money: integer minor units (Stripe style) of the currency in effect; any safe integer (what `z.int()` accepts). */
export const wireMinor = where<number>(Number.isSafeInteger);

/** Our money that cannot be negative (prices). */
export const wirePrice = where<number>(isCount);

/** ISO 4217 code; lowercased by the mapper. */
export const wireCurrency = where<string>(isCurrency);

/** The currency of the amounts beside it: read by the mapper, not a domain field. */
export const wireAmountCurrency = where<string>(isCurrency);

/** One of `values` (the `as const` lists of api/types.ts). */
export const oneOf = <const T extends readonly string[]>(values: T) => where<T[number]>((v) => values.includes(v as string));

/** A plain object whose every value is a `type` (`z.record(z.string(), z.boolean())`). */
export const recordOf = <T>(type: 'string' | 'boolean') =>
  where<Record<string, T>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === type));

/**
 * An array whose every item passes `item` (nested lists: members, pricing tiers). Lighter than
 * `z.array`; a bad item fails the field as a whole (`members: Invalid input`). The mapper maps
 * each item with `item`.
 */
export const listOf = <T extends z.ZodMiniType>(item: T) =>
  Object.assign(
    where<Array<z.infer<T>>>((v) => Array.isArray(v) && v.every((x) => z.safeParse(item, x).success)),
    { item },
  );

/**
 * Marks `schema` as a field the wire may leave out: zod's `optin`/`optout` internals, what
 * `z.optional` sets on its wrapper, set here without the wrapper (its code) around it.
 */
function omittable<S extends z.ZodMiniType>(schema: S): S {
  Object.assign(schema._zod, { optin: 'optional', optout: 'optional' });
  return schema;
}

/**
 * An open-ended object (`access`): `shape`'s fields checked, other keys kept as sent. Lighter
 * than `z.looseObject`; a bad field fails the object as a whole (`config.access: Invalid input`).
 * The mapper maps `shape`'s fields and camelCases the other keys.
 */
export const openObject = <S extends Record<string, z.ZodMiniType>>(shape: S) => {
  const known = z.object(shape);
  return Object.assign(
    where<z.infer<typeof known> & Record<string, unknown>>((v) => z.safeParse(known, v).success),
    { shape, open: true as const },
  );
};

/**
 * A field the wire may omit or send as null (`parseWire` drops nulls first, so both arrive as
 * absent): `null` in the domain. An object schema is copied and the copy marked (nested issues
 * keep their paths); anything else gets a wrapper that also passes `undefined` (`inner`: the
 * wrapped schema, for the mapper).
 */
export function maybe<T extends z.ZodMiniType>(schema: T) {
  const { shape } = schema.def as { shape?: Record<string, z.ZodMiniType> };
  const field = shape ? z.object(shape) : Object.assign(where((v) => v === undefined || z.safeParse(schema, v).success), { inner: schema });
  return omittable(field) as unknown as z.ZodMiniOptional<z.ZodMiniNullable<T>>;
}

/** What an absent (or null) field means in the domain, by its `or(…)` schema; see `or`. */
export const DEFAULTS = new Map<z.ZodMiniType, unknown>();

/**
 * A field the wire may omit or send as null, standing for `value` in the domain (`undefined`:
 * the domain key is left out). An object or list default is mapped like a sent one.
 */
export function or<T extends z.ZodMiniType>(schema: T, value: unknown) {
  const field = maybe(schema);
  DEFAULTS.set(field, value);
  return field;
}

/** An optional flag: absent means off. */
export const wireFlag = or(wireBoolean, false);
