import { LitElement, css, html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { tokenStyles } from '../theme/tokens.js';
import { flag } from './properties.js';
import { emit } from './events.js';
import { icon } from './icons.js';

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
      :host { --_on: var(--suborg-toggle-on-color, var(--_primary)); display: flex; align-items: flex-start; gap: calc(var(--_space) * 1.5) }
      /* A 44 px tall target around the smaller track. */
      button { display: flex; align-items: center; min-block-size: 2.75rem; margin-block: -.625rem; padding: 0; border: 0; background: none; cursor: pointer }
      button:disabled { cursor: not-allowed; opacity: .55 }
      button:focus-visible { outline: none }
      :focus-visible > .track { outline: 2px solid var(--_focus); outline-offset: 2px }
      .track { display: flex; align-items: center; inline-size: 2.75rem; block-size: 1.5rem; padding: 2px; border: 1px solid var(--_text-muted); border-radius: 1rem; background: var(--_surface-sunken); transition: background-color .12s }
      .thumb { display: grid; place-items: center; inline-size: 1.125rem; block-size: 1.125rem; border-radius: 50%; background: var(--_surface); color: var(--_on); box-shadow: 0 1px 2px #0000004d; transition: margin .12s }
      [aria-checked=true] .track { border-color: var(--_on); background: var(--_on) }
      /* The inline end (percentages resolve against the track's content box). */
      [aria-checked=true] .thumb { margin-inline-start: calc(100% - 1.125rem) }
      .text { display: grid; gap: .125rem; overflow-wrap: anywhere }
      label { cursor: pointer }
      .description { color: var(--_text-muted); font-size: .9em }
      @media (forced-colors: active) {
        .track { forced-color-adjust: none; border-color: ButtonText; background: Canvas }
        .thumb { background: ButtonText }
        [aria-checked=true] .track { border-color: Highlight; background: Highlight }
        [aria-checked=true] .thumb { background: HighlightText; color: Highlight }
        :disabled .track { border-color: GrayText }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    checked: flag,
    disabled: flag,
    label: {},
    description: {},
  };

  checked = false;
  disabled = false;
  /** The visible label (the switch's accessible name). */
  label = '';
  /** Optional help text under the label. */
  description = '';

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('button')?.focus(options);
  }

  #onClick(): void {
    this.checked = !this.checked;
    if (!emit(this, 'suborg-toggle-change', { checked: this.checked }, true)) this.checked = !this.checked;
  }

  override render() {
    return html`
      <button
        id="switch"
        part="switch"
        role="switch"
        aria-checked=${this.checked}
        aria-labelledby="label"
        aria-describedby=${this.description ? 'description' : nothing}
        ?disabled=${this.disabled}
        @click=${this.#onClick}
      >
        <span class="track" part="track">
          <span class="thumb" part="thumb">
            ${this.checked ? icon('M2.5 6.5l2.5 2.5 4.5-5', 12) : nothing}
          </span>
        </span>
      </button>
      <span class="text">
        <label id="label" part="label" for="switch"><slot>${this.label}</slot></label>
        ${this.description ? html`<span id="description" class="description" part="description">${this.description}</span>` : nothing}
      </span>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suborg-toggle': SuborgToggle;
  }
}
