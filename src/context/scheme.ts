const DARK_QUERY = '(prefers-color-scheme: dark)';
let query: MediaQueryList | undefined;

/**
 * The one `prefers-color-scheme: dark` query list of this window, shared by every provider
 * with `color-scheme="auto"`. Undefined where there is no `matchMedia` (a server).
 */
export function darkSchemeQuery(): MediaQueryList | undefined {
  if (typeof matchMedia !== 'function') return undefined;
  query ??= matchMedia(DARK_QUERY);
  return query;
}

/** Whether the OS asks for dark right now (`matches` is live; change events need a rendered page). */
export function prefersDark(): boolean {
  return darkSchemeQuery()?.matches ?? false;
}
