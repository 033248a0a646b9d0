import { LitElement, css, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { tokenStyles } from '../theme/tokens.js';
import { ToggleChangeEvent } from './toggle-switch-events.js';

/**
 * An on/off switch: a real `<button role="switch">` (Space and Enter flip it), named by its
 * label and described by its description. On and off differ by the thumb's position and a
 * check mark, never by colour alone, so forced-colors mode keeps both states visible.
 *
 * @summary Accessible on/off switch.
 *
 * @slot - Label content; replaces the `label` text.
 *
 * @fires suborg-toggle-change - Cancelable; the user flipped the switch (`detail.checked` is the new state). Canceling puts it back.
 *
 * @csspart switch - The `<button role="switch">`.
 * @csspart track - The track.
 * @csspart thumb - The moving thumb.
 * @csspart label - The label.
 * @csspart description - The description.
 *
 * @cssprop --suborg-toggle-on-color - Track colour when on (default: primary).
 */
export class SuborgToggle extends LitElement {
  static override styles = [
    tokenStyles,
    css`
      :host {
        --_toggle-on: var(--suborg-toggle-on-color, var(--_primary));
        --_track-width: 2.75rem;
        --_track-height: 1.5rem;
        --_thumb-size: 1.125rem;
        display: block;
      }
      .toggle {
        display: flex;
        align-items: flex-start;
        gap: calc(var(--_space) * 1.5);
      }
      button {
        flex: none;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        /* 44 px tall target around a smaller track. */
        min-block-size: 2.75rem;
        min-inline-size: var(--_track-width);
        margin-block: -0.625rem;
        padding: 0;
        border: 0;
        background: transparent;
        color: inherit;
        font: inherit;
        cursor: pointer;
      }
      button:disabled {
        cursor: not-allowed;
        opacity: 0.55;
      }
      button:focus-visible {
        outline: none;
      }
      button:focus-visible .track {
        outline: 2px solid var(--_focus);
        outline-offset: 2px;
      }
      .track {
        position: relative;
        display: inline-block;
        inline-size: var(--_track-width);
        block-size: var(--_track-height);
        border: 1px solid var(--_text-muted);
        border-radius: 999px;
        background: var(--_surface-sunken);
        transition: background-color 120ms ease;
      }
      .thumb {
        position: absolute;
        inset-block-start: calc((var(--_track-height) - 2px - var(--_thumb-size)) / 2);
        inset-inline-start: 2px;
        display: grid;
        place-items: center;
        inline-size: var(--_thumb-size);
        block-size: var(--_thumb-size);
        border-radius: 50%;
        background: var(--_surface);
        box-shadow: 0 1px 2px rgb(0 0 0 / 0.3);
        transition: inset-inline-start 120ms ease;
      }
      .check {
        visibility: hidden;
        color: var(--_toggle-on);
      }
      [aria-checked='true'] .track {
        background: var(--_toggle-on);
        border-color: var(--_toggle-on);
      }
      [aria-checked='true'] .thumb {
        inset-inline-start: calc(var(--_track-width) - 4px - var(--_thumb-size));
      }
      [aria-checked='true'] .check {
        visibility: visible;
      }
      .text {
        display: flex;
        flex-direction: column;
        gap: 0.125rem;
        min-inline-size: 0;
        overflow-wrap: anywhere;
      }
      label {
        cursor: pointer;
      }
      .description {
        color: var(--_text-muted);
        font-size: 0.9em;
      }
      @media (forced-colors: active) {
        .track {
          border-color: ButtonText;
          background: Canvas;
        }
        .thumb {
          background: ButtonText;
          forced-color-adjust: none;
        }
        [aria-checked='true'] .track {
          background: Highlight;
          border-color: Highlight;
          forced-color-adjust: none;
        }
        [aria-checked='true'] .thumb {
          background: HighlightText;
        }
        [aria-checked='true'] .check {
          color: Highlight;
        }
        button:disabled .track {
          border-color: GrayText;
        }
      }
    `,
  ];

  @property({ type: Boolean, reflect: true }) checked = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** The visible label (the switch's accessible name). */
  @property() label = '';
  /** Optional help text under the label. */
  @property() description = '';

  @query('button') private button!: HTMLButtonElement;

  override focus(options?: FocusOptions): void {
    this.button?.focus(options);
  }

  private onClick(): void {
    if (this.disabled) return;
    this.checked = !this.checked;
    if (!this.dispatchEvent(new ToggleChangeEvent(this.checked))) this.checked = !this.checked;
  }

  override render() {
    return html`
      <div class="toggle">
        <button
          id="switch"
          part="switch"
          type="button"
          role="switch"
          aria-checked=${String(this.checked)}
          aria-labelledby="label"
          aria-describedby=${this.description ? 'description' : nothing}
          ?disabled=${this.disabled}
          @click=${this.onClick}
        >
          <span class="track" part="track">
            <span class="thumb" part="thumb">
              <svg class="check" aria-hidden="true" width="12" height="12" viewBox="0 0 12 12" fill="none" stroke="currentColor" stroke-width="2">
                <path d="M2.5 6.5l2.5 2.5 4.5-5" />
              </svg>
            </span>
          </span>
        </button>
        <span class="text">
          <label id="label" part="label" for="switch"><slot>${this.label}</slot></label>
          ${this.description ? html`<span id="description" class="description" part="description">${this.description}</span>` : nothing}
        </span>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suborg-toggle': SuborgToggle;
  }
}
