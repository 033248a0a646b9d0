// The strict grammar for theme values from branding config and attributes (DESIGN §6, §7).
// Everything is refused unless it is a plain color, length or font list; the normalised value
// is what components pass to style.setProperty.

export type ThemeValueKind = 'color' | 'length' | 'font-family';

export const MAX_THEME_VALUE_LENGTH = 200;

/** Tokens that could escape a declaration, load a resource or reference other values. Matched case-insensitively. */
export const FORBIDDEN_THEME_TOKENS = [';', '{', '}', 'url(', 'expression(', '@import', 'attr(', 'var(', '\\', '/*', '*/', '<', '>'] as const;

/** Control characters (C0, DEL, C1), line/paragraph separators and invisible format characters. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_FORMAT = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\p{Cf}]/u;

/** Keywords every property accepts: never a brand value. */
const CSS_WIDE_KEYWORDS = /^(inherit|initial|unset|revert|revert-layer|default)$/i;

/** The trimmed string when `v` may be looked at at all, else null. */
function screen(v: unknown): string | null {
  if (typeof v !== 'string' || v.length > MAX_THEME_VALUE_LENGTH || CONTROL_OR_FORMAT.test(v)) return null;
  const lower = v.toLowerCase();
  return FORBIDDEN_THEME_TOKENS.some((token) => lower.includes(token)) ? null : v.trim() || null;
}

const NUMBER = '[+-]?(?:\\d{1,6}(?:\\.\\d{1,6})?|\\.\\d{1,6})';

/** One argument of a color function: a plain number, a percentage, an angle, or `none`. */
const COLOR_ARGUMENT = new RegExp(`^(?:${NUMBER}(?:%|deg|rad|grad|turn)?|none)$`);

/** `value` when the browser parses it as a color; without a browser to ask (a server), null. */
const browserColor = (value: string) => (typeof CSS !== 'undefined' && CSS.supports('color', value) ? value : null);

/**
 * A CSS color, normalised; else null: hex, currentColor, a bare word the browser knows as a
 * color (`transparent`, the named colors, system colors), or rgb(a)/hsl(a)/oklch/oklab with
 * plain numeric arguments (no calc(), no exponents) that the browser accepts in that
 * arrangement. Without a browser (a server), only hex and currentColor pass.
 */
export function parseColor(v: unknown): string | null {
  const s = screen(v)?.toLowerCase();
  if (!s) return null;
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.test(s)) return s;
  if (s === 'currentcolor') return 'currentColor';
  if (/^[a-z]+$/.test(s)) return CSS_WIDE_KEYWORDS.test(s) ? null : browserColor(s);
  const call = /^(rgba?|hsla?|oklch|oklab)\(([^()]*)\)$/.exec(s);
  // Spacing normalised: ", " between legacy arguments, " / " before a modern alpha, one space elsewhere.
  const inner = call?.[2]!.trim().replace(/\s*([,/])\s*|\s+/g, (_, sep?: string) => (sep === ',' ? ', ' : sep ? ' / ' : ' '));
  return inner?.split(/[ ,/]+/).every((arg) => COLOR_ARGUMENT.test(arg)) ? browserColor(`${call![1]}(${inner})`) : null;
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
  const m = LENGTH.exec(screen(v)?.toLowerCase() ?? '');
  if (!m) return null;
  const value = Number(m[1]) || 0;
  const unit = m[2] as LengthUnit | undefined;
  if (!unit) return value === 0 ? '0' : null;
  if (value < 0 && !opts.allowNegative) return null;
  return `${Math.min(value, opts.max?.[unit] ?? Infinity)}${unit}`;
}

const MAX_FONT_FAMILIES = 10;
const MAX_FONT_NAME_LENGTH = 100;
const FONT_NAME_CHARS = /^[\p{L}\p{M}\p{N} _.-]+$/u;
const IDENT = /^-?[\p{L}_][\p{L}\p{M}\p{N}_-]*$/u;

function fontFamilyItem(item: string): string | null {
  const quoted = /^(["'])(.*)\1$/u.exec(item);
  if (quoted) {
    const name = quoted[2]!.trim().replace(/\s+/g, ' ');
    return name.length <= MAX_FONT_NAME_LENGTH && FONT_NAME_CHARS.test(name) ? `"${name}"` : null;
  }
  const idents = item.split(/\s+/);
  if (item.length > MAX_FONT_NAME_LENGTH || !idents.every((i) => IDENT.test(i)) || (idents.length === 1 && CSS_WIDE_KEYWORDS.test(item))) return null;
  return idents.join(' ');
}

/**
 * A font-family list: quoted names, unquoted identifier sequences and generic families. Normalised; else null.
 * Names may hold no comma or quote, so a plain split on commas finds the items (a quoted comma fails its item).
 */
export function parseFontFamily(v: unknown): string | null {
  const items = screen(v)?.split(',').map((item) => fontFamilyItem(item.trim()));
  return items && items.length <= MAX_FONT_FAMILIES && !items.includes(null) ? items.join(', ') : null;
}

/** Dispatches on the kind of value a token expects. */
export function parseThemeValue(kind: ThemeValueKind, v: unknown): string | null {
  return kind === 'color' ? parseColor(v) : kind === 'length' ? parseLength(v) : kind === 'font-family' ? parseFontFamily(v) : null;
}
