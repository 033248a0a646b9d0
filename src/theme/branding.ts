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
import { DARK_TOKENS, TOKENS, type TokenName } from './tokens.js';

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

function cleanText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const text = value.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return text !== '' && text.length <= MAX_TEXT ? text : null;
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Validates `input` over `base`. Returns the merged branding and the paths of the values
 * that were rejected (`colors.primary`, `logoUrl`, …).
 */
export function resolveBranding(input: Branding | undefined, options: ResolveBrandingOptions = {}): { branding: ResolvedBranding; rejected: string[] } {
  const base = options.base ?? DEFAULT_BRANDING;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const urlBase = options.urlBase ?? (typeof location === 'undefined' ? undefined : location.href);
  const rejected: string[] = [];
  const out: ResolvedBranding = { ...base, colors: { ...base.colors }, colorsDark: { ...base.colorsDark }, legal: { ...base.legal } };
  if (!input) return { branding: out, rejected };

  /** Runs `parse` on a set value; keeps the base on failure and says so once. */
  const take = <T>(path: string, value: unknown, parse: (v: unknown) => T | null, apply: (v: T) => void): void => {
    if (value === undefined || value === null || value === '') return;
    const parsed = parse(value);
    if (parsed === null) {
      rejected.push(path);
      warn(`suborg-elements: branding ${path} ${describe(value)} is not valid; keeping the default.`);
      return;
    }
    apply(parsed);
  };
  const oneOf = <T extends string>(list: readonly T[]) => (v: unknown): T | null => (list.includes(v as T) ? (v as T) : null);
  const url = (v: unknown) => safeUrl(v, { base: urlBase });

  take('productName', input.productName, cleanText, (v) => (out.productName = v));
  take('logoUrl', input.logoUrl, url, (v) => (out.logoUrl = v));
  for (const [group, colors] of [['colors', input.colors], ['colorsDark', input.colorsDark]] as const) {
    if (!colors || typeof colors !== 'object') continue;
    for (const [key, value] of Object.entries(colors)) {
      if (!BRAND_COLORS.includes(key as BrandColor)) {
        rejected.push(`${group}.${key}`);
        warn(`suborg-elements: branding ${group}.${key} is not a known color; ignored.`);
        continue;
      }
      take(`${group}.${key}`, value, parseColor, (v) => (out[group][key as BrandColor] = v));
    }
  }
  take('fontFamily', input.fontFamily, parseFontFamily, (v) => (out.fontFamily = v));
  take('radius', input.radius, (v) => parseLength(v, { max: RADIUS_MAX }), (v) => (out.radius = v));
  take('density', input.density, oneOf(DENSITIES), (v) => (out.density = v));
  take('colorScheme', input.colorScheme, oneOf(COLOR_SCHEMES), (v) => (out.colorScheme = v));
  take('legal.termsUrl', input.legal?.termsUrl, url, (v) => (out.legal.termsUrl = v));
  take('legal.privacyUrl', input.legal?.privacyUrl, url, (v) => (out.legal.privacyUrl = v));
  take('supportEmail', input.supportEmail, (v) => (typeof v === 'string' && v.length <= 254 && EMAIL.test(v.trim()) ? v.trim() : null), (v) => (out.supportEmail = v));
  return { branding: out, rejected };
}

/** `surfaceRaised` → `--suborg-color-surface-raised`. */
export function colorToken(color: BrandColor): TokenName {
  return `--suborg-color-${color.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` as TokenName;
}

/** Spacing (and type size) per density; unset density keeps the token defaults. */
export const DENSITY_TOKENS: Record<Density, Partial<Record<TokenName, string>>> = {
  compact: { '--suborg-space': '0.3125rem', '--suborg-font-size': '0.8125rem' },
  comfortable: { '--suborg-space': '0.5rem', '--suborg-font-size': '0.875rem' },
};

function colorTokens(colors: BrandColors): Partial<Record<TokenName, string>> {
  const out: Partial<Record<TokenName, string>> = {};
  for (const [key, value] of Object.entries(colors)) if (value) out[colorToken(key as BrandColor)] = value;
  return out;
}

/**
 * The tokens a provider sets for `branding` in `scheme`. Only what differs from what the
 * element would inherit: brand values, the dark defaults in dark, and the light defaults
 * when an outer provider is dark (`inheritedScheme`). Host CSS on ancestors keeps working
 * for everything else.
 */
export function brandingTokens(branding: ResolvedBranding, scheme: 'light' | 'dark', inheritedScheme?: 'light' | 'dark'): Partial<Record<TokenName, string>> {
  const tokens: Partial<Record<TokenName, string>> =
    scheme === 'dark'
      ? {
          ...DARK_TOKENS,
          // The brand's primary stays the brand's in dark too, unless a dark variant is given.
          ...colorTokens({ primary: branding.colors.primary, onPrimary: branding.colors.onPrimary }),
          ...colorTokens(branding.colorsDark),
        }
      : { ...(inheritedScheme === 'dark' ? TOKENS : {}), ...colorTokens(branding.colors) };
  if (branding.fontFamily) tokens['--suborg-font-family'] = branding.fontFamily;
  if (branding.radius) tokens['--suborg-radius'] = branding.radius;
  if (branding.density) Object.assign(tokens, DENSITY_TOKENS[branding.density]);
  return tokens;
}

/**
 * Sets the tokens on `element` with `style.setProperty` (CSP-safe, no style strings) and
 * removes the ones a previous branding set but this one does not. Also sets `color-scheme`
 * so native controls and scrollbars follow.
 */
export function applyTokens(element: HTMLElement, branding: ResolvedBranding, scheme: 'light' | 'dark', inheritedScheme?: 'light' | 'dark'): void {
  const tokens = brandingTokens(branding, scheme, inheritedScheme);
  for (const name of Object.keys(TOKENS) as TokenName[]) {
    const value = tokens[name];
    if (value === undefined) element.style.removeProperty(name);
    else element.style.setProperty(name, value);
  }
  if (scheme === 'dark' || inheritedScheme === 'dark') element.style.setProperty('color-scheme', scheme);
  else element.style.removeProperty('color-scheme');
}

/** Removes every token (and `color-scheme`) a provider set on `element`. */
export function clearTokens(element: HTMLElement): void {
  for (const name of Object.keys(TOKENS)) element.style.removeProperty(name);
  element.style.removeProperty('color-scheme');
}
