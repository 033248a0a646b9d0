// A minimal SuborgElement for the context tests: it shows what it received.
import { css, html } from 'lit';
import { commonStrings } from '../../src/i18n/en/common.js';
import { SuborgElement, type SuborgEnv } from '../../src/internal/base-element.js';
import { safeRedirectUrl } from '../../src/domain/url-safety.js';

export class TestConsumer extends SuborgElement {
  static override styles = [
    SuborgElement.styles,
    css`
      .swatch {
        color: var(--_primary);
        background: var(--_surface);
        border-radius: var(--_radius);
        padding: var(--_space);
      }
    `,
  ];
  get seen(): SuborgEnv {
    return this.env;
  }
  get retryLabel(): string {
    return this.t(commonStrings, 'retry');
  }
  get cancelLabel(): string {
    return this.t(commonStrings, 'cancel');
  }
  /** A redirect checked against the allow-list the element sees (the provider's). */
  redirect(url: string): string | null {
    return safeRedirectUrl(url, { allowHosts: this.env.allowHosts, base: location.href });
  }
  money(): string {
    return this.formatMoney({ amount: 123450, currency: 'eur' });
  }
  override render() {
    return html`<p class="swatch">${this.retryLabel}</p>`;
  }
}
if (!customElements.get('test-consumer')) customElements.define('test-consumer', TestConsumer);

export function swatch(el: TestConsumer): HTMLElement {
  return el.shadowRoot!.querySelector('.swatch')!;
}
