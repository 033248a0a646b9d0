import { LitElement, css, html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { tokenStyles } from '../theme/tokens.js';
import { buttonStyles, visuallyHidden } from './shared-styles.js';
import { flag, states } from './properties.js';
import { emit } from './events.js';
import { closeIcon } from './icons.js';

/** How long a region stays empty before the new text goes in, so screen readers see a change. */
const CLEAR_DELAY_MS = 60;

export interface AnnounceOptions {
  /** Interrupts the screen reader: only for errors and failures. */
  assertive?: boolean;
}

interface Shown {
  text: string;
  assertive: boolean;
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
      :host { display: block }
      .bar { display: flex; align-items: center; gap: var(--_space); padding-inline-start: calc(var(--_space) * 1.5); border: 1px solid var(--_border); border-inline-start: 4px solid var(--_info); border-radius: var(--_radius); background: var(--suborg-live-region-bar-background, var(--_surface-raised)); box-shadow: var(--_shadow) }
      .assertive { border-inline-start-color: var(--_danger) }
      .message { flex: 1; overflow-wrap: anywhere }
    `,
  ];

  static override properties: PropertyDeclarations = {
    visible: flag,
    dismissLabel: { attribute: 'dismiss-label' },
    duration: { type: Number },
    ...states('polite', 'assertive', 'latest'),
  };

  /** Also show the latest message as a status bar. */
  visible = false;
  /** Accessible name of the bar's dismiss button. */
  dismissLabel = 'Dismiss';
  /** Milliseconds the visible bar stays up; 0 keeps it until dismissed. */
  duration = 0;

  /** What each region says now. */
  private polite = '';
  private assertive = '';
  private latest: Shown | null = null;
  /** Bumped per announcement so a slower earlier one never overwrites a newer one. */
  private sequence = 0;
  private hideTimer?: ReturnType<typeof setTimeout>;

  /** The message on the visible bar, or ''. */
  get message(): string {
    return this.latest?.text ?? '';
  }

  /** Speaks `text` (again, even when it is the same as last time). Resolves once it is in the region. */
  async announce(text: string, { assertive = false }: AnnounceOptions = {}): Promise<void> {
    const ticket = ++this.sequence;
    const region = assertive ? 'assertive' : 'polite';
    this[region] = '';
    this.show({ text, assertive });
    await this.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, CLEAR_DELAY_MS));
    if (ticket !== this.sequence) return;
    this[region] = text;
    await this.updateComplete;
  }

  /** Empties both regions and hides the bar. */
  clear(): void {
    this.sequence++;
    this.polite = this.assertive = '';
    this.show(null);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hideTimer);
  }

  /** Puts `latest` on the bar (null takes it down) and restarts the `duration` timer. */
  private show(latest: Shown | null): void {
    this.latest = latest;
    clearTimeout(this.hideTimer);
    if (latest && this.duration > 0) this.hideTimer = setTimeout(() => (this.latest = null), this.duration);
  }

  private dismiss(): void {
    const text = this.message;
    this.show(null);
    emit(this, 'suborg-live-region-dismiss', { text });
  }

  override render() {
    const latest = this.latest;
    return html`
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.polite}</div>
      <div class="visually-hidden" aria-live="assertive" aria-atomic="true">${this.assertive}</div>
      ${this.visible && latest
        ? html`<div class="bar ${latest.assertive ? 'assertive' : ''}" part="bar">
            <span class="message" part="message">${latest.text}</span>
            <button class="button icon" part="dismiss-button" aria-label=${this.dismissLabel} @click=${this.dismiss}>${closeIcon}</button>
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
