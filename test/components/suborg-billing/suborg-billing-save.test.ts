import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ApiError } from '../../../src/api/errors.js';
import type { SuborgBilling } from '../../../src/components/suborg-billing/suborg-billing.js';
import type { SuborgBillingChangeEvent, SuborgBillingLeaveEvent } from '../../../src/components/suborg-billing/suborg-billing.events.js';
import type { FakeAdapter } from './helpers/fake-adapter.js';
import { $, answeringAdapter, makeOrg, mount, part, ready, text } from './helpers/mount.js';

function field(el: SuborgBilling, name: string): HTMLElement & { raw: string; error: string } {
  const f = $(el, `[name="${name}"]`);
  if (!f) throw new Error(`no field ${name}`);
  return f as HTMLElement & { raw: string; error: string };
}

/** Replaces a field's text with real key presses. */
async function typeInto(el: SuborgBilling, name: string, value: string): Promise<void> {
  const f = field(el, name);
  f.focus();
  const input = f.shadowRoot!.querySelector('input')!;
  input.select();
  if (value === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: value });
  await el.updateComplete;
}

async function clickSave(el: SuborgBilling): Promise<void> {
  part(el, 'save-button')!.click();
  await el.updateComplete;
}

function errorOf(el: SuborgBilling, name: string): string {
  return text(field(el, name).shadowRoot!.querySelector('[part~="error"]'));
}

async function mountReady(a: FakeAdapter = answeringAdapter(), opts: Parameters<typeof mount>[1] = {}): Promise<SuborgBilling> {
  const el = await mount(a, opts);
  await ready(el);
  return el;
}

describe('<suborg-billing> editing and saving', () => {
  it('starts clean; an edit makes it dirty and updates the preview; Cancel restores', async () => {
    const el = await mountReady();
    expect(el.dirty).to.be.false;
    expect(part(el, 'save-button')!.getAttribute('aria-disabled')).to.equal('true');
    expect(text(part(el, 'recharge-preview'))).to.equal('When the balance drops below 50 credits, add 200 credits.');
    await typeInto(el, 'autoRecharge.rechargeAmount', '1');
    expect(el.dirty).to.be.true;
    expect(text(part(el, 'recharge-preview'))).to.equal('When the balance drops below 50 credits, add 1 credit.');
    expect(text(part(el, 'form-status'))).to.equal('You have unsaved changes.');
    await expect(el).to.be.accessible();
    part(el, 'cancel-button')!.click();
    await el.updateComplete;
    expect(el.dirty).to.be.false;
    expect(field(el, 'autoRecharge.rechargeAmount').raw).to.equal('200');
  });

  it('toggles auto-recharge with Space and saves enabled:false with If-Match', async () => {
    const a = answeringAdapter();
    const el = await mountReady(a);
    const toggle = field(el, 'autoRecharge.enabled');
    toggle.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(text(part(el, 'recharge-preview'))).to.contain('Auto-recharge is off');
    expect($(el, '[name="autoRecharge.rechargeAmount"]')).to.equal(null);
    const saved = makeOrg({ updatedAt: '2026-11-02T00:00:00.000Z' }, { autoRecharge: { enabled: false, rechargeThreshold: 5000, rechargeAmount: 20000 } });
    const events: SuborgBillingChangeEvent[] = [];
    el.addEventListener('suborg-billing-change', (e) => events.push(e));
    await clickSave(el);
    const call = await a.next('updateBilling');
    expect(call.input.patch).to.deep.equal({ autoRecharge: { enabled: false } });
    expect(call.input.ifMatch).to.equal('2026-11-01T10:00:00.000Z');
    expect(call.input.signal, 'writes are not aborted').to.equal(undefined);
    expect(text(part(el, 'save-button'))).to.equal('Saving…');
    call.resolve(saved);
    await waitUntil(() => events.length === 1);
    expect(events[0]!.detail.billing.autoRecharge.enabled).to.be.false;
    expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
    // Every element event is a CustomEvent, as a framework host reading `detail` expects.
    expect(events[0]).to.be.instanceOf(CustomEvent);
    await el.updateComplete;
    expect(el.dirty).to.be.false;
    expect(text(part(el, 'announcer'))).to.equal('Billing settings saved.');
  });

  it('changes the cap and the threshold and sends them as integer units', async () => {
    const a = answeringAdapter();
    const el = await mountReady(a);
    await typeInto(el, 'autoRecharge.rechargeThreshold', '12.34');
    await typeInto(el, 'spendingCap.amount', '250.5');
    await clickSave(el);
    const call = await a.next('updateBilling');
    expect(call.input.patch).to.deep.equal({
      autoRecharge: { enabled: true, rechargeThreshold: 1234, rechargeAmount: 20000 },
      spendingCap: { enabled: true, amount: { amount: 25050, currency: 'usd' } },
    });
    call.resolve(makeOrg());
  });

  it('keeps focus on Save, by keyboard, through the refetch its own write triggers', async () => {
    const a = answeringAdapter();
    const el = await mountReady(a);
    await typeInto(el, 'spendingCap.amount', '600');
    const save = part(el, 'save-button')!;
    save.focus();
    await sendKeys({ press: 'Enter' });
    (await a.next('updateBilling')).resolve(makeOrg());
    // The adapter announces the write; the element refetches (stale, then ready again).
    a.responders.getSubOrg = undefined;
    a.emitChange({ entity: 'billing', op: 'update', ids: ['sub_1'] });
    await waitUntil(() => part(el, 'stale-banner'));
    // Compared as booleans: a failing equal() on two elements makes chai walk their whole trees.
    expect(el.shadowRoot!.activeElement === save, 'focus stays on Save while stale').to.be.true;
    (await a.next('getSubOrg')).resolve(makeOrg());
    await waitUntil(() => !part(el, 'stale-banner'));
    expect(part(el, 'save-button') === save, 'the same button, not a new one').to.be.true;
    expect(el.shadowRoot!.activeElement === save, 'focus still on Save').to.be.true;
  });

  it('keeps the field being typed in, and its text, when a change from elsewhere refetches', async () => {
    const a = answeringAdapter();
    const el = await mountReady(a);
    await typeInto(el, 'autoRecharge.rechargeThreshold', '7');
    const typing = field(el, 'autoRecharge.rechargeThreshold');
    a.responders.getSubOrg = undefined;
    a.emitChange({ entity: 'billing', op: 'update', ids: ['sub_1'] });
    (await a.next('getSubOrg')).resolve(makeOrg({ balance: 100 }));
    await waitUntil(() => text(part(el, 'balance')) === '1 credit');
    expect(el.shadowRoot!.activeElement === typing, 'focus stays in the field').to.be.true;
    await sendKeys({ type: '5' });
    expect(field(el, 'autoRecharge.rechargeThreshold').raw).to.equal('75');
  });

  for (const bad of ['-5', '1e21', 'NaN', '12.345']) {
    it(`refuses "${bad}" as threshold and as amount, says why, and sends nothing`, async () => {
      const a = answeringAdapter();
      const el = await mountReady(a);
      await typeInto(el, 'autoRecharge.rechargeThreshold', bad);
      await typeInto(el, 'autoRecharge.rechargeAmount', bad);
      await clickSave(el);
      await el.updateComplete;
      expect(a.count('updateBilling')).to.equal(0);
      expect(errorOf(el, 'autoRecharge.rechargeThreshold')).to.not.equal('');
      expect(errorOf(el, 'autoRecharge.rechargeAmount')).to.not.equal('');
      expect(field(el, 'autoRecharge.rechargeThreshold').raw, 'what was typed is kept').to.equal(bad);
      expect(text(part(el, 'announcer'))).to.equal('Fix the highlighted fields and save again.');
      expect(el.shadowRoot!.activeElement).to.equal(field(el, 'autoRecharge.rechargeThreshold'));
      await expect(el).to.be.accessible();
    });
  }

  it('refuses an amount of 0 while auto-recharge is on', async () => {
    const a = answeringAdapter();
    const el = await mountReady(a);
    await typeInto(el, 'autoRecharge.rechargeAmount', '0');
    await clickSave(el);
    expect(a.count('updateBilling')).to.equal(0);
    expect(errorOf(el, 'autoRecharge.rechargeAmount')).to.equal('The amount must be greater than zero.');
  });

  it('refuses a cap of 12.345 in USD and 12.5 in JPY', async () => {
    const a = answeringAdapter();
    const el = await mountReady(a);
    await typeInto(el, 'spendingCap.amount', '12.345');
    await clickSave(el);
    expect(errorOf(el, 'spendingCap.amount')).to.equal('Too many decimal places.');

    const jpy = answeringAdapter(makeOrg({ spendingCapUsed: { amount: 0, currency: 'jpy' } }, { currency: 'jpy', spendingCap: { enabled: true, amount: { amount: 5000, currency: 'jpy' }, resetAt: null } }));
    const el2 = await mountReady(jpy);
    expect(field(el2, 'spendingCap.amount').raw).to.equal('5000');
    await typeInto(el2, 'spendingCap.amount', '12.5');
    await clickSave(el2);
    expect(errorOf(el2, 'spendingCap.amount')).to.equal('Too many decimal places.');
    expect(a.count('updateBilling') + jpy.count('updateBilling')).to.equal(0);
  });

  it('reads 1,5 in German as 1.5 and refuses it in English; accepts Arabic-Indic digits', async () => {
    const de = answeringAdapter();
    const elDe = await mountReady(de, { locale: 'de-DE' });
    expect(field(elDe, 'autoRecharge.rechargeThreshold').raw).to.equal('50');
    await typeInto(elDe, 'autoRecharge.rechargeThreshold', '1,5');
    await clickSave(elDe);
    expect((await de.next('updateBilling')).input.patch).to.deep.include({ autoRecharge: { enabled: true, rechargeThreshold: 150, rechargeAmount: 20000 } });

    const en = answeringAdapter();
    const elEn = await mountReady(en);
    await typeInto(elEn, 'autoRecharge.rechargeThreshold', '1,5');
    await clickSave(elEn);
    expect(en.count('updateBilling')).to.equal(0);
    expect(errorOf(elEn, 'autoRecharge.rechargeThreshold')).to.contain('ambiguous');
    await typeInto(elEn, 'autoRecharge.rechargeThreshold', '1.5');
    await clickSave(elEn);
    expect((await en.next('updateBilling')).input.patch).to.deep.include({ autoRecharge: { enabled: true, rechargeThreshold: 150, rechargeAmount: 20000 } });

    const ar = answeringAdapter();
    const elAr = await mountReady(ar, { locale: 'ar-EG' });
    await typeInto(elAr, 'autoRecharge.rechargeAmount', '٣٠٠');
    await clickSave(elAr);
    expect((await ar.next('updateBilling')).input.patch).to.deep.include({ autoRecharge: { enabled: true, rechargeThreshold: 5000, rechargeAmount: 30000 } });
  });

  it('rewrites untouched amounts when the locale changes', async () => {
    const el = await mountReady(answeringAdapter(makeOrg({}, { autoRecharge: { enabled: true, rechargeThreshold: 1250, rechargeAmount: 20000 } })));
    expect(field(el, 'autoRecharge.rechargeThreshold').raw).to.equal('12.5');
    el.locale = 'de-DE';
    await el.updateComplete;
    await el.updateComplete;
    expect(field(el, 'autoRecharge.rechargeThreshold').raw).to.equal('12,5');
    expect(el.dirty).to.be.false;
  });

  it('allows a cap below what is already used, with a warning', async () => {
    const a = answeringAdapter(makeOrg({ spendingCapUsed: { amount: 6000, currency: 'usd' } }));
    const el = await mountReady(a);
    expect(part(el, 'cap-below-used')).to.equal(null);
    await typeInto(el, 'spendingCap.amount', '50');
    expect(text(part(el, 'cap-below-used'))).to.contain('($60.00)');
    await expect(el).to.be.accessible();
    await clickSave(el);
    expect((await a.next('updateBilling')).input.patch).to.deep.equal({ spendingCap: { enabled: true, amount: { amount: 5000, currency: 'usd' } } });
  });

  it('shows a server 422 at the named field, keeps the edits, and fires suborg-error', async () => {
    const a = answeringAdapter();
    const el = await mountReady(a);
    const errors: Event[] = [];
    el.addEventListener('suborg-error', (e) => errors.push(e));
    await typeInto(el, 'spendingCap.amount', '999999');
    await clickSave(el);
    (await a.next('updateBilling')).reject(
      new ApiError({ kind: 'validation', status: 422, code: 'invalid', message: 'Invalid', fields: { 'spendingCap.amount': 'Above the plan maximum of $5,000.' } }),
    );
    await waitUntil(() => errorOf(el, 'spendingCap.amount') === 'Above the plan maximum of $5,000.');
    expect(field(el, 'spendingCap.amount').raw).to.equal('999999');
    expect(el.dirty).to.be.true;
    expect(errors).to.have.length(1);
    expect(text(part(el, 'form-error'))).to.contain('The changes were not saved.');
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'spendingCap.amount'));
    await expect(el).to.be.accessible();
    // Editing the field clears its server message.
    await typeInto(el, 'spendingCap.amount', '4000');
    expect(errorOf(el, 'spendingCap.amount')).to.equal('');
  });

  it('on 409 stale keeps the edits and offers Reload, which rebases onto the latest version', async () => {
    const a = answeringAdapter();
    const el = await mountReady(a);
    await typeInto(el, 'autoRecharge.rechargeAmount', '300');
    await clickSave(el);
    (await a.next('updateBilling')).reject(new ApiError({ kind: 'conflict', status: 409, code: 'stale' }));
    await waitUntil(() => part(el, 'conflict'));
    expect(text(part(el, 'conflict'))).to.contain('changed elsewhere');
    expect(field(el, 'autoRecharge.rechargeAmount').raw).to.equal('300');
    await expect(el).to.be.accessible();

    const latest = makeOrg({ updatedAt: '2026-11-05T00:00:00.000Z' }, { autoRecharge: { enabled: true, rechargeThreshold: 7000, rechargeAmount: 20000 } });
    a.responders.getSubOrg = () => structuredClone(latest);
    part(el, 'reload-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'conflict') === null);
    expect(field(el, 'autoRecharge.rechargeAmount').raw, 'edit kept').to.equal('300');
    expect(field(el, 'autoRecharge.rechargeThreshold').raw, 'latest value shown').to.equal('50');
    // The Reload button is gone: focus moves on to Save, and the outcome is said.
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'save-button'), 'focus on Save after Reload');
    expect(text(part(el, 'announcer'))).to.equal('Latest values loaded. Your edits are kept; save to apply them.');
    await expect(el).to.be.accessible();
    await clickSave(el);
    const retry = await a.next('updateBilling');
    expect(retry.input.ifMatch).to.equal('2026-11-05T00:00:00.000Z');
    retry.resolve(latest);
  });

  it('sends one request for a double click on Save', async () => {
    const a = answeringAdapter();
    const el = await mountReady(a);
    await typeInto(el, 'autoRecharge.rechargeAmount', '300');
    const save = part(el, 'save-button')!;
    save.click();
    save.click();
    await el.updateComplete;
    save.click();
    expect(a.count('updateBilling')).to.equal(1);
    expect(save.getAttribute('aria-disabled')).to.equal('true');
    expect(text(part(el, 'form-status'))).to.equal('Saving…');
    await expect(el).to.be.accessible();
    (await a.next('updateBilling')).resolve(makeOrg());
  });

  it('completes a save when removed mid-way and still tells the host (on the element)', async () => {
    const a = answeringAdapter();
    const el = await mountReady(a);
    await typeInto(el, 'autoRecharge.rechargeAmount', '300');
    const events: SuborgBillingChangeEvent[] = [];
    const onDocument: Event[] = [];
    el.addEventListener('suborg-billing-change', (e) => events.push(e));
    document.addEventListener('suborg-billing-change', (e) => onDocument.push(e));
    await clickSave(el);
    const call = await a.next('updateBilling');
    el.remove();
    call.resolve(makeOrg({}, { autoRecharge: { enabled: true, rechargeThreshold: 5000, rechargeAmount: 30000 } }));
    await waitUntil(() => events.length === 1);
    expect(call.aborted).to.be.false;
    expect(events[0]!.detail.billing.autoRecharge.rechargeAmount).to.equal(30000);
    expect(onDocument, 'a disconnected element reaches no document listener').to.have.length(0);
  });

  it('a failed save while removed still reports suborg-error on the element', async () => {
    const a = answeringAdapter();
    const el = await mountReady(a);
    await typeInto(el, 'autoRecharge.rechargeAmount', '300');
    const errors: Event[] = [];
    el.addEventListener('suborg-error', (e) => errors.push(e));
    await clickSave(el);
    const call = await a.next('updateBilling');
    el.remove();
    call.reject(new ApiError({ kind: 'http', status: 500 }));
    await waitUntil(() => errors.length === 1);
  });
});

describe('<suborg-billing> leaving unsaved edits', () => {
  it('asks before switching sub-org while dirty; cancelling keeps the sub-org and the edits', async () => {
    const a = answeringAdapter();
    const el = await mountReady(a);
    await typeInto(el, 'autoRecharge.rechargeAmount', '300');
    const seen: SuborgBillingLeaveEvent[] = [];
    const stay = (e: SuborgBillingLeaveEvent) => {
      seen.push(e);
      e.preventDefault();
    };
    el.addEventListener('suborg-billing-leave', stay);
    el.subOrgId = 'sub_2';
    await el.updateComplete;
    expect(seen[0]!.detail).to.deep.equal({ subOrgId: 'sub_1', reason: 'sub-org-change', nextSubOrgId: 'sub_2' });
    expect(el.subOrgId).to.equal('sub_1');
    expect(field(el, 'autoRecharge.rechargeAmount').raw).to.equal('300');

    el.removeEventListener('suborg-billing-leave', stay);
    a.responders.getSubOrg = () => makeOrg({ id: 'sub_2', name: 'Beta' });
    el.subOrgId = 'sub_2';
    await waitUntil(() => text($(el, 'h2')).includes('Beta'));
    expect(el.dirty).to.be.false;
    expect(field(el, 'autoRecharge.rechargeAmount').raw).to.equal('200');
  });

  it('requestLeave() fires the event only while dirty', async () => {
    const el = await mountReady();
    let fired = 0;
    el.addEventListener('suborg-billing-leave', (e) => {
      fired++;
      e.preventDefault();
    });
    expect(el.requestLeave()).to.be.true;
    expect(fired).to.equal(0);
    await typeInto(el, 'autoRecharge.rechargeAmount', '300');
    expect(el.requestLeave()).to.be.false;
    expect(fired).to.equal(1);
  });

  it('guards beforeunload when the host opts in', async () => {
    const el = await mountReady();
    const unload = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    await typeInto(el, 'autoRecharge.rechargeAmount', '300');
    expect(unload(), 'no opt-in, no listener').to.be.false;
    el.guardUnload = true;
    expect(unload()).to.be.true;
    el.discardChanges();
    expect(unload()).to.be.false;
  });
});
