// The branding model (DESIGN §6): what a host may pass (`Branding`) and what survives
// validation (`ResolvedBranding`). Kept apart from the resolver so the context key can
// name the type without pulling validation code into every element.

export const COLOR_SCHEMES = ['light', 'dark', 'auto'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

export const DENSITIES = ['compact', 'comfortable'] as const;
export type Density = (typeof DENSITIES)[number];

/** Brand colors, each mapped to one `--suborg-color-*` token (see src/theme/README.md). */
export const BRAND_COLORS = [
  'primary',
  'onPrimary',
  'surface',
  'surfaceRaised',
  'surfaceSunken',
  'text',
  'textMuted',
  'border',
  'focus',
  'danger',
  'warning',
  'success',
  'info',
] as const;
export type BrandColor = (typeof BRAND_COLORS)[number];
export type BrandColors = Partial<Record<BrandColor, string>>;

/** Branding as a host writes it; every value is untrusted and validated. */
export interface Branding {
  productName?: string;
  logoUrl?: string;
  /** Light-scheme colors (and `primary`/`onPrimary` in dark too, unless `colorsDark` sets them). */
  colors?: BrandColors;
  /** Dark-scheme colors, over the built-in dark defaults. */
  colorsDark?: BrandColors;
  fontFamily?: string;
  radius?: string;
  density?: Density;
  colorScheme?: ColorScheme;
  legal?: { termsUrl?: string; privacyUrl?: string };
  supportEmail?: string;
}

/** Validated branding: only values that passed the grammar; absent means "default". */
export interface ResolvedBranding {
  productName?: string;
  /** Passed `safeUrl`. */
  logoUrl?: string;
  colors: BrandColors;
  colorsDark: BrandColors;
  fontFamily?: string;
  radius?: string;
  density?: Density;
  colorScheme: ColorScheme;
  legal: { termsUrl?: string; privacyUrl?: string };
  supportEmail?: string;
}

export const DEFAULT_BRANDING: ResolvedBranding = Object.freeze({
  colors: {},
  colorsDark: {},
  colorScheme: 'light',
  legal: {},
}) as ResolvedBranding;
