// Branding → validated values → `--suborg-*` tokens (DESIGN §6, §7). Every value is
// untrusted: colors, lengths and fonts pass the theme grammar, URLs pass `safeUrl`,
// and a value that fails is dropped (the default stays) with one warning.
import { parseColor, parseFontFamily, parseLength } from '../domain/theme-values.js';
import { safeUrl } from '../domain/url-safety.js';
import {
  BRAND_COLORS,
  COLOR_SCHEMES,
  DEFAULT_BRANDING,
  DENSITIES,
  type BrandColor,
  type BrandColors,
  type Branding,
  type Density,
  type ResolvedBranding,
} from './branding-types.js';
import { colorToken, DARK_TOKENS, TOKEN_NAMES, type TokenName } from './token-names.js';

export * from './branding-types.js';

export interface ResolveBrandingOptions {
  /** What unset values inherit (an outer provider's branding). Default: no branding. */
  base?: ResolvedBranding;
  /** Relative URLs resolve against this. Default: the page URL. */
  urlBase?: string;
  /** Told once per rejected value. Default: `console.warn`. */
  warn?: (message: string) => void;
}

const MAX_TEXT = 120;
const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;
/** A radius beyond these is clamped: anything larger only makes pills. */
const RADIUS_MAX = { px: 64, rem: 4, em: 4 } as const;

/** Trimmed text without control characters, at most MAX_TEXT long; else null. */
function cleanText(value: unknown): string | null {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const text = typeof value === 'string' ? value.replace(/[\u0000-\u001f\u007f]/g, '').trim() : '';
  return text && text.length <= MAX_TEXT ? text : null;
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Validates `input` over `base`. Returns the merged branding and the paths of the values
 * that were rejected (`colors.primary`, `logoUrl`, …).
 */
export function resolveBranding(input: Branding | undefined, options: ResolveBrandingOptions = {}): { branding: ResolvedBranding; rejected: string[] } {
  const { base = DEFAULT_BRANDING, warn = (message: string) => console.warn(message), urlBase = typeof location === 'undefined' ? undefined : location.href } = options;
  const rejected: string[] = [];
  const out: ResolvedBranding = { ...base, colors: { ...base.colors }, colorsDark: { ...base.colorsDark }, legal: { ...base.legal } };
  const reject = (path: string, why: string) => {
    rejected.push(path);
    warn(`suborg-elements: branding ${path} ${why}`);
  };
  /** Runs `parse` on a set value: keeps what it returns under `path` in `into`, or the base (and says so once). */
  const take = (into: Record<string, unknown>, key: string, path: string, value: unknown, parse: (v: unknown) => string | null): void => {
    if (value === undefined || value === null || value === '') return;
    const parsed = parse(value);
    if (parsed === null) reject(path, `${describe(value)} is not valid; keeping the default.`);
    else into[key] = parsed;
  };
  const oneOf = (list: readonly string[]) => (v: unknown) => (list.includes(v as string) ? (v as string) : null);
  const url = (v: unknown) => safeUrl(v, { base: urlBase });

  if (!input) return { branding: out, rejected };
  const top = (key: keyof Branding, parse: (v: unknown) => string | null) => take(out as never, key, key, input[key], parse);
  top('productName', cleanText);
  top('logoUrl', url);
  top('fontFamily', parseFontFamily);
  top('radius', (v) => parseLength(v, { max: RADIUS_MAX }));
  top('density', oneOf(DENSITIES));
  top('colorScheme', oneOf(COLOR_SCHEMES));
  top('supportEmail', (v) => (typeof v === 'string' && v.length <= 254 && EMAIL.test(v.trim()) ? v.trim() : null));
  for (const key of ['termsUrl', 'privacyUrl'] as const) take(out.legal, key, `legal.${key}`, input.legal?.[key], url);
  for (const group of ['colors', 'colorsDark'] as const) {
    const colors = input[group];
    if (!colors || typeof colors !== 'object') continue;
    for (const [key, value] of Object.entries(colors)) {
      if (BRAND_COLORS.includes(key as BrandColor)) take(out[group], key, `${group}.${key}`, value, parseColor);
      else reject(`${group}.${key}`, 'is not a known color; ignored.');
    }
  }
  return { branding: out, rejected };
}

export { colorToken };

/** Spacing (and type size) per density; unset density keeps the token defaults. */
export const DENSITY_TOKENS: Record<Density, Partial<Record<TokenName, string>>> = {
  compact: { '--suborg-space': '0.3125rem', '--suborg-font-size': '0.8125rem' },
  comfortable: { '--suborg-space': '0.5rem', '--suborg-font-size': '0.875rem' },
};

function colorTokens(colors: BrandColors): Partial<Record<TokenName, string>> {
  return Object.fromEntries(Object.entries(colors).flatMap(([key, value]) => (value ? [[colorToken(key as BrandColor), value]] : [])));
}

/**
 * The tokens a provider sets for `branding` in `scheme`. Only what differs from what the
 * element would inherit: brand values, the dark defaults in dark, and, when an outer provider
 * is dark (`inheritedScheme`), `initial` for the rest, so elements fall back to their light
 * defaults (written once, in `tokenStyles`). Host CSS on ancestors keeps working for everything else.
 */
export function brandingTokens(branding: ResolvedBranding, scheme: 'light' | 'dark', inheritedScheme?: 'light' | 'dark'): Partial<Record<TokenName, string>> {
  const { colors, fontFamily, radius, density } = branding;
  return {
    ...(scheme === 'dark'
      ? // The brand's primary stays the brand's in dark too, unless a dark variant is given.
        { ...DARK_TOKENS, ...colorTokens({ primary: colors.primary, onPrimary: colors.onPrimary }), ...colorTokens(branding.colorsDark) }
      : { ...(inheritedScheme === 'dark' && Object.fromEntries(TOKEN_NAMES.map((name) => [name, 'initial']))), ...colorTokens(colors) }),
    ...(fontFamily && { '--suborg-font-family': fontFamily }),
    ...(radius && { '--suborg-radius': radius }),
    ...(density && DENSITY_TOKENS[density]),
  };
}

/**
 * Sets the tokens on `element` with `style.setProperty` (CSP-safe, no style strings) and
 * removes the ones a previous branding set but this one does not. Also sets `color-scheme`
 * so native controls and scrollbars follow.
 */
export function applyTokens(element: HTMLElement, branding: ResolvedBranding, scheme: 'light' | 'dark', inheritedScheme?: 'light' | 'dark'): void {
  const tokens: Record<string, string | undefined> = brandingTokens(branding, scheme, inheritedScheme);
  tokens['color-scheme'] = scheme === 'dark' || inheritedScheme === 'dark' ? scheme : undefined;
  setTokens(element, tokens);
}

/** Removes every token (and `color-scheme`) a provider set on `element`. */
export function clearTokens(element: HTMLElement): void {
  setTokens(element, {});
}

function setTokens(element: HTMLElement, tokens: Record<string, string | undefined>): void {
  for (const name of [...TOKEN_NAMES, 'color-scheme']) {
    const value = tokens[name];
    if (value === undefined) element.style.removeProperty(name);
    else element.style.setProperty(name, value);
  }
}
