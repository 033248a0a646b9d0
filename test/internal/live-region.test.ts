import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/internal/live-region.define.js';
import type { SuborgLiveRegion } from '../../src/internal/live-region.js';

/** Like `fixture`, but for a plain wrapper it waits for the elements inside, not for a frame (none comes in a background tab). */
async function wrapperFixture(template: TemplateResult): Promise<HTMLDivElement> {
  const root = fixtureSync<HTMLDivElement>(template);
  await Promise.all(Array.from(root.querySelectorAll('*'), (el) => (el as { updateComplete?: Promise<unknown> }).updateComplete));
  return root;
}


async function setup(template = html`<suborg-live-region></suborg-live-region>`) {
  const el = await fixture<SuborgLiveRegion>(template);
  const polite = el.shadowRoot!.querySelector<HTMLElement>('[aria-live="polite"]')!;
  const assertive = el.shadowRoot!.querySelector<HTMLElement>('[aria-live="assertive"]')!;
  return { el, polite, assertive };
}

/** Every text content the region went through, as an assistive technology would observe it. */
function record(region: HTMLElement): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(region.textContent!.trim()));
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { seen, stop: () => observer.disconnect() };
}

describe('suborg-live-region', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  it('has polite and assertive regions in the DOM from the start, visually hidden, axe-clean', async () => {
    const { el, polite, assertive } = await setup();
    expect(polite.getAttribute('role')).to.equal('status');
    expect(polite.getAttribute('aria-atomic')).to.equal('true');
    expect(assertive.getAttribute('aria-atomic')).to.equal('true');
    expect(polite.getBoundingClientRect().width).to.be.at.most(1);
    await expect(el).to.be.accessible();
  });

  it('announces politely by default and assertively on request', async () => {
    const { el, polite, assertive } = await setup();
    await el.announce('Saved.');
    expect(polite.textContent!.trim()).to.equal('Saved.');
    expect(assertive.textContent!.trim()).to.equal('');
    await el.announce('Could not save.', { assertive: true });
    expect(assertive.textContent!.trim()).to.equal('Could not save.');
  });

  it('re-announces identical text by clearing the region first', async () => {
    const { el, polite } = await setup();
    await el.announce('3 results');
    const { seen, stop } = record(polite);
    await el.announce('3 results');
    stop();
    expect(seen.filter((t) => t === '')).to.have.length.greaterThan(0);
    expect(seen.at(-1)).to.equal('3 results');
    expect(seen.indexOf('')).to.be.lessThan(seen.lastIndexOf('3 results'));
  });

  it('lets the newest announcement win when two overlap', async () => {
    const { el, polite } = await setup();
    const first = el.announce('Loading…');
    await el.announce('Loaded 20 rows.');
    await first;
    expect(polite.textContent!.trim()).to.equal('Loaded 20 rows.');
  });

  it('fits 320 px, RTL and forced colors', async () => {
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    const wrapper = await wrapperFixture(html`<div dir="rtl"><suborg-live-region></suborg-live-region></div>`);
    wrapper.style.setProperty('width', '320px');
    const el = wrapper.querySelector('suborg-live-region')!;
    await el.announce('رسالة طويلة جدا تحتاج إلى الالتفاف داخل حاوية ضيقة دون أن تتجاوز عرضها المتاح على الإطلاق', { assertive: true });
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(wrapper.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
