// Token names and the dark defaults: what the provider needs to set tokens, apart from the
// shared style sheet (tokens.ts), which only elements need.
import { BRAND_COLORS, type BrandColor } from './branding-types.js';

type Kebab<S extends string> = S extends `${infer Head}${infer Tail}` ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}` : S;

/** A global token: one per brand color, and the type, shape and spacing ones. */
export type TokenName =
  | `--suborg-color-${Kebab<BrandColor>}`
  | '--suborg-font-family'
  | '--suborg-font-size'
  | '--suborg-radius'
  | '--suborg-space'
  | '--suborg-shadow';

/** `surfaceRaised` → `--suborg-color-surface-raised`. */
export const colorToken = (color: BrandColor) => `--suborg-color-${color.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` as TokenName;

/** Every global token (see src/theme/README.md). */
export const TOKEN_NAMES: readonly TokenName[] = [
  ...BRAND_COLORS.map(colorToken),
  '--suborg-font-family',
  '--suborg-font-size',
  '--suborg-radius',
  '--suborg-space',
  '--suborg-shadow',
];

/**
 * Dark-scheme defaults; the provider applies them under `color-scheme="dark"` (or auto + dark OS).
 * The colors in `BRAND_COLORS` order: primary, onPrimary, surface, surfaceRaised, surfaceSunken,
 * text, textMuted, border, focus, danger, warning, success, info.
 */
export const DARK_TOKENS: Partial<Record<TokenName, string>> = {
  ...Object.fromEntries(
    '#a5b4fc #111827 #0f172a #1e293b #020617 #f1f5f9 #cbd5e1 #475569 #93c5fd #fca5a5 #fcd34d #86efac #93c5fd'.split(' ').map((value, i) => [colorToken(BRAND_COLORS[i]!), value]),
  ),
  '--suborg-shadow': '0 10px 30px rgb(0 0 0 / 0.5)',
};
