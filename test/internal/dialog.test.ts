import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/internal/dialog.define.js';
import '../../src/internal/toggle-switch.define.js';
import '../../src/internal/amount-input.define.js';
import type { SuborgDialog } from '../../src/internal/dialog.js';
import type { DialogRequestCloseEvent } from '../../src/internal/events.js';

/** Like `fixture`, but for a plain wrapper it waits for the elements inside, not for a frame (none comes in a background tab). */
async function wrapperFixture(template: TemplateResult): Promise<HTMLDivElement> {
  const root = fixtureSync<HTMLDivElement>(template);
  await Promise.all(Array.from(root.querySelectorAll('*'), (el) => (el as { updateComplete?: Promise<unknown> }).updateComplete));
  return root;
}


function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

const nextTask = () => new Promise((r) => setTimeout(r, 20));

async function setup() {
  const root = await wrapperFixture(html`
    <div>
      <button id="opener">Open</button>
      <suborg-dialog label="Rename workspace">
        <p slot="description">The new name shows everywhere.</p>
        <label for="name">Name</label>
        <input id="name" />
        <button slot="footer" id="cancel">Cancel</button>
        <button slot="footer" id="save">Save</button>
      </suborg-dialog>
    </div>
  `);
  const dialog = root.querySelector('suborg-dialog')!;
  const opener = root.querySelector<HTMLButtonElement>('#opener')!;
  const byId = (id: string) => root.querySelector<HTMLElement>(`#${id}`)!;
  const native = () => dialog.shadowRoot!.querySelector('dialog')!;
  const closeButton = () => dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!;
  return { root, dialog, opener, byId, native, closeButton };
}

async function openFrom(dialog: SuborgDialog, opener: HTMLElement) {
  opener.focus();
  dialog.show();
  await dialog.updateComplete;
}

describe('suborg-dialog', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is closed by default and axe-clean', async () => {
    const { dialog, native } = await setup();
    expect(native().open).to.be.false;
    await expect(dialog).to.be.accessible();
  });

  it('opens as a modal named by its heading and described by its description', async () => {
    const { dialog, opener, native } = await setup();
    await openFrom(dialog, opener);
    expect(native().matches(':modal')).to.be.true;
    expect(dialog.hasAttribute('open')).to.be.true;
    const heading = dialog.shadowRoot!.getElementById(native().getAttribute('aria-labelledby')!)!;
    expect(heading.textContent!.trim()).to.equal('Rename workspace');
    const description = dialog.shadowRoot!.getElementById(native().getAttribute('aria-describedby')!)!;
    expect(description.querySelector('slot')!.assignedNodes()[0]!.textContent).to.equal('The new name shows everywhere.');
    await expect(dialog).to.be.accessible();
  });

  it('makes the background inert', async () => {
    const { dialog, opener } = await setup();
    await openFrom(dialog, opener);
    opener.focus();
    expect(deepActive()).to.not.equal(opener);
  });

  it('moves focus to the first control of the content on open, or to an autofocus element', async () => {
    const { dialog, opener, byId } = await setup();
    await openFrom(dialog, opener);
    expect(deepActive()).to.equal(byId('name'));
    dialog.close();
    await dialog.updateComplete;
    byId('save').setAttribute('autofocus', '');
    await openFrom(dialog, opener);
    expect(deepActive()).to.equal(byId('save'));
  });

  it('traps Tab and Shift+Tab inside (real keys)', async () => {
    const { dialog, opener, byId, closeButton } = await setup();
    await openFrom(dialog, opener);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(byId('cancel'));
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(byId('save'));
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(closeButton());
    await shiftTab();
    expect(deepActive()).to.equal(byId('save'));
    await shiftTab();
    await shiftTab();
    await shiftTab();
    expect(deepActive()).to.equal(closeButton());
    await shiftTab();
    expect(deepActive()).to.equal(byId('save'));
  });

  it('traps focus across controls inside other shadow roots', async () => {
    const dialog = await fixture<SuborgDialog>(html`
      <suborg-dialog label="Limits">
        <suborg-amount-input label="Threshold"></suborg-amount-input>
        <suborg-toggle label="Auto-recharge"></suborg-toggle>
        <button slot="footer" id="ok">OK</button>
      </suborg-dialog>
    `);
    dialog.show();
    await dialog.updateComplete;
    const amount = dialog.querySelector('suborg-amount-input')!.shadowRoot!.querySelector('input')!;
    const toggle = dialog.querySelector('suborg-toggle')!.shadowRoot!.querySelector('button')!;
    const ok = dialog.querySelector('#ok')!;
    const close = dialog.shadowRoot!.querySelector('[part="close-button"]')!;
    expect(deepActive()).to.equal(amount);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(toggle);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(ok);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(close);
    await shiftTab();
    expect(deepActive()).to.equal(ok);
    dialog.close();
  });

  it('closes on Escape, fires its events and returns focus to the opener', async () => {
    const { dialog, opener, native } = await setup();
    await openFrom(dialog, opener);
    const requests: DialogRequestCloseEvent[] = [];
    dialog.addEventListener('suborg-dialog-request-close', (e) => requests.push(e));
    const closed = oneEvent(dialog, 'suborg-dialog-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(requests.map((e) => e.detail.reason)).to.deep.equal(['escape']);
    expect(dialog.open).to.be.false;
    expect(native().open).to.be.false;
    expect(deepActive()).to.equal(opener);
  });

  it('closes with the close button, labelled for assistive tech', async () => {
    const { dialog, opener, closeButton } = await setup();
    dialog.closeLabel = 'Close dialog';
    await openFrom(dialog, opener);
    expect(closeButton().getAttribute('aria-label')).to.equal('Close dialog');
    const requests: string[] = [];
    dialog.addEventListener('suborg-dialog-request-close', (e) => requests.push(e.detail.reason));
    closeButton().click();
    await dialog.updateComplete;
    expect(dialog.open).to.be.false;
    expect(requests).to.deep.equal(['close-button']);
    expect(deepActive()).to.equal(opener);
  });

  it('stays open on Escape while prevent-close is set (repeatedly)', async () => {
    const { dialog, opener, native, closeButton } = await setup();
    dialog.preventClose = true;
    await openFrom(dialog, opener);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await nextTask();
    closeButton().click();
    await dialog.updateComplete;
    expect(dialog.open).to.be.true;
    expect(native().open).to.be.true;
    expect(closeButton().getAttribute('aria-disabled')).to.equal('true');
    dialog.preventClose = false;
    await dialog.updateComplete;
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.be.false;
  });

  it('stays open when the request-close event is canceled', async () => {
    const { dialog, opener } = await setup();
    await openFrom(dialog, opener);
    dialog.addEventListener('suborg-dialog-request-close', (e) => e.preventDefault(), { once: true });
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.be.true;
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.be.false;
  });

  it('opens and closes through the open attribute and close()', async () => {
    const { dialog, opener, native } = await setup();
    opener.focus();
    dialog.setAttribute('open', '');
    await dialog.updateComplete;
    expect(native().open).to.be.true;
    dialog.close();
    await dialog.updateComplete;
    expect(native().open).to.be.false;
    expect(dialog.hasAttribute('open')).to.be.false;
  });

  it('fits a 320 px wide viewport and scrolls at a short height (400% zoom)', async () => {
    await setViewport({ width: 320, height: 256 });
    const el = await fixture<SuborgDialog>(html`
      <suborg-dialog label="A rather long heading that has to wrap on a narrow screen" open>
        ${Array.from({ length: 20 }, (_, i) => html`<p>Paragraph ${i} with some words in it.</p>`)}
        <button slot="footer">OK</button>
      </suborg-dialog>
    `);
    const native = el.shadowRoot!.querySelector('dialog')!;
    const rect = native.getBoundingClientRect();
    expect(rect.width).to.be.at.most(320);
    expect(rect.height).to.be.at.most(256);
    expect(native.scrollWidth).to.be.at.most(native.clientWidth);
    expect(native.scrollHeight).to.be.greaterThan(native.clientHeight);
    el.close();
  });

  it('renders under forced colors, reduced motion and RTL without errors', async () => {
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    const el = await fixture<SuborgDialog>(html`<suborg-dialog dir="rtl" label="مرحبا" open><p>نص</p></suborg-dialog>`);
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.be.true;
    await expect(el).to.be.accessible();
    el.close();
  });
});
