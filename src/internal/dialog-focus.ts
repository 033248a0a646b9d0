// Focus helpers for the dialog's trap. They walk the *flat* tree (slots → assigned
// elements, hosts → shadow roots) because a dialog's content is usually slotted in from
// another tree and the controls it holds often live in other components' shadow roots.

const NATIVE_FOCUSABLE = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, [contenteditable]:not([contenteditable="false"])';

function isTabbable(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement)) return false;
  if ((el as HTMLElement & { disabled?: boolean }).disabled) return false;
  if (el.inert || el.closest('[inert]')) return false;
  const tabIndexAttr = el.getAttribute('tabindex');
  if (tabIndexAttr !== null && Number(tabIndexAttr) < 0) return false;
  if (tabIndexAttr === null && !el.matches(NATIVE_FOCUSABLE)) return false;
  return el.checkVisibility({ checkVisibilityCSS: true });
}

function* flatChildren(node: Element | ShadowRoot): Generator<Element> {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedElements({ flatten: true });
    // A slot with nothing assigned shows its fallback content.
    yield* assigned.length > 0 ? assigned : Array.from(node.children);
    return;
  }
  if (node instanceof Element && node.shadowRoot) {
    yield* Array.from(node.shadowRoot.children);
    return;
  }
  yield* Array.from(node.children);
}

/** Tabbable elements under `root` in flat-tree order (positive tabindex is not honoured; we never use it). */
export function tabbablesIn(root: Element | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of flatChildren(node)) {
      if (isTabbable(child)) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** The first element under `root` (flat tree) that carries `autofocus`, if any. */
export function autofocusIn(root: Element | ShadowRoot): HTMLElement | null {
  for (const child of flatChildren(root)) {
    if (child instanceof HTMLElement && child.hasAttribute('autofocus')) return child;
    const inner = autofocusIn(child);
    if (inner) return inner;
  }
  return null;
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `inner` is `outer` or sits inside it in the flat tree (across shadow roots and slots). */
export function containsDeep(outer: Node, inner: Node | null): boolean {
  for (let node: Node | null = inner; node; ) {
    if (node === outer) return true;
    node = (node as Element).assignedSlot ?? node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}
