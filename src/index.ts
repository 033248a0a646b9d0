// The package's main entry: classes, types, adapters and helpers. No side effects:
// importing it defines no element (import `suborg-elements/define` or a per-element
// entry for that) and it is safe to import on a server.

// Contracts: domain types, the adapter interface, errors.
export * from './api/types.js';
export * from './api/adapter.js';
export * from './api/errors.js';

// Adapters: REST (your backend) and in-memory (demos, tests, prototypes).
export * from './api/rest/index.js';
export { createMemoryAdapter } from './api/memory/memory-adapter.js';
export type { MemoryAdapter, MemoryAdapterOptions } from './api/memory/memory-adapter.js';

// Configuration: the provider element, the framework-host helper, the context key.
export { SuborgProvider } from './context/suborg-provider.js';
export { provideSuborg } from './context/provide.js';
export type { ProvideSuborgOptions, SuborgProvision } from './context/provide.js';
export { suborgContext } from './context/keys.js';
export type { SuborgContextValue } from './context/keys.js';

// Elements (classes only) and their events.
export { SuborgList, CREATE_MODES } from './components/suborg-list/suborg-list.js';
export type { CreateMode } from './components/suborg-list/suborg-list.js';
export * from './components/suborg-list/suborg-list.events.js';
export { SuborgBilling, BILLING_VIEWS } from './components/suborg-billing/suborg-billing.js';
export type { BillingViewMode } from './components/suborg-billing/suborg-billing.js';
export * from './components/suborg-billing/suborg-billing.events.js';
export { SuborgErrorEvent, SuborgActionEvent, SUBORG_ACTIONS } from './internal/events.js';
export type { SuborgAction } from './internal/events.js';

// Theming: the documented tokens, branding validation.
export { TOKENS, DARK_TOKENS, tokenStyles } from './theme/tokens.js';
export type { TokenName } from './theme/tokens.js';
export { resolveBranding, brandingTokens, COLOR_SCHEMES, DENSITIES, BRAND_COLORS } from './theme/branding.js';
export type { Branding, ResolvedBranding, ColorScheme, Density, BrandColor } from './theme/branding.js';

// Strings: override and locale-pack shapes, the German pack (opt-in), page-wide registration.
export type { Message, PluralMessage, StringOverrides, LocalePack, LocalePacks } from './i18n/types.js';
export { de } from './i18n/de/index.js';
export { registerLocalePacks, setLocaleLoader } from './internal/base-element.js';
export type { LocaleLoader } from './internal/base-element.js';

// Domain helpers a host needs to agree with the elements: URL safety, theme values, money and credits.
export { safeUrl, isSafeUrl, safeRedirectUrl } from './domain/url-safety.js';
export type { SafeUrlOptions, SafeRedirectOptions } from './domain/url-safety.js';
export { parseColor, parseLength, parseFontFamily, parseThemeValue } from './domain/theme-values.js';
export { formatMoney, parseMoney, currencyExponent, moneyFromWire, moneyToWire } from './domain/money.js';
export { formatCredits, parseCredits, creditsFromWire, creditsToWire } from './domain/credits.js';

// Guarded registration, for hosts that register under their own conditions.
export { defineElement } from './internal/define.js';
