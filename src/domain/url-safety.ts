// THE URL-safety function (DESIGN §7). Every URL that comes from data or config (logos, legal
// links, avatars, checkout/portal/assist redirects) passes here before it reaches an attribute.
//
// safeUrl(input, { base, allowHosts, allowDevHttp }) → the normalised absolute href, or null:
// - Before deciding, the input is read the way a browser or a careless template might: HTML
//   character references are decoded (repeatedly, for double-encoding: "&#106;avascript:",
//   "&amp;colon;"), C0 controls, DEL and invisible format characters are removed, ends trimmed.
// - A scheme other than http(s), even one only visible once all whitespace is squeezed out
//   ("java script:", "java\tscript:"), is refused: javascript:, data:, vbscript:, file:, blob:, …
// - https: is allowed; http: only for the same origin as `base`, or (allowDevHttp) for localhost,
//   127.0.0.1 and [::1]. allowDevHttp defaults to "the page (`base`) is itself on one of those
//   hosts": in production a sub-org's logo must not make every viewer's browser hit their own
//   local services (http://127.0.0.1:8080/admin…).
// - Relative URLs resolve against `base` (which must be an absolute http(s) URL); without one they are refused.
// - Credentials in the URL (https://user:pw@host) are refused.
// - With `allowHosts`, the host must be listed: an exact host name, or "*.example.com" for
//   subdomains only (not example.com itself). The origin of `base` is always allowed.
// - Longer than 8 KB, or holding U+FFFD (what a reference to an invalid code point decodes to) → refused.

export interface SafeUrlOptions {
  /** Absolute http(s) URL relative inputs resolve against; its origin counts as "same origin". */
  base?: string;
  /** Host names allowed besides `base`'s: "app.example.com" or "*.example.com" (subdomains only). */
  allowHosts?: readonly string[];
  /**
   * Let http://localhost, 127.0.0.1 and [::1] through (development). Default: true only when
   * `base` is itself on one of those hosts (the page is in development), else false.
   */
  allowDevHttp?: boolean;
}

const MAX_URL_LENGTH = 8192;
const DEV_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Named references that spell URL syntax; decoded (case-insensitively, to be safe) before deciding. */
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  colon: ':', tab: '\t', newline: '\n', nbsp: '\u00A0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  sol: '/', bsol: '\\', period: '.', lpar: '(', rpar: ')', num: '#', excl: '!', percnt: '%', equals: '=',
  quest: '?', commat: '@', lowbar: '_', semi: ';', comma: ',', plus: '+', dollar: '$', zwj: '\u200D', zwnj: '\u200C',
};

/** C0 controls, DEL, line/paragraph separators and every invisible format character (\p{Cf}: zero-width, bidi, soft hyphen, tags…). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const IGNORABLE = /[\u0000-\u001F\u007F\u2028\u2029\p{Cf}]/gu;

function codePointText(cp: number): string {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(cp);
}

/** Decodes numeric (with or without the closing ';', as browsers do) and the named references above. */
function decodeReferencesOnce(s: string): string {
  return s.replace(/&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([a-zA-Z]{2,10});)/g, (whole, hex?: string, dec?: string, name?: string) => {
    if (hex !== undefined) return codePointText(parseInt(hex, 16));
    if (dec !== undefined) return codePointText(parseInt(dec, 10));
    return NAMED_REFERENCES[name!.toLowerCase()] ?? whole;
  });
}

/** The input as a browser would read it before deciding: references decoded, controls and invisibles gone. */
function clean(input: string): string {
  let s = input;
  for (let i = 0; i < 5; i++) {
    const next = decodeReferencesOnce(s);
    if (next === s) break;
    s = next;
  }
  return s.replace(IGNORABLE, '').trim();
}

function parseBase(base: string | undefined): URL | null {
  if (typeof base !== 'string') return null;
  try {
    const url = new URL(base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** Is the page (`base`) served from a development host? Only then may plain-http dev URLs pass by default. */
function isDevPage(base: URL | null): boolean {
  return base !== null && DEV_HOSTS.has(base.hostname);
}

/** ASCII (punycode) host name of an allow-list entry, or null when it is not a host name. */
function asciiHost(name: string): string | null {
  if (!/^[^\s/?#@:\\]+$/.test(name)) return null;
  try {
    return new URL(`https://${name}/`).hostname;
  } catch {
    return null;
  }
}

/** Does `hostname` (already ASCII, lowercase) match an entry: exact, or "*.suffix" for subdomains only? */
export function hostMatches(hostname: string, entry: string): boolean {
  const trimmed = entry.trim().toLowerCase();
  if (trimmed.startsWith('*.')) {
    const suffix = asciiHost(trimmed.slice(2));
    return suffix !== null && hostname.length > suffix.length + 1 && hostname.endsWith(`.${suffix}`);
  }
  const exact = asciiHost(trimmed);
  return exact !== null && hostname === exact;
}

/** The normalised absolute href of `input` when it is safe to put in an attribute (rules above), else null. */
export function safeUrl(input: unknown, opts: SafeUrlOptions = {}): string | null {
  const raw = input instanceof URL ? input.href : input;
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return null;
  const cleaned = clean(raw);
  // Empty, or a reference to an invalid code point (U+FFFD): garbage, not an address.
  if (cleaned === '' || cleaned.includes('\uFFFD')) return null;

  // A scheme a lenient reader could still see once every space is gone must be http(s).
  const squeezed = cleaned.replace(/\s+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return null;

  const base = parseBase(opts.base);
  let url: URL;
  try {
    url = base ? new URL(cleaned, base) : new URL(cleaned);
  } catch {
    return null;
  }

  const sameOrigin = base !== null && url.origin === base.origin;
  if (url.protocol === 'http:') {
    const devHost = (opts.allowDevHttp ?? isDevPage(base)) && DEV_HOSTS.has(url.hostname);
    if (!sameOrigin && !devHost) return null;
  } else if (url.protocol !== 'https:') {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  if (opts.allowHosts && !sameOrigin && !opts.allowHosts.some((entry) => hostMatches(url.hostname, entry))) return null;
  return url.href;
}

/** safeUrl as a yes/no. */
export function isSafeUrl(input: unknown, opts: SafeUrlOptions = {}): boolean {
  return safeUrl(input, opts) !== null;
}

export interface SafeRedirectOptions {
  /** Hosts a redirect may leave for (checkout, billing portal, assist). Missing or empty: same origin only. */
  allowHosts: readonly string[] | undefined;
  base?: string;
  allowDevHttp?: boolean;
}

/**
 * safeUrl for navigations we start (checkout, portal, assist): the host allow-list is mandatory.
 * The origin of `base` is always allowed; with no allow-list, nothing else is (fail closed).
 */
export function safeRedirectUrl(input: unknown, opts: SafeRedirectOptions): string | null {
  return safeUrl(input, { base: opts.base, allowDevHttp: opts.allowDevHttp, allowHosts: opts.allowHosts ?? [] });
}
