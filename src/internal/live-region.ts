import { LitElement, html } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { tokenStyles } from '../theme/tokens.js';
import { visuallyHidden } from './shared-styles.js';
import { states } from './properties.js';

export interface AnnounceOptions {
  /** Interrupts the screen reader: only for errors and failures. */
  assertive?: boolean;
}

/**
 * Announces async results to screen readers through a polite and an assertive live region
 * (both always in the DOM, visually hidden). `announce()` clears the region first, so the same
 * text announced twice is spoken twice.
 *
 * @summary Screen-reader announcer.
 */
export class SuborgLiveRegion extends LitElement {
  static override styles = [tokenStyles, visuallyHidden];

  static override properties: PropertyDeclarations = states('polite', 'assertive');

  /** What each region says now. */
  private polite = '';
  private assertive = '';
  /** Bumped per announcement so a slower earlier one never overwrites a newer one. */
  #sequence = 0;

  /** Speaks `text` (again, even when it is the same as last time). Resolves once it is in the region. */
  async announce(text: string, { assertive = false }: AnnounceOptions = {}): Promise<void> {
    const ticket = ++this.#sequence;
    const region = assertive ? 'assertive' : 'polite';
    this[region] = '';
    await this.updateComplete;
    // Empty for a moment, so screen readers see a change.
    await new Promise((resolve) => setTimeout(resolve, 60));
    if (ticket !== this.#sequence) return;
    this[region] = text;
    await this.updateComplete;
  }

  override render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.polite}</div>
      <div class="visually-hidden" aria-live="assertive" aria-atomic="true">${this.assertive}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suborg-live-region': SuborgLiveRegion;
  }
}
