// Measured placement for the menu popovers (they live in the top layer, position: fixed).
// Pure geometry so the flip rules are testable without a browser layout.

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Viewport = Size;

/** Keeps this many pixels between a popup and the viewport edge. */
const EDGE = 8;
const GAP = 4;

/** `start` moved inside [EDGE, room - EDGE - size] (EDGE wins when the popup is larger than the room). */
const fit = (start: number, size: number, room: number) => Math.max(EDGE, Math.min(start, room - EDGE - size));

/** Left edge `ltr` (or `rtl` in RTL), switched to the other one when the popup would leave the viewport that way. */
function place(top: number, ltr: number, rtl: number, menu: Size, view: Viewport, isRtl: boolean) {
  const left = isRtl ? (rtl < EDGE ? ltr : rtl) : ltr + menu.width > view.width - EDGE ? rtl : ltr;
  return { top: fit(top, menu.height, view.height), left: fit(left, menu.width, view.width) };
}

/** Below the anchor, flipped above when it does not fit below but does above; aligned to the inline start. */
export function placeMenu(anchor: Box, menu: Size, view: Viewport, rtl: boolean): { top: number; left: number } {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - menu.height;
  const top = below + menu.height > view.height - EDGE && above >= EDGE ? above : below;
  return place(top, anchor.left, anchor.right - menu.width, menu, view, rtl);
}

/**
 * Beside its parent item on the inline-end side, flipped to the other side when it does not
 * fit. With room on neither side (a phone), below the item like a menu, so the item that
 * opened it stays in view instead of being covered.
 */
export function placeSubmenu(item: Box, menu: Size, view: Viewport, rtl: boolean): { top: number; left: number } {
  const end = item.right - GAP;
  const start = item.left + GAP - menu.width;
  if (end + menu.width > view.width - EDGE && start < EDGE) return placeMenu(item, menu, view, rtl);
  return place(item.top - GAP, end, start, menu, view, rtl);
}
