// Calendar date ranges for usage and transaction filters. Dates are plain 'YYYY-MM-DD' calendar
// days: "today" comes from the time zone (via Intl, so DST and odd offsets are right), and day
// arithmetic is pure calendar arithmetic in UTC, where no day is 23 or 25 hours long.

export const DATE_RANGE_PRESETS = ['last-7-days', 'last-30-days', 'last-90-days', 'custom'] as const;
export type DateRangePreset = (typeof DATE_RANGE_PRESETS)[number];

/** Days each preset covers, today included. */
export const PRESET_DAYS: Readonly<Record<Exclude<DateRangePreset, 'custom'>, number>> = {
  'last-7-days': 7,
  'last-30-days': 30,
  'last-90-days': 90,
};

/** Longest custom range, in days (both ends included). */
export const MAX_RANGE_DAYS = 366;

export interface DateRange {
  fromDate: string;
  toDate: string;
}

export type DateRangeErrorCode = 'invalid-time-zone' | 'invalid-preset' | 'missing' | 'invalid-date' | 'reversed' | 'too-long';

export type DateRangeResult = { ok: true; value: DateRange } | { ok: false; error: DateRangeErrorCode };

export interface DateRangeOptions {
  now: Date;
  /** IANA time zone whose calendar "today" is in. */
  timeZone: string;
  /** Custom range ends, 'YYYY-MM-DD'. */
  from?: string;
  to?: string;
  /** Longest custom range in days (default MAX_RANGE_DAYS). */
  maxDays?: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** UTC milliseconds of an ISO calendar date's midnight, or null when it is not a real date. */
function dayStart(isoDate: string): number | null {
  const m = typeof isoDate === 'string' ? ISO_DATE.exec(isoDate) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(0, 0, 0, 0);
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.getTime() : null;
}

function isoFromDayStart(ms: number): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError('Date outside years 0000–9999');
  return `${String(year).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** True for a real calendar date written 'YYYY-MM-DD' (no 2026-02-30). */
export function isIsoDate(s: string): boolean {
  return dayStart(s) !== null;
}

/** `isoDate` moved by `n` calendar days. RangeError for an invalid date or a non-integer `n`. */
export function addDays(isoDate: string, n: number): string {
  const start = dayStart(isoDate);
  if (start === null) throw new RangeError(`Not a YYYY-MM-DD date: ${String(isoDate)}`);
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return isoFromDayStart(start + n * DAY_MS);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). RangeError for invalid dates. */
export function daysBetween(from: string, to: string): number {
  const a = dayStart(from);
  const b = dayStart(to);
  if (a === null || b === null) throw new RangeError('Not a YYYY-MM-DD date');
  return Math.round((b - a) / DAY_MS);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's calendar date in `timeZone` at the instant `now`. RangeError for an unknown time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: 'numeric', day: 'numeric', era: 'short' });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const era = parts.find((p) => p.type === 'era')?.value;
  const year = era === 'BC' ? 1 - get('year') : get('year');
  return `${String(year).padStart(4, '0')}-${String(get('month')).padStart(2, '0')}-${String(get('day')).padStart(2, '0')}`;
}

/** The from/to calendar dates a preset (or a custom pair) stands for, both ends included. */
export function resolveDateRange(preset: DateRangePreset, opts: DateRangeOptions): DateRangeResult {
  if (preset === 'custom') {
    if (!opts.from || !opts.to) return { ok: false, error: 'missing' };
    if (!isIsoDate(opts.from) || !isIsoDate(opts.to)) return { ok: false, error: 'invalid-date' };
    const span = daysBetween(opts.from, opts.to) + 1;
    if (span < 1) return { ok: false, error: 'reversed' };
    if (span > (opts.maxDays ?? MAX_RANGE_DAYS)) return { ok: false, error: 'too-long' };
    return { ok: true, value: { fromDate: opts.from, toDate: opts.to } };
  }
  const days = PRESET_DAYS[preset];
  if (days === undefined) return { ok: false, error: 'invalid-preset' };
  if (!(opts.now instanceof Date) || Number.isNaN(opts.now.getTime())) return { ok: false, error: 'invalid-date' };
  let today: string;
  try {
    today = todayIn(opts.timeZone, opts.now);
  } catch {
    return { ok: false, error: 'invalid-time-zone' };
  }
  return { ok: true, value: { fromDate: addDays(today, 1 - days), toDate: today } };
}
