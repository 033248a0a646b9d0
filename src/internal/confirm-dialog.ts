import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { tokenStyles } from '../theme/tokens.js';
import { buttonStyles, fieldStyles } from './shared-styles.js';
import { CancelEvent, ConfirmEvent } from './confirm-dialog-events.js';
import { fillMessage } from './amount-input-messages.js';

/**
 * A confirmation on top of `<suborg-dialog>`: heading, message, what will happen, and for
 * destructive actions an optional "type the name to confirm" field that keeps the confirm
 * button inert until the exact text is typed. While `busy` the dialog cannot be closed; an
 * `error` shows inside and keeps the typed text. The host runs the action (see `suborg-confirm`).
 * Register `<suborg-dialog>` too (`confirm-dialog.define.ts` does).
 *
 * @summary Accessible confirmation dialog with optional typed confirmation.
 *
 * @fires suborg-confirm - Cancelable; the user confirmed. Set `busy` in the listener (or cancel) to keep the dialog open while the action runs.
 * @fires suborg-cancel - The user dismissed the dialog.
 *
 * @csspart dialog - The inner `<suborg-dialog>`.
 * @csspart message - The message.
 * @csspart consequences - The list of consequences.
 * @csspart confirm-input - The typed-confirmation input.
 * @csspart error - The error message.
 * @csspart cancel-button - The cancel button.
 * @csspart confirm-button - The confirm button.
 *
 * @cssprop --suborg-dialog-width - Passed through to the dialog.
 */
export class SuborgConfirmDialog extends LitElement {
  static override styles = [
    tokenStyles,
    buttonStyles,
    fieldStyles,
    css`
      :host {
        display: contents;
      }
      .message {
        margin: 0;
      }
      .consequences {
        margin-block: 0 calc(var(--_space) * 1.5);
        padding-inline-start: 1.25rem;
      }
      .consequences li + li {
        margin-block-start: calc(var(--_space) * 0.5);
      }
      .field {
        margin-block-end: calc(var(--_space) * 1.5);
      }
      .error {
        margin-block: 0 var(--_space);
        padding: var(--_space);
        border: 1px solid var(--_danger);
        border-inline-start-width: 4px;
        border-radius: var(--_radius);
        color: var(--_danger);
        font-weight: 600;
      }
      .spinner {
        inline-size: 1em;
        block-size: 1em;
        border: 2px solid currentColor;
        border-inline-end-color: transparent;
        border-radius: 50%;
      }
      @media (prefers-reduced-motion: no-preference) {
        .spinner {
          animation: suborg-spin 0.8s linear infinite;
        }
      }
      @keyframes suborg-spin {
        to {
          transform: rotate(1turn);
        }
      }
      @media (forced-colors: active) {
        .error {
          border-color: CanvasText;
          color: CanvasText;
        }
      }
    `,
  ];

  @property({ type: Boolean, reflect: true }) open = false;
  /** The heading, e.g. "Delete Acme Corp?". */
  @property() label = '';
  /** What is about to happen, in a sentence. */
  @property() message = '';
  /** Consequences listed under the message. */
  @property({ attribute: false }) consequences: string[] = [];
  /** When set, the person must type this text (compared after trimming) before confirming. */
  @property({ attribute: 'confirm-text' }) confirmText = '';
  /** Label of the typed-confirmation input; `{text}` is replaced by `confirm-text`. */
  @property({ attribute: 'confirm-prompt' }) confirmPrompt = 'Type “{text}” to confirm';
  @property({ attribute: 'confirm-label' }) confirmLabel = 'Confirm';
  @property({ attribute: 'cancel-label' }) cancelLabel = 'Cancel';
  @property({ attribute: 'close-label' }) closeLabel = 'Close';
  /** Shown on the confirm button while busy. */
  @property({ attribute: 'busy-label' }) busyLabel = 'Working…';
  /** A destructive action: the confirm button is styled as danger. */
  @property({ type: Boolean, reflect: true }) danger = false;
  /** The host's action is running: closing is blocked and the buttons are inert. */
  @property({ type: Boolean, reflect: true }) busy = false;
  /** Why the action failed; shown in the dialog, which stays open. */
  @property() error = '';

  @state() private typed = '';

  /** Whether the confirm button would act now. */
  get canConfirm(): boolean {
    if (this.busy) return false;
    if (!this.confirmText) return true;
    return this.typed.trim().normalize('NFC') === this.confirmText.trim().normalize('NFC');
  }

  show(): void {
    this.open = true;
  }

  /** Closes the dialog (also while busy: this is the host's call). */
  close(): void {
    this.open = false;
    this.busy = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A fresh start each time it opens: nothing typed, no old error.
    if (changed.has('open') && this.open && changed.get('open') !== undefined) {
      this.typed = '';
      this.error = '';
    }
  }

  private cancel(): void {
    if (this.busy || !this.open) return;
    this.open = false;
    this.dispatchEvent(new CancelEvent());
  }

  private confirm(): void {
    if (!this.canConfirm) return;
    this.error = '';
    const proceed = this.dispatchEvent(new ConfirmEvent());
    if (proceed && !this.busy) this.open = false;
  }

  private onRequestClose(event: Event): void {
    // The inner dialog asks (Escape, close button): this element decides and reports.
    event.preventDefault();
    event.stopPropagation();
    this.cancel();
  }

  private onInnerClose(event: Event): void {
    event.stopPropagation();
    // The platform closed it without asking (rare): report it as a cancel.
    if (this.open) {
      this.open = false;
      this.dispatchEvent(new CancelEvent());
    }
  }

  private onInput(event: InputEvent): void {
    this.typed = (event.target as HTMLInputElement).value;
  }

  private onInputKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.confirm();
    }
  }

  private renderConfirmField() {
    if (!this.confirmText) return nothing;
    return html`
      <div class="field">
        <label class="field-label" for="confirm-input">${fillMessage(this.confirmPrompt, { text: this.confirmText })}</label>
        <input
          id="confirm-input"
          class="input"
          part="confirm-input"
          type="text"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          autofocus
          .value=${live(this.typed)}
          ?readonly=${this.busy}
          @input=${this.onInput}
          @keydown=${this.onInputKeydown}
        />
      </div>
    `;
  }

  override render() {
    const confirmDisabled = !this.canConfirm;
    return html`
      <suborg-dialog
        part="dialog"
        size="small"
        alert
        .open=${this.open}
        .label=${this.label}
        .closeLabel=${this.closeLabel}
        .preventClose=${this.busy}
        @suborg-dialog-request-close=${this.onRequestClose}
        @suborg-dialog-open=${(e: Event) => e.stopPropagation()}
        @suborg-dialog-close=${this.onInnerClose}
      >
        ${this.message ? html`<p class="message" part="message" slot="description">${this.message}</p>` : nothing}
        ${this.consequences.length > 0
          ? html`<ul class="consequences" part="consequences">
              ${this.consequences.map((item) => html`<li>${item}</li>`)}
            </ul>`
          : nothing}
        ${this.renderConfirmField()}
        ${this.error ? html`<p class="error" part="error" role="alert">${this.error}</p>` : nothing}
        <button
          slot="footer"
          type="button"
          class="button secondary"
          part="cancel-button"
          ?autofocus=${!this.confirmText}
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${this.cancel}
        >
          ${this.cancelLabel}
        </button>
        <button
          slot="footer"
          type="button"
          class="button ${this.danger ? 'danger' : 'primary'}"
          part="confirm-button"
          aria-disabled=${confirmDisabled ? 'true' : 'false'}
          @click=${this.confirm}
        >
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
