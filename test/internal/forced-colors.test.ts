// Forced colors (Windows High Contrast) for the building blocks: focus rings, the switch and the
// menu, with the elements' own forced-colors rules switched on (see test/helpers/forced-colors.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/internal/toggle-switch.define.js';
import '../../src/internal/menu-button.define.js';
import type { SuborgToggle } from '../../src/internal/toggle-switch.js';
import type { MenuItem, SuborgMenuButton } from '../../src/internal/menu-button.js';
import { forceColors, systemColor } from '../helpers/forced-colors.js';

/** Focuses the first tabbable thing after `start` with a real Tab press (so :focus-visible applies). */
async function tabFrom(start: HTMLElement): Promise<void> {
  start.focus();
  await sendKeys({ press: 'Tab' });
}

const ITEMS: MenuItem[] = [
  { value: 'edit', label: 'Edit' },
  { value: 'join', label: 'Join as', children: [{ value: 'ADMIN', label: 'Admin' }, { value: 'STAFF', label: 'Agent' }] },
];

describe('forced colors: focus rings, switch, menu', () => {
  it('a focus ring is a 2px outline (not a box-shadow), and Highlight in forced colors — also on the switch track, which opts out of forced colours', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><button id="start">start</button><suborg-toggle label="Auto-recharge"></suborg-toggle></div>`);
    const toggle = box.querySelector<SuborgToggle>('suborg-toggle')!;
    await toggle.updateComplete;
    const root = toggle.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('[role="switch"]')!;
    const track = root.querySelector<HTMLElement>('.track')!;
    await tabFrom(box.querySelector('#start')!);
    expect(button.matches(':focus-visible'), 'the switch has keyboard focus').to.be.true;
    const ring = () => getComputedStyle(track);
    expect(ring().outlineStyle).to.equal('solid');
    expect(ring().outlineWidth).to.equal('2px');
    expect(ring().outlineColor, 'brand focus colour outside forced colors').to.not.equal(systemColor('Highlight'));
    expect(forceColors(root)).to.be.greaterThan(0);
    expect(ring().outlineStyle).to.equal('solid');
    expect(ring().outlineColor, 'the ring takes Highlight').to.equal(systemColor('Highlight'));
  });

  it('the switch shows on and off without colour: the thumb moves and a check mark appears', async () => {
    const toggle = await fixture<SuborgToggle>(html`<suborg-toggle label="Auto-recharge"></suborg-toggle>`);
    const root = toggle.shadowRoot!;
    forceColors(root);
    const thumb = () => root.querySelector<HTMLElement>('.thumb')!;
    const offLeft = thumb().getBoundingClientRect().left;
    expect(thumb().querySelector('svg'), 'no check mark when off').to.equal(null);
    toggle.checked = true;
    await toggle.updateComplete;
    await Promise.all(root.getAnimations().map((a) => a.finished));
    expect(thumb().getBoundingClientRect().left - offLeft, 'the thumb moved to the end').to.be.greaterThan(10);
    expect(thumb().querySelector('svg'), 'a check mark when on').to.not.equal(null);
    // And in system colours: the track fills with Highlight only when on.
    expect(getComputedStyle(root.querySelector('.track')!).backgroundColor).to.equal(systemColor('Highlight'));
    toggle.checked = false;
    await toggle.updateComplete;
    await Promise.all(root.getAnimations().map((a) => a.finished));
    expect(getComputedStyle(root.querySelector('.track')!).backgroundColor).to.equal(systemColor('Canvas'));
  });

  it('in the menu only the focused item is filled with Highlight; the item whose submenu is open is outlined instead', async () => {
    const menu = await fixture<SuborgMenuButton>(html`<suborg-menu-button label="Actions" .items=${ITEMS}></suborg-menu-button>`);
    const root = menu.shadowRoot!;
    forceColors(root);
    root.querySelector<HTMLButtonElement>('#trigger')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await menu.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await menu.updateComplete;
    const parent = root.querySelector<HTMLElement>('#item-1')!;
    const focused = root.querySelector<HTMLElement>('#submenu-1 [role="menuitem"]')!;
    expect(parent.getAttribute('aria-expanded')).to.equal('true');
    expect(root.activeElement).to.equal(focused);
    const highlight = systemColor('Highlight');
    expect(getComputedStyle(focused).backgroundColor).to.equal(highlight);
    expect(getComputedStyle(focused).color).to.equal(systemColor('HighlightText'));
    expect(getComputedStyle(parent).backgroundColor, 'the open parent does not look focused').to.not.equal(highlight);
    expect(getComputedStyle(parent).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
  });
});
