// THE parser of numbers a person types (DESIGN §7): amounts, credits, anything with a fixed
// number of fraction digits. It returns integer smallest units, never a float.
//
// Rules, in order:
// - Invisible characters (bidi marks, zero-width) are dropped and whitespace trimmed; nothing left → 'empty'.
// - "NaN", "Infinity", "inf", "∞" (any case, any sign) → 'non-finite'.
// - One leading sign: + - − (U+2212) – (U+2013) or a fullwidth one. A sign elsewhere → 'not-a-number'.
// - Digits of any one Unicode digit system (Arabic-Indic ٠-٩, Extended ۰-۹, Devanagari, fullwidth, …)
//   are read as ASCII; mixing two systems in one number → 'not-a-number'.
// - Separators: the locale's decimal and grouping symbols (from Intl.NumberFormat#formatToParts);
//   spaces (incl. NBSP, narrow NBSP, thin space), apostrophes and the Arabic thousands sign ٬ always
//   group, the Arabic decimal sign ٫ is always decimal. In locales whose decimal sign is ٫, a typed
//   '.' is decimal and ',' groups (what a Latin keyboard gives).
// - Exponent notation ("1e21"), letters, currency symbols and any other character → 'not-a-number'
//   (money.ts strips the one currency symbol it allows before calling here).
// - 'ambiguous' = the separators do not have the shape this locale writes, so the reader cannot tell
//   which convention was meant: '.' or ',' that is neither the locale's decimal nor group sign
//   (fr-FR "1.5"); more than one decimal sign (en-US "1.234.567"); a group sign after the decimal
//   sign; a group sign not followed by exactly 3 digits (en-US "1,5", de-DE "1.5"; inner groups may
//   also have the locale's secondary size, hi-IN "12,34,567"); a group sign with no digits or only
//   "0" before it (en-US ",5", "0,123"); two different group signs in one number.
// - Trailing zeros in the fraction are not precision ("12.50" JPY is refused, "12.0" JPY is 12);
//   more significant fraction digits than `maxFractionDigits` → 'too-precise'.
// - A negative value (other than -0) without `allowNegative` → 'negative'.
// - |value| above `max` smallest units (default 10^15), or more than 100 characters → 'too-large'.
import { numberFormat } from './number-format.js';
import { parsed, refused } from './parse-result.js';
import type { ParseResult } from './parse-result.js';
import { stripInvisible } from './text.js';

export interface DecimalInputOptions {
  /** BCP 47 locale whose separators the person uses. */
  locale: string;
  /** Fraction digits of the smallest unit (2 for cents and credits, 0 for yen). */
  maxFractionDigits: number;
  allowNegative?: boolean;
  /** Largest accepted magnitude, in smallest units (inclusive). Never above Number.MAX_SAFE_INTEGER. */
  max?: bigint | number;
}

/** Default ceiling: 10^15 smallest units, safely inside a double's exact integers. */
export const DEFAULT_MAX_UNITS = 10n ** 15n;

/** Longer (trimmed) input is refused as 'too-large' without being read. */
export const MAX_INPUT_LENGTH = 100;

const SPACE_GROUPS = new Set([' ', '\u00A0', '\u2007', '\u2009', '\u202F']);
const APOSTROPHE_GROUPS = new Set(["'", '\u2019', '\u02BC', '\uFF07']);
const ARABIC_DECIMAL = '\u066B';
const ARABIC_GROUP = '\u066C';
const SIGNS: Record<string, '+' | '-'> = { '+': '+', '\uFF0B': '+', '-': '-', '\u2212': '-', '\u2013': '-', '\uFF0D': '-', '\uFE63': '-' };
const FULLWIDTH_PUNCTUATION: Record<string, string> = { '\uFF0E': '.', '\uFF0C': ',' };
const NON_FINITE = new Set(['nan', 'infinity', 'inf', '\u221E']);

export interface LocaleSeparators {
  decimal: string;
  group: string;
  /** Inner group sizes the locale writes besides 3 (2 for Indian grouping). */
  innerGroupSizes: ReadonlySet<number>;
}

const separatorCache = new Map<string, LocaleSeparators>();

/** The decimal and grouping symbols `locale` writes (en-US's when `locale` is not a valid tag). */
export function separatorsOf(locale: string): LocaleSeparators {
  let found = separatorCache.get(locale);
  if (!found) {
    const parts = numberFormat(locale, { useGrouping: true }).formatToParts(1234567890.5);
    const integers = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
    found = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      innerGroupSizes: new Set([3, ...integers.slice(1, -1)]),
    };
    separatorCache.set(locale, found);
  }
  return found;
}

/** The value of a Unicode decimal digit and the code point of its system's zero, or null. */
function digitOf(ch: string): { value: number; zero: number } | null {
  if (!/^\p{Nd}$/u.test(ch)) return null;
  // Unicode encodes every digit system as whole runs 0–9, so the distance from the run's start, mod 10, is the value.
  const cp = ch.codePointAt(0)!;
  let start = cp;
  while (start > 0 && /^\p{Nd}$/u.test(String.fromCodePoint(start - 1))) start--;
  const value = (cp - start) % 10;
  return { value, zero: cp - value };
}

/**
 * What a non-digit character is in this locale: `.` a decimal sign, `?` a '.' or ',' the
 * locale does not use (ambiguous), any other string the family of a group sign (two
 * families in one number are ambiguous); undefined when it has no place in a number.
 */
function separatorOf(ch: string, seps: LocaleSeparators): string | undefined {
  const c = FULLWIDTH_PUNCTUATION[ch] ?? ch;
  const arabic = seps.decimal === ARABIC_DECIMAL;
  return c === ARABIC_DECIMAL
    ? '.'
    : c === ARABIC_GROUP
      ? 'arabic'
      : SPACE_GROUPS.has(c)
        ? 'space'
        : APOSTROPHE_GROUPS.has(c)
          ? 'apostrophe'
          : arabic && c === '.'
            ? '.'
            : arabic && c === ','
              ? 'arabic'
              : c === seps.decimal
                ? '.'
                : c === seps.group
                  ? 'locale'
                  : c === '.' || c === ','
                    ? '?'
                    : undefined;
}

/** Checks the integer part's grouping; returns its digits, or null when the grouping is ambiguous. */
function ungroup(groups: string[], seps: LocaleSeparators): string | null {
  if (groups.length === 1) return groups[0]!;
  const [first = '', ...rest] = groups;
  const last = rest[rest.length - 1] ?? '';
  if (first === '' || first.length > 3 || /^0+$/.test(first)) return null;
  if (last.length !== 3) return null;
  for (const inner of rest.slice(0, -1)) if (!seps.innerGroupSizes.has(inner.length)) return null;
  return groups.join('');
}

export function parseDecimalInput(text: string, opts: DecimalInputOptions): ParseResult<number> {
  if (typeof text !== 'string') return refused('empty');
  let s = stripInvisible(text).trim();
  if (s === '') return refused('empty');
  // No amount within `max` needs this many characters; stop before scanning a pasted novel.
  if (s.length > MAX_INPUT_LENGTH) return refused('too-large');

  let sign: '+' | '-' = '+';
  const first = SIGNS[s[0]!];
  if (first) {
    sign = first;
    s = s.slice(1).trimStart();
  }
  if (NON_FINITE.has(s.toLowerCase())) return refused('non-finite');

  const seps = separatorsOf(opts.locale);
  // One pass: integer groups and the fraction after the (single) decimal sign. A character that
  // is no part of a number wins over ambiguity anywhere else, so ambiguity is decided after the scan.
  const groups: string[] = [''];
  let fraction: string | null = null;
  let family: string | undefined;
  let zero: number | undefined;
  let ambiguous = false;
  for (const ch of s) {
    const digit = digitOf(ch);
    if (digit) {
      if (zero !== undefined && zero !== digit.zero) return refused('not-a-number');
      zero = digit.zero;
      if (fraction !== null) fraction += digit.value;
      else groups.push(groups.pop()! + digit.value);
      continue;
    }
    const sep = separatorOf(ch, seps);
    if (sep === undefined) return refused('not-a-number');
    // A second decimal sign, a group sign after the decimal sign or of another family, or a foreign '.'/',': ambiguous.
    ambiguous ||= sep === '?' || fraction !== null || (sep !== '.' && family !== undefined && family !== sep);
    if (sep === '.') fraction = '';
    else {
      family = sep;
      groups.push('');
    }
  }
  if (zero === undefined) return refused('not-a-number');
  if (ambiguous) return refused('ambiguous');
  const integer = ungroup(groups, seps);
  if (integer === null) return refused('ambiguous');

  const digits = Math.max(0, Math.trunc(opts.maxFractionDigits));
  const significant = (fraction ?? '').replace(/0+$/, '');
  if (significant.length > digits) return refused('too-precise');

  const magnitude = BigInt(integer === '' ? '0' : integer) * 10n ** BigInt(digits) + BigInt(significant.padEnd(digits, '0') || '0');
  if (sign === '-' && magnitude > 0n && !opts.allowNegative) return refused('negative');

  const safeMax = BigInt(Number.MAX_SAFE_INTEGER);
  const requested = opts.max === undefined ? DEFAULT_MAX_UNITS : BigInt(opts.max);
  const max = requested > safeMax ? safeMax : requested;
  if (magnitude > max) return refused('too-large');

  const value = Number(magnitude);
  return parsed(sign === '-' && value !== 0 ? -value : value);
}
