import { LitElement, css, html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { tokenStyles } from '../theme/tokens.js';
import { buttonStyles } from './shared-styles.js';
import { deepActiveElement, flatTree, tabbablesIn } from './dialog-focus.js';
import { flag } from './properties.js';
import { emit, type DialogCloseReason } from './events.js';
import { closeIcon } from './icons.js';

/**
 * A modal dialog on the native `<dialog>` (top layer, inert background). It is named by
 * its heading (`label`) and described by the `description` slot's content; focus moves in
 * on open (an `autofocus` element, else the first control of the content), Tab/Shift+Tab
 * wrap inside, Escape or the close button ask to close, and focus returns to the opener on
 * close. When the opener is gone by then (its row was deleted), move focus yourself on `suborg-dialog-close`.
 *
 * @summary Accessible modal dialog with heading, body and footer actions.
 *
 * @slot - The body.
 * @slot description - Text under the heading (the dialog's accessible description).
 * @slot footer - Actions, end-aligned.
 *
 * @fires suborg-dialog-request-close - Cancelable; the user asked to close (`detail.reason`: `escape` | `close-button`).
 * @fires suborg-dialog-close - The dialog closed.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - Heading row with the close button.
 * @csspart heading - The `<h2>`.
 * @csspart close-button - The close button.
 * @csspart description - The description under the heading.
 * @csspart body - The scrolling content area.
 * @csspart footer - The actions row.
 *
 * @cssprop --suborg-dialog-width - Inline size of the dialog (default 32rem).
 * @cssprop --suborg-dialog-backdrop - Backdrop colour.
 */
export class SuborgDialog extends LitElement {
  static override styles = [
    tokenStyles,
    buttonStyles,
    css`
      :host { --_dialog-width: var(--suborg-dialog-width, 32rem); display: contents }
      /* The UA caps a modal dialog at the viewport minus a margin; the body scrolls inside. */
      dialog { inline-size: min(var(--_dialog-width), 100vw - 2rem); padding: 0; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: var(--_text); box-shadow: var(--_shadow); overflow: hidden; overflow-wrap: anywhere }
      /* Movement only: a fading dialog would fail contrast checks mid-animation. */
      dialog[open] { display: flex; flex-direction: column; animation: suborg-dialog-in 140ms ease-out }
      @keyframes suborg-dialog-in {
        from { transform: translateY(.5rem) }
      }
      dialog::backdrop { background: var(--suborg-dialog-backdrop, #0f172a8c) }
      header { display: flex; align-items: flex-start; gap: var(--_space); padding-block: calc(var(--_space) * 2) var(--_space); padding-inline: calc(var(--_space) * 2.5) var(--_space) }
      h2 { flex: 1; margin: 0; padding-block-start: calc(var(--_space) / 2); font-size: 1.2em; line-height: 1.3 }
      .close { margin-block-start: calc(var(--_space) * -.75) }
      .body { flex: auto; min-block-size: 0; overflow: auto; padding: var(--_space) calc(var(--_space) * 2.5) }
      .description { margin-block-end: var(--_space); color: var(--_text-muted) }
      footer { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: var(--_space); padding: var(--_space) calc(var(--_space) * 2.5) calc(var(--_space) * 2) }
      [hidden] { display: none }
      /* Short viewports (400% zoom, phones in landscape): the whole dialog scrolls. */
      @media (max-height: 30rem) {
        dialog[open] { overflow: auto }
        .body { flex: none }
      }
      @media (forced-colors: active) {
        dialog { border-width: 2px }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    open: flag,
    label: {},
    preventClose: { type: Boolean, reflect: true, attribute: 'prevent-close' },
    closeLabel: { attribute: 'close-label' },
    alert: flag,
  };

  /** Shown as a modal while true. */
  open = false;
  /** The heading text (the dialog's accessible name). */
  label = '';
  /** Blocks Escape and the close button, e.g. while an action runs. */
  preventClose = false;
  /** Accessible name of the close button. */
  closeLabel = 'Close';
  /** An alert dialog (`role="alertdialog"`): it interrupts to ask for a decision, e.g. a confirmation. */
  alert = false;

  get #dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  /** Opens the dialog. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog (regardless of `prevent-close`, which only guards the user's requests). */
  close(): void {
    this.open = false;
  }

  /** Asks to close as the user would: respects `prevent-close` and the cancelable request event. */
  #requestClose(reason: DialogCloseReason): void {
    if (!this.preventClose && emit(this, 'suborg-dialog-request-close', { reason }, true)) this.open = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#dialog?.close();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open') || this.open === this.#dialog.open) return;
    if (this.open) this.#showModal();
    else {
      // The platform puts focus back on the element that had it before `showModal()`.
      this.#dialog.close();
      emit(this, 'suborg-dialog-close');
    }
  }

  /** Shows the modal and moves focus in: an `autofocus` element, else the first control of the body, else of the dialog. */
  #showModal(): void {
    const dialog = this.#dialog;
    dialog.showModal();
    const body = dialog.querySelector('.body')!;
    const target = [...flatTree(dialog)].find((el) => el.hasAttribute('autofocus')) ?? tabbablesIn(body)[0] ?? tabbablesIn(dialog)[0] ?? dialog;
    (target as HTMLElement).focus();
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      // Handled here rather than via `cancel`: Chromium makes a repeated `cancel` uncancelable.
      event.preventDefault();
      event.stopPropagation();
      this.#requestClose('escape');
    } else if (event.key === 'Tab') {
      // Wraps at both ends; the platform would leave for the browser's own controls.
      const items = tabbablesIn(this.#dialog);
      const index = items.indexOf(deepActiveElement() as HTMLElement);
      if (event.shiftKey ? index <= 0 : index < 0 || index === items.length - 1) {
        event.preventDefault();
        items.at(event.shiftKey ? -1 : 0)?.focus();
      }
    }
  }

  #onCancel(event: Event): void {
    // Other close requests (a platform back gesture): same path as Escape.
    event.preventDefault();
    this.#requestClose('escape');
  }

  #onNativeClose(): void {
    // The platform may close without a cancelable `cancel`; keep our state in step.
    if (!this.open) return;
    if (this.preventClose) this.#showModal();
    else this.open = false;
  }

  /** Whether light-DOM content is assigned to the named slot (re-rendered on slotchange). */
  #has(slot: string): boolean {
    return !!this.querySelector(`:scope > [slot=${slot}]`);
  }

  override render() {
    const described = this.#has('description');
    const slotChange = () => this.requestUpdate();
    return html`
      <dialog
        part="dialog"
        role=${this.alert ? 'alertdialog' : nothing}
        aria-labelledby="heading"
        aria-describedby=${described ? 'description' : nothing}
        @keydown=${this.#onKeydown}
        @cancel=${this.#onCancel}
        @close=${this.#onNativeClose}
      >
        <header part="header">
          <h2 id="heading" part="heading">${this.label}</h2>
          <button
            class="button icon close"
            part="close-button"
            aria-label=${this.closeLabel}
            aria-disabled=${this.preventClose}
            @click=${() => this.#requestClose('close-button')}
          >
            ${closeIcon}
          </button>
        </header>
        <div class="body" part="body">
          <div id="description" class="description" part="description" ?hidden=${!described}>
            <slot name="description" @slotchange=${slotChange}></slot>
          </div>
          <slot></slot>
        </div>
        <footer part="footer" ?hidden=${!this.#has('footer')}>
          <slot name="footer" @slotchange=${slotChange}></slot>
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
