import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/internal/toggle-switch.define.js';
import type { SuborgToggle } from '../../src/internal/toggle-switch.js';

/** Like `fixture`, but for a plain wrapper it waits for the elements inside, not for a frame (none comes in a background tab). */
async function wrapperFixture(template: TemplateResult): Promise<HTMLDivElement> {
  const root = fixtureSync<HTMLDivElement>(template);
  await Promise.all(Array.from(root.querySelectorAll('*'), (el) => (el as { updateComplete?: Promise<unknown> }).updateComplete));
  return root;
}


async function setup(template = html`<suborg-toggle label="Auto-recharge" description="Buy credits when the balance runs low."></suborg-toggle>`) {
  const el = await fixture<SuborgToggle>(template);
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[role="switch"]')!;
  const changes: boolean[] = [];
  el.addEventListener('suborg-toggle-change', (e) => changes.push(e.detail.checked));
  return { el, button, changes };
}

describe('suborg-toggle', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is a labelled, described switch, axe-clean off and on', async () => {
    const { el, button } = await setup();
    expect(button.getAttribute('aria-checked')).to.equal('false');
    const label = el.shadowRoot!.getElementById(button.getAttribute('aria-labelledby')!)!;
    expect(label.textContent!.trim()).to.equal('Auto-recharge');
    const description = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.equal('Buy credits when the balance runs low.');
    await expect(el).to.be.accessible();
    el.checked = true;
    await el.updateComplete;
    expect(button.getAttribute('aria-checked')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('toggles with Space and Enter (real keys) and fires suborg-toggle-change', async () => {
    const { el, button, changes } = await setup();
    button.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.checked).to.be.true;
    expect(el.hasAttribute('checked')).to.be.true;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.checked).to.be.false;
    expect(changes).to.deep.equal([true, false]);
  });

  it('toggles when its label is clicked', async () => {
    const { el, changes } = await setup();
    el.shadowRoot!.querySelector('label')!.click();
    await el.updateComplete;
    expect(el.checked).to.be.true;
    expect(changes).to.deep.equal([true]);
  });

  it('puts the switch back when the change event is canceled', async () => {
    const { el, button } = await setup();
    el.addEventListener('suborg-toggle-change', (e) => e.preventDefault());
    button.click();
    await el.updateComplete;
    expect(el.checked).to.be.false;
    expect(button.getAttribute('aria-checked')).to.equal('false');
  });

  it('does nothing while disabled', async () => {
    const { el, button, changes } = await setup();
    el.disabled = true;
    await el.updateComplete;
    expect(button.disabled).to.be.true;
    button.click();
    await el.updateComplete;
    expect(el.checked).to.be.false;
    expect(changes).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('takes its label from the slot', async () => {
    const { el, button } = await setup(html`<suborg-toggle>Spending cap</suborg-toggle>`);
    expect(button.getAttribute('aria-describedby')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('moves the thumb to the inline end when on, also in RTL', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const wrapper = await wrapperFixture(html`<div dir=${dir}><suborg-toggle label="On" checked></suborg-toggle></div>`);
      const el = wrapper.querySelector('suborg-toggle')!;
      const track = el.shadowRoot!.querySelector('.track')!.getBoundingClientRect();
      const thumb = el.shadowRoot!.querySelector('.thumb')!.getBoundingClientRect();
      const thumbCentre = thumb.left + thumb.width / 2;
      const trackCentre = track.left + track.width / 2;
      if (dir === 'ltr') expect(thumbCentre).to.be.greaterThan(trackCentre);
      else expect(thumbCentre).to.be.lessThan(trackCentre);
    }
  });

  it('fits a 320 px container and renders in forced colors and reduced motion', async () => {
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    const wrapper = await wrapperFixture(html`<div><suborg-toggle label="Allow overdraft beyond the agency pool for this client workspace" description="A long description that needs to wrap inside a narrow container without overflowing it."></suborg-toggle></div>`);
    wrapper.style.setProperty('width', '320px');
    const el = wrapper.querySelector('suborg-toggle')!;
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(wrapper.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
