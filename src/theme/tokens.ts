import { css } from 'lit';
import type { TokenName } from './token-names.js';

export { colorToken, DARK_TOKENS, TOKEN_NAMES, type TokenName } from './token-names.js';

/**
 * The global tokens (DESIGN §6), in one place: every default is written once, here, as the
 * fallback of its private. A host sets `--suborg-*` on any ancestor (or branding does, through
 * the provider); every component includes `tokenStyles` and reads only the private `--_*`
 * locals. Component knobs (`--suborg-list-row-height`, …) fall back to these privates.
 */
export const tokenStyles = css`
  :host {
    --_primary: var(--suborg-color-primary, #4338ca);
    --_on-primary: var(--suborg-color-on-primary, #ffffff);
    --_surface: var(--suborg-color-surface, #ffffff);
    --_surface-raised: var(--suborg-color-surface-raised, #f8fafc);
    --_surface-sunken: var(--suborg-color-surface-sunken, #f1f5f9);
    --_text: var(--suborg-color-text, #0f172a);
    --_text-muted: var(--suborg-color-text-muted, #475569);
    --_border: var(--suborg-color-border, #cbd5e1);
    --_focus: var(--suborg-color-focus, #2563eb);
    --_danger: var(--suborg-color-danger, #b91c1c);
    --_warning: var(--suborg-color-warning, #92400e);
    --_success: var(--suborg-color-success, #15803d);
    --_info: var(--suborg-color-info, #1d4ed8);
    --_font-family: var(--suborg-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
    --_font-size: var(--suborg-font-size, 0.875rem);
    --_radius: var(--suborg-radius, 0.5rem);
    --_space: var(--suborg-space, 0.5rem);
    --_shadow: var(--suborg-shadow, 0 10px 30px rgb(15 23 42 / 0.18));

    font-family: var(--_font-family);
    font-size: var(--_font-size);
    color: var(--_text);
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :host {
      --_focus: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;

/** The light defaults by token, read from `tokenStyles` (the one place they are written). */
export const TOKENS = /* @__PURE__ */ (() =>
  Object.fromEntries([...tokenStyles.cssText.matchAll(/(--suborg-[\w-]+),\s*([^;]+)\);/g)].map(([, name, value]) => [name, value!.trim()])) as Readonly<
    Record<TokenName, string>
  >)();
