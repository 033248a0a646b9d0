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

/**
 * Named references that spell URL syntax (each name followed by the one character it stands for);
 * decoded (case-insensitively, to be safe) before deciding.
 */
const NAMED_REFERENCES: Readonly<Record<string, string>> = Object.fromEntries(
  'colon: tab\t newline\n nbsp\u00A0 amp& lt< gt> quot" apos\' sol/ bsol\\ period. lpar( rpar) num# excl! percnt% equals= quest? commat@ lowbar_ semi; comma, plus+ dollar$ zwj\u200D zwnj\u200C'
    .split(' ')
    .map((entry) => [entry.slice(0, -1), entry.slice(-1)]),
);

/** C0 controls, DEL, line/paragraph separators and every invisible format character (\p{Cf}: zero-width, bidi, soft hyphen, tags…). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const IGNORABLE = /[\u0000-\u001F\u007F\u2028\u2029\p{Cf}]/gu;

function codePointText(cp: number): string {
  return !Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(cp);
}

/** Decodes numeric (with or without the closing ';', as browsers do) and the named references above. */
function decodeReferencesOnce(s: string): string {
  return s.replace(/&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([a-zA-Z]{2,10});)/g, (whole, hex?: string, dec?: string, name?: string) =>
    name ? (NAMED_REFERENCES[name.toLowerCase()] ?? whole) : codePointText(parseInt((hex ?? dec)!, hex ? 16 : 10)),
  );
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

/** `new URL(input, base)`, or null when that throws. */
function parseUrl(input: string, base?: URL): URL | null {
  try {
    return new URL(input, base);
  } catch {
    return null;
  }
}

/** ASCII (punycode) host name of an allow-list entry, or null when it is not a host name. */
function asciiHost(name: string): string | null {
  return /^[^\s/?#@:\\]+$/.test(name) ? (parseUrl(`https://${name}/`)?.hostname ?? null) : null;
}

/** Does `hostname` (already ASCII, lowercase) match an entry: exact, or "*.suffix" for subdomains only? */
export function hostMatches(hostname: string, entry: string): boolean {
  const trimmed = entry.trim().toLowerCase();
  const wild = trimmed.startsWith('*.');
  const host = asciiHost(wild ? trimmed.slice(2) : trimmed);
  return host !== null && (wild ? hostname.length > host.length + 1 && hostname.endsWith(`.${host}`) : hostname === host);
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

  // The base must be an absolute http(s) URL; without one, relative input is refused.
  const parsedBase = typeof opts.base === 'string' ? parseUrl(opts.base) : null;
  const base = parsedBase && /^https?:$/.test(parsedBase.protocol) ? parsedBase : null;
  const url = parseUrl(cleaned, base ?? undefined);
  if (!url) return null;

  const sameOrigin = base !== null && url.origin === base.origin;
  if (url.protocol === 'http:') {
    // Plain-http dev hosts pass by default only when the page (`base`) is itself on one.
    const devHost = (opts.allowDevHttp ?? (base !== null && DEV_HOSTS.has(base.hostname))) && DEV_HOSTS.has(url.hostname);
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
