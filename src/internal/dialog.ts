import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { tokenStyles } from '../theme/tokens.js';
import { buttonStyles } from './shared-styles.js';
import { autofocusIn, deepActiveElement, tabbablesIn } from './dialog-focus.js';
import { DialogCloseEvent, DialogOpenEvent, DialogRequestCloseEvent } from './dialog-events.js';
import type { DialogCloseReason } from './dialog-events.js';

export const DIALOG_SIZES = ['small', 'medium', 'large'] as const;
export type DialogSize = (typeof DIALOG_SIZES)[number];

/**
 * A modal dialog on the native `<dialog>` (top layer, inert background). It is named by
 * its heading and described by its description; focus moves in on open (an `autofocus`
 * element, else the first control of the content), Tab/Shift+Tab wrap inside, Escape or
 * the close button ask to close, and focus returns to the opener on close. When the opener
 * is gone by then (its row was deleted), move focus yourself on `suborg-dialog-close`.
 *
 * @summary Accessible modal dialog with heading, body and footer actions.
 *
 * @slot - The body.
 * @slot heading - Replaces the `label` text in the heading.
 * @slot description - Replaces the `description` text under the heading.
 * @slot footer - Actions, end-aligned.
 *
 * @fires suborg-dialog-request-close - Cancelable; the user asked to close (`detail.reason`: `escape` | `close-button`).
 * @fires suborg-dialog-open - The dialog opened.
 * @fires suborg-dialog-close - The dialog closed (`detail.returnValue`).
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - Heading row with the close button.
 * @csspart heading - The `<h2>`.
 * @csspart close-button - The close button.
 * @csspart description - The description under the heading.
 * @csspart body - The scrolling content area.
 * @csspart footer - The actions row.
 *
 * @cssprop --suborg-dialog-width - Inline size of a medium dialog (default 32rem).
 * @cssprop --suborg-dialog-backdrop - Backdrop colour.
 */
export class SuborgDialog extends LitElement {
  static override styles = [
    tokenStyles,
    buttonStyles,
    css`
      :host {
        --_dialog-width: var(--suborg-dialog-width, 32rem);
        --_dialog-backdrop: var(--suborg-dialog-backdrop, rgb(15 23 42 / 0.55));
        --_dialog-margin: 1rem;
        display: contents;
      }
      :host([size='small']) {
        --_dialog-width: 24rem;
      }
      :host([size='large']) {
        --_dialog-width: 48rem;
      }
      dialog {
        inline-size: min(var(--_dialog-width), 100vw - 2 * var(--_dialog-margin));
        max-inline-size: calc(100vw - 2 * var(--_dialog-margin));
        max-block-size: calc(100dvh - 2 * var(--_dialog-margin));
        padding: 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
        box-shadow: var(--_shadow);
        font: inherit;
        overflow: hidden;
      }
      dialog[open] {
        display: flex;
        flex-direction: column;
      }
      dialog::backdrop {
        background: var(--_dialog-backdrop);
      }
      @media (prefers-reduced-motion: no-preference) {
        dialog[open] {
          animation: suborg-dialog-in 140ms ease-out;
        }
      }
      /* Movement only: a fading dialog would fail contrast checks mid-animation. */
      @keyframes suborg-dialog-in {
        from {
          transform: translateY(0.5rem);
        }
      }
      header {
        display: flex;
        align-items: flex-start;
        gap: var(--_space);
        padding-block: calc(var(--_space) * 2) var(--_space);
        padding-inline: calc(var(--_space) * 2.5) var(--_space);
      }
      h2 {
        flex: 1 1 auto;
        min-inline-size: 0;
        margin: 0;
        padding-block-start: calc(var(--_space) * 0.5);
        font-size: 1.2em;
        line-height: 1.3;
        overflow-wrap: anywhere;
      }
      .close {
        flex: none;
        margin-block-start: calc(var(--_space) * -0.75);
      }
      .body {
        flex: 1 1 auto;
        min-block-size: 0;
        overflow: auto;
        padding-block: var(--_space);
        padding-inline: calc(var(--_space) * 2.5);
        overflow-wrap: anywhere;
      }
      .description {
        margin-block: 0 var(--_space);
        color: var(--_text-muted);
      }
      footer {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: var(--_space);
        padding-block: var(--_space) calc(var(--_space) * 2);
        padding-inline: calc(var(--_space) * 2.5);
      }
      [hidden] {
        display: none !important;
      }
      /* Short viewports (400% zoom, phones in landscape): the whole dialog scrolls. */
      @media (max-height: 30rem) {
        dialog[open] {
          overflow: auto;
        }
        .body {
          flex: none;
          overflow: visible;
        }
      }
      @media (forced-colors: active) {
        dialog {
          border: 2px solid CanvasText;
        }
      }
    `,
  ];

  /** Shown as a modal while true. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The heading text (the dialog's accessible name). */
  @property() label = '';
  /** Optional text under the heading (the dialog's accessible description). */
  @property() description = '';
  /** Blocks Escape and the close button, e.g. while an action runs. */
  @property({ type: Boolean, reflect: true, attribute: 'prevent-close' }) preventClose = false;
  @property({ reflect: true }) size: DialogSize = 'medium';
  /** Accessible name of the close button. */
  @property({ attribute: 'close-label' }) closeLabel = 'Close';
  /** An alert dialog (`role="alertdialog"`): it interrupts to ask for a decision, e.g. a confirmation. */
  @property({ type: Boolean, reflect: true }) alert = false;
  /** Hides the close button (the footer must then offer a way out). */
  @property({ type: Boolean, attribute: 'no-close-button' }) noCloseButton = false;
  /** How the dialog was last closed; set by `close(returnValue)`. */
  returnValue = '';

  @state() private hasFooter = false;
  @state() private hasDescriptionSlot = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('.body') private body!: HTMLElement;
  private opener: HTMLElement | null = null;

  /** Opens the dialog. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog (regardless of `prevent-close`, which only guards the user's requests). */
  close(returnValue = ''): void {
    this.returnValue = returnValue;
    this.open = false;
  }

  /** Asks to close as the user would: respects `prevent-close` and the cancelable request event. */
  requestClose(reason: DialogCloseReason): boolean {
    if (this.preventClose) return false;
    const request = new DialogRequestCloseEvent(reason);
    if (!this.dispatchEvent(request)) return false;
    this.close(reason);
    return true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.dialog?.open) this.dialog.close();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) this.openModal();
    else if (!this.open && this.dialog.open) this.finishClose();
  }

  private openModal(): void {
    const active = deepActiveElement();
    this.opener = active instanceof HTMLElement && active !== document.body ? active : null;
    this.returnValue = '';
    this.dialog.showModal();
    this.focusInitial();
    this.dispatchEvent(new DialogOpenEvent());
  }

  private focusInitial(): void {
    const target = autofocusIn(this.dialog) ?? tabbablesIn(this.body)[0] ?? tabbablesIn(this.dialog)[0];
    if (target) target.focus();
    else this.dialog.focus();
  }

  private finishClose(): void {
    if (this.dialog.open) this.dialog.close(this.returnValue);
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new DialogCloseEvent(this.returnValue));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      // Handled here rather than via `cancel`: Chromium makes a repeated `cancel` uncancelable.
      event.preventDefault();
      event.stopPropagation();
      this.requestClose('escape');
    } else if (event.key === 'Tab') {
      this.trapTab(event);
    }
  }

  private trapTab(event: KeyboardEvent): void {
    const items = tabbablesIn(this.dialog);
    if (items.length === 0) {
      event.preventDefault();
      return;
    }
    const index = items.indexOf(deepActiveElement() as HTMLElement);
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (event.shiftKey && index <= 0) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (index === -1 || index === items.length - 1)) {
      event.preventDefault();
      first.focus();
    }
  }

  private onCancel(event: Event): void {
    // Other close requests (a platform back gesture): same path as Escape.
    event.preventDefault();
    this.requestClose('escape');
  }

  private onNativeClose(): void {
    // The platform may close without a cancelable `cancel`; keep our state in step.
    if (!this.open) return;
    if (this.preventClose) {
      this.dialog.showModal();
      this.focusInitial();
      return;
    }
    this.open = false;
  }

  private onFooterSlotChange(event: Event): void {
    this.hasFooter = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }

  private onDescriptionSlotChange(event: Event): void {
    this.hasDescriptionSlot = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }

  override render() {
    const described = this.hasDescriptionSlot || this.description !== '';
    return html`
      <dialog
        part="dialog"
        role=${this.alert ? 'alertdialog' : nothing}
        aria-labelledby="heading"
        aria-describedby=${described ? 'description' : nothing}
        @keydown=${this.onKeydown}
        @cancel=${this.onCancel}
        @close=${this.onNativeClose}
      >
        <header part="header">
          <h2 id="heading" part="heading"><slot name="heading">${this.label}</slot></h2>
          ${this.noCloseButton
            ? nothing
            : html`<button
                class="button icon close"
                part="close-button"
                type="button"
                aria-label=${this.closeLabel}
                aria-disabled=${this.preventClose ? 'true' : 'false'}
                @click=${() => this.requestClose('close-button')}
              >
                <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
                  <path d="M5 5l10 10M15 5L5 15" />
                </svg>
              </button>`}
        </header>
        <div class="body" part="body">
          <div id="description" class="description" part="description" ?hidden=${!described}>
            <slot name="description" @slotchange=${this.onDescriptionSlotChange}>${this.description}</slot>
          </div>
          <slot></slot>
        </div>
        <footer part="footer" ?hidden=${!this.hasFooter}>
          <slot name="footer" @slotchange=${this.onFooterSlotChange}></slot>
        </footer>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suborg-dialog': SuborgDialog;
  }
}
