// The strict grammar for theme values from branding config and attributes (DESIGN §6, §7).
// Everything is refused unless it is a plain color, length or font list; the normalised value
// is what components pass to style.setProperty.
import { CSS_NAMED_COLORS } from './css-named-colors.js';

export type ThemeValueKind = 'color' | 'length' | 'font-family';

export const MAX_THEME_VALUE_LENGTH = 200;

/** Tokens that could escape a declaration, load a resource or reference other values. Matched case-insensitively. */
export const FORBIDDEN_THEME_TOKENS = [';', '{', '}', 'url(', 'expression(', '@import', 'attr(', 'var(', '\\', '/*', '*/', '<', '>'] as const;

/** Control characters (C0, DEL, C1), line/paragraph separators and invisible format characters. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_FORMAT = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\p{Cf}]/u;

/** The trimmed string when `v` may be looked at at all, else null. */
function screen(v: unknown): string | null {
  if (typeof v !== 'string' || v.length > MAX_THEME_VALUE_LENGTH || CONTROL_OR_FORMAT.test(v)) return null;
  const lower = v.toLowerCase();
  if (FORBIDDEN_THEME_TOKENS.some((token) => lower.includes(token))) return null;
  const trimmed = v.trim();
  return trimmed === '' ? null : trimmed;
}

const NUMBER = '[+-]?(?:\\d{1,6}(?:\\.\\d{1,6})?|\\.\\d{1,6})';
const IS_NUMBER = new RegExp(`^${NUMBER}$`);
const IS_PERCENT = new RegExp(`^${NUMBER}%$`);
const IS_ANGLE = new RegExp(`^${NUMBER}(?:deg|rad|grad|turn)$`);

type Channel = 'number-or-percent' | 'hue';

function channelOk(token: string, kind: Channel, allowNone: boolean): boolean {
  if (allowNone && token === 'none') return true;
  if (kind === 'hue') return IS_NUMBER.test(token) || IS_ANGLE.test(token);
  return IS_NUMBER.test(token) || IS_PERCENT.test(token);
}

const COLOR_FUNCTIONS: Readonly<Record<string, { channels: readonly Channel[]; legacy: boolean }>> = {
  rgb: { channels: ['number-or-percent', 'number-or-percent', 'number-or-percent'], legacy: true },
  rgba: { channels: ['number-or-percent', 'number-or-percent', 'number-or-percent'], legacy: true },
  hsl: { channels: ['hue', 'number-or-percent', 'number-or-percent'], legacy: true },
  hsla: { channels: ['hue', 'number-or-percent', 'number-or-percent'], legacy: true },
  oklch: { channels: ['number-or-percent', 'number-or-percent', 'hue'], legacy: false },
  oklab: { channels: ['number-or-percent', 'number-or-percent', 'number-or-percent'], legacy: false },
};

/** rgb(255, 0, 0, 0.5): commas, no `none`; rgb takes all numbers or all percentages, hsl percentages for s and l. */
function legacyColor(name: string, inner: string): string | null {
  const args = inner.split(',').map((a) => a.trim());
  if (args.length !== 3 && args.length !== 4) return null;
  const [a = '', b = '', c = '', alpha] = args;
  const isRgb = name.startsWith('rgb');
  const channelsOk = isRgb
    ? [a, b, c].every((x) => IS_NUMBER.test(x)) || [a, b, c].every((x) => IS_PERCENT.test(x))
    : channelOk(a, 'hue', false) && IS_PERCENT.test(b) && IS_PERCENT.test(c);
  if (!channelsOk || (alpha !== undefined && !channelOk(alpha, 'number-or-percent', false))) return null;
  return `${name}(${args.join(', ')})`;
}

/** rgb(255 0 0 / 50%): spaces, optional `/ alpha`, `none` allowed. */
function modernColor(name: string, inner: string, channels: readonly Channel[]): string | null {
  const [main = '', alpha, extra] = inner.split('/').map((p) => p.trim());
  if (extra !== undefined) return null;
  const tokens = main.split(/\s+/);
  if (tokens.length !== channels.length || !tokens.every((t, i) => channelOk(t, channels[i]!, true))) return null;
  if (alpha !== undefined && !channelOk(alpha, 'number-or-percent', true)) return null;
  return `${name}(${tokens.join(' ')}${alpha !== undefined ? ` / ${alpha}` : ''})`;
}

/** A CSS color (hex, rgb/hsl/oklch/oklab functions, a named color, transparent, currentColor), normalised; else null. */
export function parseColor(v: unknown): string | null {
  const s = screen(v);
  if (s === null) return null;
  const lower = s.toLowerCase();
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.test(lower)) return lower;
  if (lower === 'transparent' || CSS_NAMED_COLORS.has(lower)) return lower;
  if (lower === 'currentcolor') return 'currentColor';
  const call = /^([a-z]+)\(\s*([^()]*?)\s*\)$/.exec(lower);
  const spec = call ? COLOR_FUNCTIONS[call[1]!] : undefined;
  if (!call || !spec) return null;
  const [, name = '', inner = ''] = call;
  if (inner.includes(',')) return spec.legacy ? legacyColor(name, inner) : null;
  return modernColor(name, inner, spec.channels);
}

export const LENGTH_UNITS = ['px', 'rem', 'em', '%', 'vh', 'vw', 'ch'] as const;
export type LengthUnit = (typeof LENGTH_UNITS)[number];

export interface LengthOptions {
  /** Per-unit ceilings; a larger value is clamped to it (e.g. a radius: { px: 48, rem: 3 }). */
  max?: Partial<Record<LengthUnit, number>>;
  allowNegative?: boolean;
}

const LENGTH = new RegExp(`^(${NUMBER})(px|rem|em|%|vh|vw|ch)?$`);

/** A length: a number with px/rem/em/%/vh/vw/ch, or a bare 0. Normalised ("1.50REM" → "1.5rem"); else null. */
export function parseLength(v: unknown, opts: LengthOptions = {}): string | null {
  const s = screen(v);
  if (s === null) return null;
  const m = LENGTH.exec(s.toLowerCase());
  if (!m) return null;
  const value = Number(m[1]) || 0;
  const unit = m[2] as LengthUnit | undefined;
  if (unit === undefined) return value === 0 ? '0' : null;
  if (value < 0 && !opts.allowNegative) return null;
  const ceiling = opts.max?.[unit];
  const clamped = ceiling !== undefined && value > ceiling ? ceiling : value;
  return `${clamped}${unit}`;
}

const MAX_FONT_FAMILIES = 10;
const MAX_FONT_NAME_LENGTH = 100;
const CSS_WIDE_KEYWORDS = new Set(['inherit', 'initial', 'unset', 'revert', 'revert-layer', 'default']);
const FONT_NAME_CHARS = /^[\p{L}\p{M}\p{N} _.-]+$/u;
const IDENT = /^-?[\p{L}_][\p{L}\p{M}\p{N}_-]*$/u;

/** Splits on commas outside quotes; null when a quote is left open. */
function splitFamilies(s: string): string[] | null {
  const items: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = null;
      current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === ',') {
      items.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (quote) return null;
  items.push(current.trim());
  return items;
}

function fontFamilyItem(item: string): string | null {
  const quoted = /^(["'])(.*)\1$/u.exec(item);
  if (quoted) {
    const name = quoted[2]!.trim().replace(/\s+/g, ' ');
    if (name === '' || name.length > MAX_FONT_NAME_LENGTH || !FONT_NAME_CHARS.test(name)) return null;
    return `"${name}"`;
  }
  const idents = item.split(/\s+/);
  if (item.length > MAX_FONT_NAME_LENGTH || !idents.every((i) => IDENT.test(i))) return null;
  if (idents.length === 1 && CSS_WIDE_KEYWORDS.has(idents[0]!.toLowerCase())) return null;
  return idents.join(' ');
}

/** A font-family list: quoted names, unquoted identifier sequences and generic families. Normalised; else null. */
export function parseFontFamily(v: unknown): string | null {
  const s = screen(v);
  if (s === null) return null;
  const items = splitFamilies(s);
  if (!items || items.length > MAX_FONT_FAMILIES) return null;
  const out: string[] = [];
  for (const item of items) {
    const family = fontFamilyItem(item);
    if (family === null) return null;
    out.push(family);
  }
  return out.join(', ');
}

/** Dispatches on the kind of value a token expects. */
export function parseThemeValue(kind: ThemeValueKind, v: unknown): string | null {
  switch (kind) {
    case 'color':
      return parseColor(v);
    case 'length':
      return parseLength(v);
    case 'font-family':
      return parseFontFamily(v);
    default:
      return null;
  }
}
