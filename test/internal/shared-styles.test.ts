import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import type { CSSResultGroup, CSSResultOrNative } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { tokenStyles } from '../../src/theme/tokens.js';
import { badgeStyles, buttonStyles, fieldStyles, visuallyHidden } from '../../src/internal/shared-styles.js';
import { SuborgDialog } from '../../src/internal/dialog.js';
import { SuborgMenuButton } from '../../src/internal/menu-button.js';
import { SuborgToggle } from '../../src/internal/toggle-switch.js';
import { SuborgAmountInput } from '../../src/internal/amount-input.js';
import { SuborgConfirmDialog } from '../../src/internal/confirm-dialog.js';
import { SuborgLiveRegion } from '../../src/internal/live-region.js';

function cssTextOf(styles: CSSResultGroup | undefined): string {
  if (!styles) return '';
  if (Array.isArray(styles)) return styles.map((s) => cssTextOf(s as CSSResultGroup)).join('\n');
  const one = styles as CSSResultOrNative;
  return 'cssText' in one ? String(one.cssText) : '';
}

const used = (text: string) => new Set([...text.matchAll(/var\(\s*(--_[\w-]+)/g)].map((m) => m[1]!));
const defined = (text: string) => new Set([...text.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]!));

const ELEMENTS = { SuborgDialog, SuborgMenuButton, SuborgToggle, SuborgAmountInput, SuborgConfirmDialog, SuborgLiveRegion };

class SharedStylesProbe extends LitElement {
  static override styles = [tokenStyles, buttonStyles, fieldStyles, badgeStyles, visuallyHidden, css``];
  override render() {
    return html`
      <button class="button primary">Save</button>
      <button class="button icon" aria-label="More">…</button>
      <button class="button danger" aria-disabled="true">Delete</button>
      <div class="field">
        <label class="field-label" for="i">Name</label>
        <input class="input" id="i" aria-invalid="true" aria-describedby="e" />
        <p class="field-error" id="e">Required.</p>
      </div>
      <span class="badge success">Active</span>
      <span class="visually-hidden">Hidden text</span>
    `;
  }
}
customElements.define('shared-styles-probe', SharedStylesProbe);

describe('shared styles and private tokens', () => {
  for (const [name, element] of Object.entries(ELEMENTS)) {
    it(`${name} uses only --_* privates it (or tokenStyles) defines`, () => {
      const text = cssTextOf(element.styles);
      const missing = [...used(text)].filter((v) => !defined(text).has(v));
      expect(missing).to.deep.equal([]);
      expect(text).to.match(/--_primary:\s*var\(--suborg-color-primary/);
    });

    it(`${name} uses logical properties only (RTL-safe)`, () => {
      const text = cssTextOf(element.styles);
      expect(text).to.not.match(/(margin|padding|border)-(left|right)\b|text-align:\s*(left|right)|float:\s*(left|right)/);
    });
  }

  it('the shared sheets use only privates defined by tokenStyles or themselves', () => {
    const text = cssTextOf([tokenStyles, buttonStyles, fieldStyles, badgeStyles, visuallyHidden]);
    expect([...used(text)].filter((v) => !defined(text).has(v))).to.deep.equal([]);
  });

  it('gives icon buttons a 44×44 px target, visible focus, and hides visually-hidden text', async () => {
    const el = await fixture<SharedStylesProbe>(html`<shared-styles-probe></shared-styles-probe>`);
    const root = el.shadowRoot!;
    const icon = root.querySelector<HTMLButtonElement>('.button.icon')!;
    const box = icon.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    root.querySelector<HTMLButtonElement>('.button.primary')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(icon);
    expect(getComputedStyle(icon).outlineStyle).to.equal('solid');
    expect(root.querySelector('.visually-hidden')!.getBoundingClientRect().width).to.be.at.most(1);
    await expect(el).to.be.accessible();
  });

  it('marks an invalid input and the error text', async () => {
    const el = await fixture<SharedStylesProbe>(html`<shared-styles-probe></shared-styles-probe>`);
    const input = el.shadowRoot!.querySelector('.input')!;
    const error = el.shadowRoot!.querySelector('.field-error')!;
    expect(getComputedStyle(input).borderTopColor).to.equal(getComputedStyle(error).color);
  });
});
