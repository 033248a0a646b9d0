import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/internal/confirm-dialog.define.js';

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

async function setup(confirmText = 'Acme Corp') {
  const root = await wrapperFixture(html`
    <div>
      <button id="opener">Delete…</button>
      <suborg-confirm-dialog
        label="Delete Acme Corp?"
        message="This removes the workspace for everyone in it."
        confirm-label="Delete workspace"
        confirm-text=${confirmText}
        danger
      ></suborg-confirm-dialog>
    </div>
  `);
  const el = root.querySelector('suborg-confirm-dialog')!;
  const opener = root.querySelector<HTMLButtonElement>('#opener')!;
  const shadow = el.shadowRoot!;
  const part = <T extends HTMLElement>(name: string) => shadow.querySelector<T>(`[part="${name}"]`)!;
  const inner = () => part<HTMLElement & { open: boolean }>('dialog');
  const native = () => inner().shadowRoot!.querySelector('dialog')!;
  const events: string[] = [];
  el.addEventListener('suborg-confirm', () => events.push('confirm'));
  el.addEventListener('suborg-cancel', () => events.push('cancel'));
  const settle = async () => {
    await el.updateComplete;
    await (inner() as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  };
  const open = async () => {
    opener.focus();
    el.show();
    await settle();
  };
  return { el, opener, part, native, events, settle, open };
}

describe('suborg-confirm-dialog', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is closed and axe-clean by default', async () => {
    const { el, native } = await setup();
    expect(native().open).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('opens named by its heading, described by its message', async () => {
    const { el, native, open, part } = await setup();
    await open();
    expect(native().matches(':modal')).to.be.true;
    expect(native().getAttribute('role')).to.equal('alertdialog');
    expect(native().getAttribute('aria-labelledby')).to.equal('heading');
    expect(native().getAttribute('aria-describedby')).to.equal('description');
    expect(part('message').textContent).to.equal('This removes the workspace for everyone in it.');
    expect(part('confirm-button').classList.contains('danger')).to.be.true;
    // The confirmation is the narrow dialog (24rem) unless --suborg-dialog-width says otherwise.
    expect(native().getBoundingClientRect().width).to.equal(384);
    el.style.setProperty('--suborg-dialog-width', '30rem');
    expect(native().getBoundingClientRect().width).to.equal(480);
    await expect(el).to.be.accessible();
  });

  it('requires the exact name typed (trimmed) before confirming', async () => {
    const { el, open, part, events, settle } = await setup();
    await open();
    const input = part<HTMLInputElement>('confirm-input');
    const label = el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!;
    expect(label.textContent).to.equal('Type “Acme Corp” to confirm');
    expect(deepActive()).to.equal(input);
    const confirm = part<HTMLButtonElement>('confirm-button');
    expect(confirm.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ type: 'acme corp' });
    await settle();
    confirm.click();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(events).to.deep.equal([]);
    expect(confirm.getAttribute('aria-disabled')).to.equal('true');
    input.select();
    await sendKeys({ type: '  Acme Corp ' });
    await settle();
    expect(confirm.getAttribute('aria-disabled')).to.equal('false');
    expect(el.canConfirm).to.be.true;
  });

  it('confirms with Enter in the field, closes and returns focus to the opener', async () => {
    const { el, opener, open, events, native, settle } = await setup();
    await open();
    await sendKeys({ type: 'Acme Corp' });
    await settle();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(events).to.deep.equal(['confirm']);
    expect(el.open).to.be.false;
    expect(native().open).to.be.false;
    expect(deepActive()).to.equal(opener);
  });

  it('stays open and blocks closing while busy; an error keeps the typed text', async () => {
    const { el, opener, open, part, events, native, settle } = await setup();
    el.addEventListener('suborg-confirm', () => {
      el.busy = true;
    });
    await open();
    await sendKeys({ type: 'Acme Corp' });
    await settle();
    part<HTMLButtonElement>('confirm-button').click();
    await settle();
    expect(el.open).to.be.true;
    expect(part('confirm-button').textContent).to.contain('Working…');
    expect(part('confirm-button').getAttribute('aria-disabled')).to.equal('true');

    await sendKeys({ press: 'Escape' });
    part<HTMLButtonElement>('cancel-button').click();
    el.shadowRoot!.querySelector('suborg-dialog')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
    await settle();
    expect(el.open).to.be.true;
    expect(native().open).to.be.true;
    expect(events).to.deep.equal(['confirm']);

    el.busy = false;
    el.error = 'The server could not delete the workspace. Try again.';
    await settle();
    expect(part('error').getAttribute('role')).to.equal('alert');
    expect(part('error').textContent).to.equal('The server could not delete the workspace. Try again.');
    expect(part<HTMLInputElement>('confirm-input').value).to.equal('Acme Corp');
    await expect(el).to.be.accessible();

    part<HTMLButtonElement>('confirm-button').click();
    await settle();
    expect(el.error).to.equal('');
    el.close();
    await settle();
    expect(native().open).to.be.false;
    expect(deepActive()).to.equal(opener);
  });

  it('stays open when the confirm event is canceled', async () => {
    const { el, open, events, settle } = await setup('');
    el.addEventListener('suborg-confirm', (e) => e.preventDefault());
    await open();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
    await settle();
    expect(events).to.deep.equal(['confirm']);
    expect(el.open).to.be.true;
    el.close();
  });

  it('cancels with the Cancel button (focused first without a typed confirmation) and with Escape', async () => {
    const { el, opener, open, part, events, settle } = await setup('');
    await open();
    expect(deepActive()).to.equal(part('cancel-button'));
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(events).to.deep.equal(['cancel']);
    expect(el.open).to.be.false;
    expect(deepActive()).to.equal(opener);
    await open();
    await sendKeys({ press: 'Escape' });
    await settle();
    expect(events).to.deep.equal(['cancel', 'cancel']);
    expect(el.open).to.be.false;
  });

  it('starts fresh when reopened', async () => {
    const { el, open, part, settle } = await setup();
    await open();
    await sendKeys({ type: 'Acme' });
    await settle();
    await sendKeys({ press: 'Escape' });
    await settle();
    await open();
    expect(part<HTMLInputElement>('confirm-input').value).to.equal('');
    el.close();
  });

  it('fits a 320 px viewport and renders in forced colors and reduced motion', async () => {
    await setViewport({ width: 320, height: 480 });
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    const { el, open, native, settle } = await setup('A very long workspace name that has to wrap somewhere');
    await open();
    el.error = 'Something failed.';
    el.busy = true;
    await settle();
    expect(native().getBoundingClientRect().width).to.be.at.most(320);
    expect(native().scrollWidth).to.be.at.most(native().clientWidth);
    await expect(el).to.be.accessible();
    el.close();
  });
});
