import { css } from 'lit';

// One look for the controls every component renders. Each sheet assumes `tokenStyles`
// comes first in `static styles` (it defines the `--_*` privates used here); the few
// privates added below are defined on `:host` in the same sheet that reads them.

/** Hides content visually while keeping it in the accessibility tree. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/**
 * Buttons: `<button class="button primary|secondary|danger|ghost">` and `class="button icon"`
 * (a 44×44 px target). `aria-disabled="true"` looks disabled but keeps focus, for busy states.
 */
export const buttonStyles = css`
  :host {
    --_button-height: 2.5rem;
    --_icon-button-size: 2.75rem;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.75);
    min-block-size: var(--_button-height);
    min-inline-size: var(--_button-height);
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
    transition:
      background-color 120ms ease,
      border-color 120ms ease,
      box-shadow 120ms ease;
  }
  .button:hover {
    background: var(--_surface-sunken);
  }
  .button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .button.primary:hover {
    box-shadow: inset 0 0 0 100vmax rgb(0 0 0 / 0.12);
  }
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_surface);
  }
  .button.danger:hover {
    box-shadow: inset 0 0 0 100vmax rgb(0 0 0 / 0.12);
  }
  .button.ghost {
    background: transparent;
    border-color: transparent;
  }
  .button.ghost:hover {
    background: var(--_surface-sunken);
  }
  .button.icon {
    min-inline-size: var(--_icon-button-size);
    min-block-size: var(--_icon-button-size);
    padding: 0;
    background: transparent;
    border-color: transparent;
  }
  .button.icon:hover {
    background: var(--_surface-sunken);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
    box-shadow: none;
  }
  .button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .button,
    .button.primary,
    .button.danger,
    .button.ghost,
    .button.icon {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .button:disabled,
    .button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
  }
`;

/**
 * Fields: `.field` wraps `.field-label`, an `.input` (or `.input-group` with `.affix`es
 * around a bare input), `.field-help` and `.field-error`. `aria-invalid="true"` marks errors.
 */
export const fieldStyles = css`
  :host {
    --_input-height: 2.5rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    min-inline-size: 0;
  }
  .field-label,
  .field-help,
  .field-error {
    margin: 0;
  }
  .field-label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .field-help {
    color: var(--_text-muted);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .field-error {
    color: var(--_danger);
    font-size: 0.9em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .input,
  .input-group {
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: var(--_input-height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .input {
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: var(--_space);
  }
  .input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .input-group {
    display: flex;
    align-items: stretch;
  }
  .input-group:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .input-group .input {
    flex: 1 1 auto;
    border: 0;
    min-block-size: 0;
    background: transparent;
  }
  .input-group .input:focus-visible {
    outline: none;
  }
  .affix {
    display: inline-flex;
    align-items: center;
    padding-inline: var(--_space);
    color: var(--_text-muted);
    white-space: nowrap;
  }
  .input[aria-invalid='true'],
  .input-group:has(.input[aria-invalid='true']) {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  .input-group .input[aria-invalid='true'] {
    box-shadow: none;
  }
  .input:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .input,
    .input-group {
      border-color: FieldText;
    }
    .input[aria-invalid='true'],
    .input-group:has(.input[aria-invalid='true']) {
      border: 2px solid Mark;
    }
    .field-error {
      color: CanvasText;
    }
  }
`;

/** Badges: `<span class="badge success|warning|danger|info">` — colour is never the only signal. */
export const badgeStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    padding-block: 0.125rem;
    padding-inline: var(--_space);
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_text-muted);
    font-size: 0.8em;
    font-weight: 600;
    line-height: 1.3;
    white-space: nowrap;
  }
  .badge.success {
    color: var(--_success);
  }
  .badge.warning {
    color: var(--_warning);
  }
  .badge.danger {
    color: var(--_danger);
  }
  .badge.info {
    color: var(--_info);
  }
  @media (forced-colors: active) {
    .badge {
      color: CanvasText;
      border-color: CanvasText;
    }
  }
`;
