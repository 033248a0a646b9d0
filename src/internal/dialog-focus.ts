// Focus helpers for the dialog's trap. They walk the *flat* tree (slots → assigned
// elements, hosts → shadow roots) because a dialog's content is usually slotted in from
// another tree and the controls it holds often live in other components' shadow roots.

const NATIVE_FOCUSABLE = 'a[href],button,input,select,textarea,iframe,summary,[contenteditable]';

/** Elements under `root` in flat-tree order; a slot with nothing assigned shows its fallback content. */
export function* flatTree(root: Element | ShadowRoot): Generator<Element> {
  const assigned = root instanceof HTMLSlotElement ? root.assignedElements({ flatten: true }) : [];
  for (const child of assigned.length ? assigned : ((root as Element).shadowRoot ?? root).children) {
    yield child;
    yield* flatTree(child);
  }
}

const isTabbable = (el: Element): el is HTMLElement =>
  el instanceof HTMLElement &&
  !(el as { disabled?: boolean }).disabled &&
  !el.closest('[inert]') &&
  (el.hasAttribute('tabindex') ? el.tabIndex >= 0 : el.matches(NATIVE_FOCUSABLE)) &&
  el.checkVisibility({ checkVisibilityCSS: true });

/** Tabbable elements under `root` in flat-tree order (positive tabindex is not honoured; we never use it). */
export const tabbablesIn = (root: Element | ShadowRoot): HTMLElement[] => [...flatTree(root)].filter(isTabbable);

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
