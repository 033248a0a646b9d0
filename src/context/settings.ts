import type { SubOrgAdapter } from '../api/adapter.js';
import { normalizeLocale, normalizeTimeZone } from '../i18n/format.js';
import { mergeLocalePacks, mergeStrings } from '../i18n/merge.js';
import type { LocalePacks, StringOverrides } from '../i18n/types.js';
import type { ResolvedBranding } from '../theme/branding-types.js';
import type { SuborgContextValue } from './keys.js';

/** What one provider sets itself; anything left undefined is inherited from the outer provider. */
export interface ProviderSettings {
  adapter?: SubOrgAdapter;
  orgId?: string;
  strings?: StringOverrides;
  localePacks?: LocalePacks;
  locale?: string;
  timeZone?: string;
  /** Redirect allow-list (host names, `*.example.com` for subdomains). */
  allowHosts?: readonly string[];
}

function pageLocale(): string {
  if (typeof document === 'undefined') return 'en';
  return normalizeLocale(document.documentElement.lang || navigator.language);
}

/**
 * A provider's context value: its own settings over the outer provider's value. Branding
 * arrives already resolved (it was validated over the outer branding) with its scheme.
 */
export function mergeContext(
  parent: SuborgContextValue | undefined,
  own: ProviderSettings,
  branding: ResolvedBranding,
  colorScheme: 'light' | 'dark',
): SuborgContextValue {
  const value: SuborgContextValue = {
    branding,
    colorScheme,
    strings: mergeStrings(parent?.strings, own.strings),
    localePacks: mergeLocalePacks(parent?.localePacks, own.localePacks),
    locale: own.locale ? normalizeLocale(own.locale) : (parent?.locale ?? pageLocale()),
    timeZone: normalizeTimeZone(own.timeZone) ?? parent?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
  const adapter = own.adapter ?? parent?.adapter;
  if (adapter) value.adapter = adapter;
  const orgId = own.orgId || parent?.orgId;
  if (orgId) value.orgId = orgId;
  const allowHosts = own.allowHosts ?? parent?.allowHosts;
  if (allowHosts) value.allowHosts = [...allowHosts];
  return value;
}
