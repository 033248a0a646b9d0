import type { SubOrgAdapter } from '../api/adapter.js';
import { createRestAdapter } from '../api/rest/rest-adapter.js';
import type { TokenGetter } from '../api/rest/http.js';
import { safeUrl } from '../domain/url-safety.js';

/** The no-code adapter settings, as `<suborg-provider>` attributes spell them. */
export interface AttributeAdapterConfig {
  /** `api-base-url`: absolute or same-origin (`/api`). */
  apiBaseUrl?: string | undefined;
  /** `auth="cookie"`: send the session cookie, cross-origin too. */
  auth?: string | undefined;
  /** `token-function`: the name of a global function returning a bearer token (or a promise of one). */
  tokenFunction?: string | undefined;
}

/**
 * Looks the named global function up on every request (it may be defined after the tag,
 * and the token is never stored here). A missing function means "no token".
 */
function globalTokenGetter(name: string): TokenGetter {
  let warned = false;
  return (opts) => {
    const fn = (globalThis as Record<string, unknown>)[name];
    if (typeof fn !== 'function') {
      if (!warned) console.warn(`suborg-elements: token-function "${name}" is not a global function (yet); sending no token.`);
      warned = true;
      return null;
    }
    return (fn as TokenGetter)(opts);
  };
}

/** The REST adapter for the attributes, or undefined when `api-base-url` is missing or unsafe. */
export function adapterFromAttributes(config: AttributeAdapterConfig): SubOrgAdapter | undefined {
  if (!config.apiBaseUrl) return undefined;
  const baseUrl = safeUrl(config.apiBaseUrl, { base: location.href });
  if (!baseUrl) {
    console.warn(`suborg-elements: api-base-url "${config.apiBaseUrl}" is not a safe URL; no adapter created.`);
    return undefined;
  }
  const name = config.tokenFunction?.trim();
  return createRestAdapter({
    baseUrl,
    credentials: config.auth === 'cookie' ? 'include' : 'same-origin',
    ...(name ? { getToken: globalTokenGetter(name) } : {}),
  });
}
