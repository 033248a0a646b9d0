// Forced colors (Windows High Contrast) in tests. The runner's Chromium launcher does not forward
// emulateMedia({ forcedColors }), so a test adopts an element's own `@media (forced-colors: active)`
// rules as a plain sheet (what the media query would switch on) and reads the computed result.
// That skips only what the browser itself forces (author colours → system colours), so the cues
// worth checking are system colours, outlines and positions, never a brand colour.

/** Adopts the forced-colors rules of `root`'s sheets after them; returns how many rules that switched on. */
export function forceColors(root: ShadowRoot): number {
  const rules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'))
    .flatMap((r) => [...r.cssRules].map((inner) => inner.cssText));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return rules.length;
}

/** What a system colour keyword resolves to on this page. */
export function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty('color', name);
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
