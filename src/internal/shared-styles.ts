import { css } from 'lit';

// One look for the controls every component renders. Each sheet assumes `tokenStyles`
// comes first in `static styles` (it defines the `--_*` privates used here, the focus ring
// and box-sizing); the few privates added below are defined in the same sheet that reads them.

/** Hides content visually while keeping it in the accessibility tree (the clip-path alone hides it whatever else applies). */
export const visuallyHidden = css`
  .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0 }
`;

/**
 * Buttons: `<button class="button primary|secondary|danger|ghost">` and `class="button icon"`
 * (a 44×44 px target). `aria-disabled="true"` looks disabled but keeps focus, for busy states.
 * A component may set `--_button-height` on a button class of its own. The blocks leave out
 * `type="button"` on buttons in their own shadow roots: no form there for them to submit.
 */
export const buttonStyles = css`
  :host { --_button-height: 2.5rem }
  .button { display: inline-flex; align-items: center; justify-content: center; gap: calc(var(--_space) * .75); min-block-size: var(--_button-height); min-inline-size: var(--_button-height); padding: calc(var(--_space) * .75) calc(var(--_space) * 2); border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: var(--_text); font: inherit; font-weight: 600; line-height: 1.2; cursor: pointer; transition: background-color .12s, border-color .12s, box-shadow .12s }
  .button:is(.ghost, .icon) { border-color: transparent; background: none }
  .button.icon { --_button-height: 2.75rem; padding: 0 }
  .button:hover { background: var(--_surface-sunken) }
  .primary { --_fill: var(--_primary); --_on-fill: var(--_on-primary) }
  .danger { --_fill: var(--_danger); --_on-fill: var(--_surface) }
  .button:is(.primary, .danger) { border-color: var(--_fill); background: var(--_fill); color: var(--_on-fill) }
  .button:is(.primary, .danger):hover { box-shadow: inset 0 0 0 100vmax #0000001f }
  .button:is(:disabled, [aria-disabled=true]) { opacity: .55; cursor: not-allowed; box-shadow: none }
  /* The browser itself gives buttons ButtonFace, ButtonText and a border, and GrayText when
     :disabled; aria-disabled is ours to show. */
  @media (forced-colors: active) {
    .button:is(:disabled, [aria-disabled=true]) { border-color: GrayText; color: GrayText; opacity: 1 }
  }
`;

/**
 * Fields: `.field` wraps `.field-label`, an `.input` (or `.input-group` with `.affix`es
 * around a bare input), `.field-help` and `.field-error`. `aria-invalid="true"` marks errors.
 */
export const fieldStyles = css`
  .field { display: flex; flex-direction: column; gap: calc(var(--_space) / 2); min-inline-size: 0 }
  .field-label, .field-help, .field-error { margin: 0; overflow-wrap: anywhere }
  .field-label, .field-error { font-weight: 600 }
  .field-help, .field-error { color: var(--_text-muted); font-size: .9em }
  .field-error { color: var(--_danger) }
  .input, .input-group { inline-size: 100%; min-inline-size: 0; min-block-size: 2.5rem; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: var(--_text); font: inherit }
  .input { padding: calc(var(--_space) * .75) var(--_space) }
  .input:focus-visible, .input-group:focus-within { outline: 2px solid var(--_focus); outline-offset: 1px }
  .input-group { display: flex }
  .affix { display: flex; align-items: center; padding-inline: var(--_space); color: var(--_text-muted); white-space: nowrap }
  .input[aria-invalid=true], .input-group:has([aria-invalid=true]) { border-color: var(--_danger); box-shadow: inset 0 0 0 1px var(--_danger) }
  /* The group draws the border, the focus ring and the invalid mark. */
  .input-group .input { flex: auto; min-block-size: 0; border: 0; background: none; box-shadow: none; outline: none }
  .input:disabled { opacity: .6; cursor: not-allowed }
  /* Borders turn CanvasText by themselves; an invalid field needs more than its colour. */
  @media (forced-colors: active) {
    .input[aria-invalid=true], .input-group:has([aria-invalid=true]) { border: 2px solid Mark }
  }
`;

/** Badges: `<span class="badge success|warning|danger|info">` — colour is never the only signal. */
export const badgeStyles = css`
  .badge { display: inline-flex; align-items: center; gap: calc(var(--_space) / 2); padding: .125rem var(--_space); border: 1px solid; border-radius: 1rem; color: var(--_text-muted); font-size: .8em; font-weight: 600; line-height: 1.3; white-space: nowrap }
  .badge.success { color: var(--_success) }
  .badge.warning { color: var(--_warning) }
  .badge.danger { color: var(--_danger) }
  .badge.info { color: var(--_info) }
`;
