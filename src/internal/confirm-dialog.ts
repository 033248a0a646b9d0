import { LitElement, css, html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { tokenStyles } from '../theme/tokens.js';
import { buttonStyles, fieldStyles } from './shared-styles.js';
import { flag, states } from './properties.js';
import { emit } from './events.js';
import { formatMessage } from '../i18n/format.js';

/**
 * A confirmation on top of `<suborg-dialog>`: heading, message, and for destructive actions
 * an optional "type the name to confirm" field that keeps the confirm button inert until the exact text is typed. While `busy` the dialog cannot be closed; an
 * `error` shows inside and keeps the typed text. The host runs the action (see `suborg-confirm`).
 * Register `<suborg-dialog>` too (`confirm-dialog.define.ts` does).
 *
 * @summary Accessible confirmation dialog with optional typed confirmation.
 *
 * @fires suborg-confirm - Cancelable; the user confirmed. Unless a listener cancels it or sets `busy`, the dialog closes. To run an async action: set `busy = true` in the listener, then `close()` on success or set `error` (and `busy = false`) on failure — the dialog stays open with the typed text kept.
 * @fires suborg-cancel - The user dismissed the dialog (Cancel, Escape or the close button).
 *
 * @csspart dialog - The inner `<suborg-dialog>`.
 * @csspart message - The message.
 * @csspart confirm-input - The typed-confirmation input.
 * @csspart error - The error message.
 * @csspart cancel-button - The cancel button.
 * @csspart confirm-button - The confirm button.
 *
 * @cssprop --suborg-dialog-width - Inline size of the dialog (default 24rem).
 */
export class SuborgConfirmDialog extends LitElement {
  static override styles = [
    tokenStyles,
    buttonStyles,
    fieldStyles,
    css`
      :host { display: contents }
      [part=dialog] { --_dialog-width: var(--suborg-dialog-width, 24rem) }
      p { margin: 0 }
      .field { margin-block-end: calc(var(--_space) * 1.5) }
      .error { margin-block-end: var(--_space); padding: var(--_space); border: 1px solid var(--_danger); border-inline-start-width: 4px; border-radius: var(--_radius); color: var(--_danger); font-weight: 600 }
      .spinner { inline-size: 1em; block-size: 1em; border: 2px solid; border-inline-end-color: transparent; border-radius: 50% }
      /* Not left to the global reduced-motion rule: a near-zero duration would flicker. */
      @media (prefers-reduced-motion: no-preference) {
        .spinner { animation: suborg-spin .8s linear infinite }
      }
      @keyframes suborg-spin {
        to { transform: rotate(1turn) }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    open: flag,
    label: {},
    message: {},
    confirmText: { attribute: 'confirm-text' },
    confirmPrompt: { attribute: 'confirm-prompt' },
    confirmLabel: { attribute: 'confirm-label' },
    cancelLabel: { attribute: 'cancel-label' },
    closeLabel: { attribute: 'close-label' },
    busyLabel: { attribute: 'busy-label' },
    danger: flag,
    busy: flag,
    error: {},
    ...states('typed'),
  };

  open = false;
  /** The heading, e.g. "Delete Acme Corp?". */
  label = '';
  /** What is about to happen, in a sentence. */
  message = '';
  /** When set, the person must type this text (compared after trimming) before confirming. */
  confirmText = '';
  /** Label of the typed-confirmation input; `{text}` is replaced by `confirm-text`. */
  confirmPrompt = 'Type “{text}” to confirm';
  confirmLabel = 'Confirm';
  cancelLabel = 'Cancel';
  closeLabel = 'Close';
  /** Shown on the confirm button while busy. */
  busyLabel = 'Working…';
  /** A destructive action: the confirm button is styled as danger. */
  danger = false;
  /** The host's action is running: closing is blocked and the buttons are inert. */
  busy = false;
  /** Why the action failed; shown in the dialog, which stays open. */
  error = '';

  private typed = '';

  /** Whether the confirm button would act now. */
  get canConfirm(): boolean {
    const norm = (text: string) => text.trim().normalize('NFC');
    return !this.busy && (!this.confirmText || norm(this.typed) === norm(this.confirmText));
  }

  show(): void {
    this.open = true;
  }

  /** Closes the dialog (also while busy: this is the host's call). */
  close(): void {
    this.open = this.busy = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A fresh start each time it opens: nothing typed, no old error.
    if (changed.has('open') && this.open && changed.get('open') !== undefined) this.typed = this.error = '';
  }

  /** The user dismissed it (Cancel, Escape, the close button, or the platform closed it). */
  #cancel(): void {
    if (this.busy || !this.open) return;
    this.open = false;
    emit(this, 'suborg-cancel');
  }

  #confirm(): void {
    if (!this.canConfirm) return;
    this.error = '';
    if (emit(this, 'suborg-confirm', undefined, true) && !this.busy) this.open = false;
  }

  /** The inner dialog's own events stay inside: this element decides and reports with its own. */
  #onInnerEvent(event: Event): void {
    event.stopPropagation();
    if (event.type === 'suborg-dialog-request-close') event.preventDefault();
    this.#cancel();
  }

  override render() {
    const inner = (e: Event) => this.#onInnerEvent(e);
    return html`
      <suborg-dialog
        part="dialog"
        alert
        .open=${this.open}
        .label=${this.label}
        .closeLabel=${this.closeLabel}
        .preventClose=${this.busy}
        @suborg-dialog-request-close=${inner}
        @suborg-dialog-close=${inner}
      >
        ${this.message ? html`<p part="message" slot="description">${this.message}</p>` : nothing}
        ${this.confirmText
          ? html`<div class="field">
              <label class="field-label" for="confirm-input">${
                // Text holes only: the locale would matter for numbers and plurals.
                formatMessage(this.confirmPrompt, { text: this.confirmText }, 'en')
              }</label>
              <input
                id="confirm-input"
                class="input"
                part="confirm-input"
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
                autofocus
                .value=${this.typed}
                ?readonly=${this.busy}
                @input=${(e: InputEvent) => (this.typed = (e.target as HTMLInputElement).value)}
                @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && (e.preventDefault(), this.#confirm())}
              />
            </div>`
          : nothing}
        ${this.error ? html`<p class="error" part="error" role="alert">${this.error}</p>` : nothing}
        <button
          slot="footer"
          class="button secondary"
          part="cancel-button"
          ?autofocus=${!this.confirmText}
          aria-disabled=${this.busy}
          @click=${this.#cancel}
        >
          ${this.cancelLabel}
        </button>
        <button slot="footer" class="button ${this.danger ? 'danger' : 'primary'}" part="confirm-button" aria-disabled=${!this.canConfirm} @click=${this.#confirm}>
          ${this.busy ? html`<span class="spinner" aria-hidden="true"></span>${this.busyLabel}` : this.confirmLabel}
        </button>
      </suborg-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suborg-confirm-dialog': SuborgConfirmDialog;
  }
}
