import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { tokenStyles } from '../theme/tokens.js';
import { buttonStyles, visuallyHidden } from './shared-styles.js';
import { LiveRegionDismissEvent } from './live-region-events.js';

/** How long a region stays empty before the new text goes in, so screen readers see a change. */
const CLEAR_DELAY_MS = 60;

export interface AnnounceOptions {
  /** Interrupts the screen reader: only for errors and failures. */
  assertive?: boolean;
}

/**
 * Announces async results to screen readers through a polite and an assertive live region
 * (both always in the DOM, visually hidden). `announce()` clears the region first, so the same
 * text announced twice is spoken twice. With `visible`, the latest message also shows as a
 * status bar with a dismiss button (for sighted users; the live regions still do the speaking).
 *
 * @summary Screen-reader announcer with an optional visible status bar.
 *
 * @fires suborg-live-region-dismiss - The person dismissed the visible message (`detail.text`).
 *
 * @csspart bar - The visible status bar.
 * @csspart message - Its text.
 * @csspart dismiss-button - Its dismiss button.
 *
 * @cssprop --suborg-live-region-bar-background - Background of the visible bar (default: raised surface).
 */
export class SuborgLiveRegion extends LitElement {
  static override styles = [
    tokenStyles,
    buttonStyles,
    visuallyHidden,
    css`
      :host {
        --_bar-background: var(--suborg-live-region-bar-background, var(--_surface-raised));
        display: block;
      }
      .bar {
        display: flex;
        align-items: center;
        gap: var(--_space);
        padding-block: calc(var(--_space) * 0.25);
        padding-inline: calc(var(--_space) * 1.5) calc(var(--_space) * 0.25);
        border: 1px solid var(--_border);
        border-inline-start: 4px solid var(--_info);
        border-radius: var(--_radius);
        background: var(--_bar-background);
        box-shadow: var(--_shadow);
      }
      .bar.assertive {
        border-inline-start-color: var(--_danger);
      }
      .message {
        flex: 1 1 auto;
        min-inline-size: 0;
        overflow-wrap: anywhere;
      }
      .dismiss {
        flex: none;
      }
      @media (forced-colors: active) {
        .bar,
        .bar.assertive {
          border-color: CanvasText;
        }
      }
    `,
  ];

  /** Also show the latest message as a status bar. */
  @property({ type: Boolean, reflect: true }) visible = false;
  /** Accessible name of the bar's dismiss button. */
  @property({ attribute: 'dismiss-label' }) dismissLabel = 'Dismiss';
  /** Milliseconds the visible bar stays up; 0 keeps it until dismissed. */
  @property({ type: Number }) duration = 0;

  @state() private politeText = '';
  @state() private assertiveText = '';
  @state() private latest: { text: string; assertive: boolean } | null = null;
  /** Bumped per announcement so a slower earlier one never overwrites a newer one. */
  private sequence = 0;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  /** The message on the visible bar, or ''. */
  get message(): string {
    return this.latest?.text ?? '';
  }

  /** Speaks `text` (again, even when it is the same as last time). Resolves once it is in the region. */
  async announce(text: string, { assertive = false }: AnnounceOptions = {}): Promise<void> {
    const ticket = ++this.sequence;
    this.setRegion(assertive, '');
    this.latest = { text, assertive };
    this.scheduleHide();
    await this.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, CLEAR_DELAY_MS));
    if (ticket !== this.sequence) return;
    this.setRegion(assertive, text);
    await this.updateComplete;
  }

  /** Empties both regions and hides the bar. */
  clear(): void {
    this.sequence++;
    this.politeText = '';
    this.assertiveText = '';
    this.latest = null;
    clearTimeout(this.hideTimer);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hideTimer);
  }

  private setRegion(assertive: boolean, text: string): void {
    if (assertive) this.assertiveText = text;
    else this.politeText = text;
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    if (this.duration > 0) this.hideTimer = setTimeout(() => (this.latest = null), this.duration);
  }

  private dismiss(): void {
    const text = this.message;
    this.latest = null;
    clearTimeout(this.hideTimer);
    this.dispatchEvent(new LiveRegionDismissEvent(text));
  }

  override render() {
    return html`
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.politeText}</div>
      <div class="visually-hidden" aria-live="assertive" aria-atomic="true">${this.assertiveText}</div>
      ${this.visible && this.latest
        ? html`<div class="bar ${this.latest.assertive ? 'assertive' : ''}" part="bar">
            <span class="message" part="message">${this.latest.text}</span>
            <button class="button icon dismiss" part="dismiss-button" type="button" aria-label=${this.dismissLabel} @click=${this.dismiss}>
              <svg aria-hidden="true" width="18" height="18" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
                <path d="M5 5l10 10M15 5L5 15" />
              </svg>
            </button>
          </div>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suborg-live-region': SuborgLiveRegion;
  }
}
