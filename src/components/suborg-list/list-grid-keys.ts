// Row-level keyboard pieces of the list's grid (WAI-ARIA grid, row focus) that need only the
// DOM: finding the row an event came from, and walking a row's own controls.

/** The body row (`role=row` with a `data-index`) an event came from, across shadow roots. */
export function rowOf(event: Event): HTMLElement | undefined {
  return event.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.getAttribute('role') === 'row' && n.dataset.index !== undefined);
}

/**
 * ArrowRight/ArrowLeft walk the row's controls (mirrored when `rtl`); ArrowLeft from the first
 * goes back to the row. Other keys, and keys inside an open menu, are left alone.
 */
export function moveWithinRow(event: KeyboardEvent, row: HTMLElement, rtl: boolean): void {
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
  const origin = event.composedPath()[0] as HTMLElement;
  // Keys inside an open menu belong to the menu.
  if (origin.getAttribute('role') === 'menuitem' || origin.getAttribute('aria-expanded') === 'true') return;
  const controls = [...row.querySelectorAll<HTMLElement>('.actions button, .actions suborg-menu-button, .retry-page')];
  const forward = (event.key === 'ArrowRight') !== rtl;
  const at = event.target === row ? -1 : controls.indexOf(event.target as HTMLElement);
  const next = forward ? at + 1 : at - 1;
  event.preventDefault();
  if (next < 0) row.focus();
  else controls[Math.min(next, controls.length - 1)]?.focus();
}
