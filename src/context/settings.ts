import type { SubOrgAdapter } from '../api/adapter.js';
import { normalizeLocale, normalizeTimeZone, pageLocale } from '../i18n/format.js';
import { mergeLocalePacks, mergeStrings } from '../i18n/merge.js';
import type { LocalePacks, StringOverrides } from '../i18n/types.js';
import type { ResolvedBranding } from '../theme/branding-types.js';
import type { SuborgContextValue } from './keys.js';

/** What one provider sets itself; anything left undefined (or empty) is inherited from the outer provider. */
export interface ProviderSettings {
  adapter?: SubOrgAdapter | undefined;
  orgId?: string | undefined;
  strings?: StringOverrides | undefined;
  localePacks?: LocalePacks | undefined;
  locale?: string | undefined;
  timeZone?: string | undefined;
  /** Redirect allow-list (host names, `*.example.com` for subdomains). */
  allowHosts?: readonly string[] | undefined;
}

/**
 * A provider's context value: its own settings over the outer provider's value. Branding
 * arrives already resolved (it was validated over the outer branding) with its scheme.
 * Without an outer provider, the locale is the page's (`<html lang>`, else the browser's).
 */
export function mergeContext(
  parent: SuborgContextValue | undefined,
  own: ProviderSettings,
  branding: ResolvedBranding,
  colorScheme: 'light' | 'dark',
): SuborgContextValue {
  const adapter = own.adapter ?? parent?.adapter;
  const orgId = own.orgId || parent?.orgId;
  const allowHosts = own.allowHosts ?? parent?.allowHosts;
  return {
    branding,
    colorScheme,
    strings: mergeStrings(parent?.strings, own.strings),
    localePacks: mergeLocalePacks(parent?.localePacks, own.localePacks),
    locale: own.locale ? normalizeLocale(own.locale) : (parent?.locale ?? pageLocale()),
    timeZone: normalizeTimeZone(own.timeZone) ?? parent?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    ...(adapter && { adapter }),
    ...(orgId && { orgId }),
    ...(allowHosts && { allowHosts: [...allowHosts] }),
  };
}
