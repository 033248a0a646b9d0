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

export interface Viewport {
  width: number;
  height: number;
}

/** Keeps this many pixels between a popup and the viewport edge. */
const EDGE = 8;
const GAP = 4;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

/** Below the anchor, flipped above when it does not fit below but does above; aligned to the inline start. */
export function placeMenu(anchor: Box, menu: Size, view: Viewport, rtl: boolean): { top: number; left: number } {
  let top = anchor.bottom + GAP;
  const above = anchor.top - GAP - menu.height;
  if (top + menu.height > view.height - EDGE && above >= EDGE) top = above;
  let left = rtl ? anchor.right - menu.width : anchor.left;
  if (!rtl && left + menu.width > view.width - EDGE) left = anchor.right - menu.width;
  if (rtl && left < EDGE) left = anchor.left;
  return {
    top: clamp(top, EDGE, view.height - EDGE - menu.height),
    left: clamp(left, EDGE, view.width - EDGE - menu.width),
  };
}

/** Beside its parent item on the inline-end side, flipped to the other side when it does not fit. */
export function placeSubmenu(item: Box, menu: Size, view: Viewport, rtl: boolean): { top: number; left: number } {
  const after = item.right - GAP;
  const before = item.left + GAP - menu.width;
  let left = rtl ? before : after;
  if (!rtl && left + menu.width > view.width - EDGE) left = before;
  if (rtl && left < EDGE) left = after;
  return {
    top: clamp(item.top - GAP, EDGE, view.height - EDGE - menu.height),
    left: clamp(left, EDGE, view.width - EDGE - menu.width),
  };
}
