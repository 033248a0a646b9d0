let query: MediaQueryList | undefined;

/**
 * The one `prefers-color-scheme: dark` query list of this window, shared by every provider
 * with `color-scheme="auto"` (`matches` is live; change events need a rendered page).
 * Undefined where there is no `matchMedia` (a server).
 */
export function darkSchemeQuery(): MediaQueryList | undefined {
  return typeof matchMedia === 'function' ? (query ??= matchMedia('(prefers-color-scheme: dark)')) : undefined;
}
