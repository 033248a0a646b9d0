// Input checks shared by the routes. Errors name the wire path of the bad field.
import { ROLES } from '../types.js';
import type { Role } from '../types.js';
import { badRequest, FieldErrors, invalid } from './protocol.js';
import { WIRE_FEATURE_KEYS } from './records.js';
import type { WireFeatureKey, WireFeatures } from './records.js';

export const MAX_TAKE = 100;
export const MAX_NAME_LENGTH = 200;

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body as an object (an absent body counts as `{}` when `optional`). */
export function bodyObject(body: unknown, optional = false): JsonObject {
  if (body === undefined && optional) return {};
  if (!isObject(body)) throw badRequest('The body must be a JSON object.');
  return body;
}

export interface Page {
  page: number;
  take: number;
}

/** `page` (1-based) and `take` (1…100) from the query; bad values are a 400. */
export function readPage(query: URLSearchParams, defaultTake = 20): Page {
  const fields = new FieldErrors();
  const page = readPositiveInt(query.get('page'), 1);
  const take = readPositiveInt(query.get('take'), defaultTake);
  if (page === null) fields.add('page', 'Must be a whole number from 1.');
  if (take === null) fields.add('take', `Must be a whole number from 1 to ${MAX_TAKE}.`);
  else if (take > MAX_TAKE) fields.add('take', `At most ${MAX_TAKE}.`);
  if (!fields.empty) throw badRequest('Bad pagination.', fields.fields);
  return { page: page as number, take: take as number };
}

function readPositiveInt(raw: string | null, fallback: number): number | null {
  if (raw === null || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 ? n : null;
}

/** One page of `items` plus the pagination headers. */
export function paginate<T>(items: readonly T[], page: Page): { slice: T[]; headers: Record<string, string> } {
  const start = (page.page - 1) * page.take;
  return { slice: items.slice(start, start + page.take), headers: pageHeaders(items.length, page) };
}

export function pageHeaders(count: number, page: Page): Record<string, string> {
  return { 'pagination-count': String(count), 'pagination-page': String(page.page), 'pagination-take': String(page.take) };
}

/** A sub-org name: a string, not blank, not too long. Stored verbatim (markup and RTL marks are data). */
export function checkName(value: unknown, fields: FieldErrors, path = 'name'): string | undefined {
  if (typeof value !== 'string') {
    fields.add(path, 'Enter a name.');
    return undefined;
  }
  if (value.trim() === '') {
    fields.add(path, 'The name cannot be empty.');
    return undefined;
  }
  if ([...value].length > MAX_NAME_LENGTH) {
    fields.add(path, `At most ${MAX_NAME_LENGTH} characters.`);
    return undefined;
  }
  return value;
}

/** The duplicate-name key: trimmed, case-insensitive. */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('en');
}

// Deliberately simple: one @, something on both sides, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(value: unknown, fields: FieldErrors, path = 'email'): string | undefined {
  if (typeof value !== 'string' || !EMAIL.test(value.trim()) || value.length > 254) {
    fields.add(path, 'Enter a valid email address.');
    return undefined;
  }
  return value.trim();
}

export function checkRole(value: unknown, fields: FieldErrors, path = 'role'): Role | undefined {
  if (typeof value !== 'string' || !(ROLES as readonly string[]).includes(value)) {
    fields.add(path, `One of ${ROLES.join(', ')}.`);
    return undefined;
  }
  return value as Role;
}

export function checkOptionalString(value: unknown, fields: FieldErrors, path: string, max = 2000): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > max) {
    fields.add(path, `A text of at most ${max} characters.`);
    return undefined;
  }
  return value;
}

/**
 * A features patch: known flags, booleans, and only flags the parent has itself
 * (a parent delegates what it owns). Returns the flags to set.
 */
export function checkFeatures(value: unknown, parent: WireFeatures, fields: FieldErrors): Partial<WireFeatures> {
  if (value === undefined) return {};
  if (!isObject(value)) {
    fields.add('features', 'An object of feature flags.');
    return {};
  }
  const out: Partial<WireFeatures> = {};
  for (const [key, flag] of Object.entries(value)) {
    const path = `features.${key}`;
    if (!(WIRE_FEATURE_KEYS as readonly string[]).includes(key)) fields.add(path, 'Unknown feature.');
    else if (typeof flag !== 'boolean') fields.add(path, 'Must be true or false.');
    else if (flag && !parent[key as WireFeatureKey]) fields.add(path, 'The parent organization does not have this feature to delegate.');
    else out[key as WireFeatureKey] = flag;
  }
  return out;
}

/** A `YYYY-MM-DD` query date (UTC midnight), or the fallback. */
export function readDate(query: URLSearchParams, name: string, fallback: Date): Date {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== raw) throw badRequest('Bad date.', { [name]: 'A date as YYYY-MM-DD.' });
  return date;
}

export function requireKnownKeys(body: JsonObject, known: readonly string[], prefix = ''): void {
  const fields = new FieldErrors();
  for (const key of Object.keys(body)) if (!known.includes(key)) fields.add(prefix + key, 'Unknown field.');
  if (!fields.empty) throw invalid('Unknown fields.', fields.fields);
}
