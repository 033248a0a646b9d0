import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/internal/menu-button.define.js';
import '../../src/internal/dialog.define.js';
import type { SuborgMenuButton, MenuItem } from '../../src/internal/menu-button.js';
import type { SuborgDialog } from '../../src/internal/dialog.js';
import { placeMenu, placeSubmenu } from '../../src/internal/menu-button-position.js';
import { nextIndexByFirstChar } from '../../src/internal/menu-button-item.js';

/** Like `fixture`, but for a plain wrapper it waits for the elements inside, not for a frame (none comes in a background tab). */
async function wrapperFixture(template: TemplateResult): Promise<HTMLDivElement> {
  const root = fixtureSync<HTMLDivElement>(template);
  await Promise.all(Array.from(root.querySelectorAll('*'), (el) => (el as { updateComplete?: Promise<unknown> }).updateComplete));
  return root;
}


const ITEMS: MenuItem[] = [
  { value: 'edit', label: 'Edit' },
  {
    value: 'join',
    label: 'Join as',
    children: [
      { value: 'ADMIN', label: 'Admin' },
      { value: 'DEVELOPER', label: 'Developer' },
      { value: 'MANAGER', label: 'Manager' },
      { value: 'STAFF', label: 'Agent' },
    ],
  },
  { value: 'archive', label: 'Archive' },
  { value: 'detach', label: 'Detach', danger: true },
  { value: 'duplicate', label: 'Duplicate' },
];

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const press = (key: string) => sendKeys({ press: key });
const activeLabel = () => deepActive()?.querySelector('.label')?.textContent ?? null;

async function setup(extra: Partial<SuborgMenuButton> = {}) {
  const el = await fixture<SuborgMenuButton>(html`<suborg-menu-button label="Actions for Acme" .items=${ITEMS}></suborg-menu-button>`);
  Object.assign(el, extra);
  await el.updateComplete;
  const root = el.shadowRoot!;
  const trigger = root.querySelector<HTMLButtonElement>('#trigger')!;
  const menu = root.querySelector<HTMLElement>('#menu')!;
  const submenu = root.querySelector<HTMLElement>('#submenu-1')!;
  const item = (path: string) => root.querySelector<HTMLElement>(`#item-${path}`)!;
  const selected: string[] = [];
  el.addEventListener('suborg-menu-select', (e) => selected.push(e.detail.value));
  const settle = () => el.updateComplete;
  return { el, trigger, menu, submenu, item, selected, settle };
}

describe('suborg-menu-button', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  it('renders a labelled collapsed menu button, axe-clean', async () => {
    const { el, trigger, menu } = await setup();
    expect(trigger.getAttribute('aria-haspopup')).to.equal('menu');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(trigger.getAttribute('aria-label')).to.equal('Actions for Acme');
    expect(menu.matches(':popover-open')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('opens on Enter with the first item focused, axe-clean while open', async () => {
    const { el, trigger, menu, item, settle } = await setup();
    trigger.focus();
    await press('Enter');
    await settle();
    expect(menu.matches(':popover-open')).to.be.true;
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActive()).to.equal(item('0'));
    await expect(el).to.be.accessible();
  });

  it('opens on Space and ArrowDown (first item) and ArrowUp (last item)', async () => {
    const { el, trigger, settle } = await setup();
    trigger.focus();
    await press('Space');
    await settle();
    expect(activeLabel()).to.equal('Edit');
    await press('Escape');
    await press('ArrowUp');
    await settle();
    expect(activeLabel()).to.equal('Duplicate');
    await press('Escape');
    await press('ArrowDown');
    await settle();
    expect(activeLabel()).to.equal('Edit');
    expect(el.shadowRoot!.querySelector('#menu')!.matches(':popover-open')).to.be.true;
  });

  it('moves with arrows (wrapping), Home and End', async () => {
    const { trigger, settle } = await setup();
    trigger.focus();
    await press('ArrowDown');
    await settle();
    await press('ArrowDown');
    expect(activeLabel()).to.equal('Join as');
    await press('ArrowDown');
    expect(activeLabel()).to.equal('Archive');
    await press('End');
    expect(activeLabel()).to.equal('Duplicate');
    await press('ArrowDown');
    expect(activeLabel()).to.equal('Edit');
    await press('ArrowUp');
    expect(activeLabel()).to.equal('Duplicate');
    await press('Home');
    expect(activeLabel()).to.equal('Edit');
  });

  it('jumps by first letter, cycling through matches', async () => {
    const { trigger, settle } = await setup();
    trigger.focus();
    await press('ArrowDown');
    await settle();
    await press('d');
    expect(activeLabel()).to.equal('Detach');
    await press('d');
    expect(activeLabel()).to.equal('Duplicate');
    await press('D');
    expect(activeLabel()).to.equal('Detach');
    await press('x');
    expect(activeLabel()).to.equal('Detach');
  });

  it('opens a submenu with ArrowRight and closes it with ArrowLeft and Escape, back on its parent', async () => {
    const { trigger, menu, submenu, item, settle } = await setup();
    trigger.focus();
    await press('ArrowDown');
    await settle();
    await press('ArrowDown');
    await press('ArrowRight');
    await settle();
    expect(submenu.matches(':popover-open')).to.be.true;
    expect(item('1').getAttribute('aria-expanded')).to.equal('true');
    expect(activeLabel()).to.equal('Admin');
    await press('ArrowDown');
    expect(activeLabel()).to.equal('Developer');
    await press('ArrowLeft');
    await settle();
    expect(submenu.matches(':popover-open')).to.be.false;
    expect(deepActive()).to.equal(item('1'));
    await press('Enter');
    await settle();
    expect(activeLabel()).to.equal('Admin');
    await press('Escape');
    await settle();
    expect(submenu.matches(':popover-open')).to.be.false;
    expect(menu.matches(':popover-open')).to.be.true;
    expect(deepActive()).to.equal(item('1'));
    await press('Escape');
    await settle();
    expect(menu.matches(':popover-open')).to.be.false;
    expect(deepActive()).to.equal(trigger);
  });

  it('mirrors the submenu keys in RTL and anchors to the inline start', async () => {
    const wrapper = await wrapperFixture(html`<div dir="rtl"><suborg-menu-button label="إجراءات" .items=${ITEMS}></suborg-menu-button></div>`);
    const el = wrapper.querySelector('suborg-menu-button')!;
    const root = el.shadowRoot!;
    const trigger = root.querySelector<HTMLButtonElement>('#trigger')!;
    trigger.focus();
    await press('ArrowDown');
    await el.updateComplete;
    const menuRect = root.querySelector('#menu')!.getBoundingClientRect();
    const triggerRect = trigger.getBoundingClientRect();
    // Inline start in RTL is the right edge (unless the menu would overflow the viewport).
    expect(Math.round(menuRect.right)).to.equal(Math.round(Math.max(triggerRect.right, menuRect.width + 8)));
    await press('ArrowDown');
    await press('ArrowRight');
    await el.updateComplete;
    expect(root.querySelector('#submenu-1')!.matches(':popover-open')).to.be.false;
    await press('ArrowLeft');
    await el.updateComplete;
    expect(activeLabel()).to.equal('Admin');
    await press('ArrowRight');
    await el.updateComplete;
    expect(deepActive()).to.equal(root.querySelector('#item-1'));
    await expect(el).to.be.accessible();
  });

  it('fires suborg-menu-select on Enter, closes and returns focus to the button', async () => {
    const { trigger, menu, selected, settle } = await setup();
    trigger.focus();
    await press('ArrowDown');
    await settle();
    await press('Enter');
    await settle();
    expect(selected).to.deep.equal(['edit']);
    expect(menu.matches(':popover-open')).to.be.false;
    expect(deepActive()).to.equal(trigger);
  });

  it('selects a submenu item with Space', async () => {
    const { trigger, selected, settle } = await setup();
    trigger.focus();
    await press('ArrowDown');
    await settle();
    await press('j');
    await press('Enter');
    await settle();
    await press('ArrowDown');
    await press('Space');
    await settle();
    expect(selected).to.deep.equal(['DEVELOPER']);
    expect(deepActive()).to.equal(trigger);
  });

  it('selects by click', async () => {
    const { trigger, item, selected, settle } = await setup();
    trigger.click();
    await settle();
    item('1').click();
    await settle();
    item('1-3').click();
    await settle();
    expect(selected).to.deep.equal(['STAFF']);
  });

  it('opens a submenu on mouse hover and closes it when another item is hovered', async () => {
    const { el, submenu, item, settle } = await setup();
    await el.openMenu();
    const centre = (e: Element) => {
      const r = e.getBoundingClientRect();
      return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] as [number, number];
    };
    await sendMouse({ type: 'move', position: centre(item('1')) });
    await settle();
    expect(submenu.matches(':popover-open')).to.be.true;
    expect(activeLabel()).to.equal('Edit');
    await sendMouse({ type: 'move', position: centre(item('1-2')) });
    await settle();
    expect(submenu.matches(':popover-open')).to.be.true;
    await sendMouse({ type: 'move', position: centre(item('4')) });
    await settle();
    expect(submenu.matches(':popover-open')).to.be.false;
    el.closeMenu();
  });

  it('closes on Tab', async () => {
    const { trigger, menu, settle } = await setup();
    trigger.focus();
    await press('ArrowDown');
    await settle();
    await press('Tab');
    await settle();
    expect(menu.matches(':popover-open')).to.be.false;
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes on a click outside', async () => {
    const { el, trigger, menu, settle } = await setup();
    const outside = document.createElement('button');
    outside.textContent = 'Elsewhere';
    el.after(outside);
    trigger.click();
    await settle();
    expect(menu.matches(':popover-open')).to.be.true;
    const rect = outside.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.x + 5), Math.round(rect.y + 5)] });
    await settle();
    expect(menu.matches(':popover-open')).to.be.false;
    outside.remove();
  });

  it('closes when focus moves elsewhere', async () => {
    const { el, menu, settle } = await setup();
    const outside = document.createElement('button');
    el.after(outside);
    await el.openMenu();
    outside.focus();
    await settle();
    expect(menu.matches(':popover-open')).to.be.false;
    outside.remove();
  });

  it('opens from openMenu({ focus: "last" }) for a grid shortcut', async () => {
    const { el, menu } = await setup();
    await el.openMenu({ focus: 'last' });
    expect(menu.matches(':popover-open')).to.be.true;
    expect(activeLabel()).to.equal('Duplicate');
  });

  it('flips above the button near the viewport bottom', async () => {
    const { el, trigger, menu } = await setup();
    el.style.setProperty('margin-top', `${window.innerHeight - 60}px`);
    await el.openMenu();
    expect(menu.getBoundingClientRect().bottom).to.be.at.most(trigger.getBoundingClientRect().top);
    el.closeMenu();
  });

  it('fits a 320 px viewport without horizontal overflow', async () => {
    await setViewport({ width: 320, height: 480 });
    const { el, menu, submenu, item } = await setup();
    await el.openMenu();
    item('1').click();
    await el.updateComplete;
    for (const popup of [menu, submenu]) {
      const rect = popup.getBoundingClientRect();
      expect(rect.left).to.be.at.least(0);
      expect(rect.right).to.be.at.most(320);
      expect(popup.scrollWidth).to.be.at.most(popup.clientWidth);
    }
  });

  it('closes only itself on Escape inside a dialog', async () => {
    const dialog = await fixture<SuborgDialog>(html`<suborg-dialog label="Manage" open><suborg-menu-button label="More" .items=${ITEMS}></suborg-menu-button></suborg-dialog>`);
    const menuButton = dialog.querySelector('suborg-menu-button')!;
    await menuButton.openMenu();
    await press('Escape');
    expect(dialog.open).to.be.true;
    expect(menuButton.shadowRoot!.querySelector('#menu')!.matches(':popover-open')).to.be.false;
    dialog.close();
  });

  it('renders under forced colors and reduced motion', async () => {
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    const { el } = await setup();
    await el.openMenu();
    await expect(el).to.be.accessible();
  });

  it('places popups with pure geometry', () => {
    const view = { width: 400, height: 300 };
    const size = { width: 150, height: 100 };
    expect(placeMenu({ top: 10, bottom: 40, left: 20, right: 60 }, size, view, false)).to.deep.equal({ top: 44, left: 20 });
    expect(placeMenu({ top: 250, bottom: 280, left: 20, right: 60 }, size, view, false).top).to.equal(146);
    expect(placeMenu({ top: 10, bottom: 40, left: 340, right: 380 }, size, view, false).left).to.equal(230);
    expect(placeMenu({ top: 10, bottom: 40, left: 300, right: 340 }, size, view, true).left).to.equal(190);
    expect(placeSubmenu({ top: 50, bottom: 80, left: 20, right: 200 }, size, view, false).left).to.equal(196);
    expect(placeSubmenu({ top: 50, bottom: 80, left: 200, right: 390 }, size, view, false).left).to.equal(54);
    expect(placeSubmenu({ top: 50, bottom: 80, left: 200, right: 390 }, size, view, true).left).to.equal(54);
    // 320 px wide, the menu across most of it: no room on either side, so below the item, which stays uncovered.
    const phone = { width: 320, height: 500 };
    expect(placeSubmenu({ top: 50, bottom: 80, left: 40, right: 280 }, size, phone, false)).to.deep.equal({ top: 84, left: 40 });
    expect(placeSubmenu({ top: 50, bottom: 80, left: 40, right: 280 }, size, phone, true)).to.deep.equal({ top: 84, left: 130 });
    expect(placeSubmenu({ top: 420, bottom: 450, left: 40, right: 280 }, size, phone, false).top, 'above when it does not fit below').to.equal(316);
  });

  it('type-ahead helper wraps and folds case', () => {
    expect(nextIndexByFirstChar(['Edit', 'Detach', 'duplicate'], 2, 'D')).to.equal(1);
    expect(nextIndexByFirstChar(['Edit', 'Detach'], 0, 'z')).to.equal(-1);
    expect(nextIndexByFirstChar(['İstanbul', 'Ankara'], 1, 'i', 'tr')).to.equal(0);
  });
});
