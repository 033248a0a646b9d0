/**
 * Guarded registration (DESIGN §7): when a tag is already defined — the npm copy and
 * the drop-in copy on one page — the first definition stays and we warn once.
 * Safe to import on a server: without `customElements` it does nothing.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) console.warn(`suborg-elements: <${tag}> is already defined; keeping the first definition.`);
    return;
  }
  customElements.define(tag, ctor);
}
