import { createContext } from '@lit/context';
import type { SubOrgAdapter } from '../api/adapter.js';
import type { ResolvedBranding } from '../theme/branding-types.js';
import type { LocalePacks, StringOverrides } from '../i18n/types.js';

/** What a provider hands to every element below it (DESIGN §6). */
export interface SuborgContextValue {
  adapter?: SubOrgAdapter;
  /** The parent org the elements act for. */
  orgId?: string;
  branding: ResolvedBranding;
  /** The scheme in effect (`auto` already resolved against the OS). */
  colorScheme: 'light' | 'dark';
  /** Host overrides by slice then key, merged across nested providers. */
  strings: StringOverrides;
  /** Translations by locale, merged across nested providers. */
  localePacks: LocalePacks;
  /** A canonical BCP 47 tag. */
  locale: string;
  /** An IANA zone Intl accepts. */
  timeZone: string;
  /** Hosts a redirect (checkout, portal, assist) may go to; undefined: same origin only. */
  allowHosts?: string[];
}

/**
 * The one context key. `Symbol.for` so the npm copy and a drop-in copy on the same page
 * (two module instances) still find each other's providers.
 */
export const suborgContext = createContext<SuborgContextValue>(Symbol.for('suborg-elements/context'));
