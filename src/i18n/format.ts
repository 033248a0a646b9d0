// Message lookup and Intl formatting, as pure functions of (locale, time zone). The base
// element binds them to its effective locale; nothing here is global state except a
// memo of Intl formatters (they are immutable, so sharing them is safe).
import { numberFormat } from '../domain/number-format.js';
import type { LocalePacks, Message, MessageParams, Messages, PluralMessage, Slice, StringOverrides } from './types.js';

const memo = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key) as T;
}

/** A valid, canonical BCP 47 tag, or `en` when `tag` is missing or malformed. */
export function normalizeLocale(tag: string | undefined | null): string {
  if (!tag) return 'en';
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The page's locale: `<html lang>`, else the browser's; `en` without a document (a server). */
export const pageLocale = (): string => (typeof document === 'undefined' ? 'en' : normalizeLocale(document.documentElement.lang || navigator.language));

/** A time zone Intl accepts (`Europe/Berlin`, `UTC`), or undefined for the browser's own. */
export function normalizeTimeZone(zone: string | undefined | null): string | undefined {
  if (!zone) return undefined;
  try {
    return cached(`tz|${zone}`, () => new Intl.DateTimeFormat('en', { timeZone: zone.trim() }).resolvedOptions().timeZone);
  } catch {
    return undefined;
  }
}

/** The lookup chain for a locale: `de-AT` → [`de-AT`, `de`]. */
export function localeChain(locale: string): string[] {
  const language = locale.split('-')[0]!;
  return language && language !== locale ? [locale, language] : [locale];
}

/**
 * Where messages come from, strongest first: element overrides, context overrides, the
 * provider's locale packs, the element's own bundled packs, English.
 */
export interface MessageSources {
  locale: string;
  element?: StringOverrides | undefined;
  context?: StringOverrides | undefined;
  packs?: LocalePacks | undefined;
  bundled?: LocalePacks | undefined;
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'string' || (typeof value === 'object' && value !== null && typeof (value as PluralMessage).other === 'string');
}

/** Finds the message for `key` in `slice`, falling back to the slice's English default. */
export function lookupMessage<M extends Messages>(slice: Slice<string, M>, key: keyof M & string, sources: MessageSources): Message {
  const { name } = slice;
  const chain = localeChain(sources.locale);
  const inPacks = (packs: LocalePacks | undefined) => chain.map((locale) => packs?.[locale]?.[name]?.[key]);
  for (const candidate of [sources.element?.[name]?.[key], sources.context?.[name]?.[key], ...inPacks(sources.packs), ...inPacks(sources.bundled)]) {
    if (isMessage(candidate)) return candidate;
  }
  return slice.en[key] as Message;
}

/** The plural category of `count` in `locale` (`one`, `other`, …). */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return cached(`pr|${locale}`, () => new Intl.PluralRules(locale)).select(count);
}

/** Picks the plural form for `count`; an explicit `zero` form wins for 0 in every language. */
export function selectPlural(message: PluralMessage, count: number, locale: string): string {
  return (count === 0 ? message.zero : undefined) ?? message[pluralCategory(count, locale)] ?? message.other;
}

/** Formats a plain number for `locale` (through the shared formatter cache). */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).format(value);
}

/**
 * Renders a message: picks the plural form by `params.count`, then replaces each `{name}`
 * with its param as plain text (numbers formatted for the locale). Unknown holes stay.
 */
export function formatMessage(message: Message, params: MessageParams | undefined, locale: string): string {
  const count = params?.count;
  const text = typeof message === 'string' ? message : typeof count === 'number' ? selectPlural(message, count, locale) : message.other;
  return params
    ? text.replace(/\{([A-Za-z0-9_.-]+)\}/g, (hole, name: string) => {
        const value = params[name];
        return value === undefined ? hole : typeof value === 'number' ? formatNumber(value, locale) : value;
      })
    : text;
}

/** Lookup plus formatting in one call. */
export function translate<M extends Messages>(slice: Slice<string, M>, key: keyof M & string, params: MessageParams | undefined, sources: MessageSources): string {
  return formatMessage(lookupMessage(slice, key, sources), params, sources.locale);
}

function toDate(value: Date | string | number): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A date (or ISO string) for people; an unreadable date renders as an em dash. */
export function formatDate(
  value: Date | string | number,
  locale: string,
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const date = toDate(value);
  if (!date) return '—';
  const opts = timeZone ? { ...options, timeZone } : options;
  return cached(`df|${locale}|${JSON.stringify(opts)}`, () => new Intl.DateTimeFormat(locale, opts)).format(date);
}

/** "3 days ago", "in 2 hours", "now": the largest whole unit of the distance from `now`. */
export function formatRelative(value: Date | string | number, locale: string, now: number = Date.now()): string {
  const date = toDate(value);
  if (!date) return '—';
  const seconds = Math.round((date.getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  // Unit sizes in seconds, largest first (a month of 30 days, a year of 365).
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['year', 31_536_000],
    ['month', 2_592_000],
    ['week', 604_800],
    ['day', 86_400],
    ['hour', 3600],
    ['minute', 60],
  ];
  const [unit, size] = units.find(([, s]) => abs >= s) ?? ['second', 1];
  const rtf = cached(`rt|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  return rtf.format(Math.trunc(seconds / size), unit);
}
