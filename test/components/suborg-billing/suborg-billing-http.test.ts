// <suborg-billing> against the reference API over real HTTP, through the REST adapter.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AdapterChange } from '../../../src/api/adapter.js';
import { onAdapterChange } from '../../../src/api/adapter.js';
import { createRestAdapter } from '../../../src/api/rest/rest-adapter.js';
import type { SubOrgAdapter } from '../../../src/api/adapter.js';
import '../../../src/components/suborg-billing/suborg-billing.define.js';
import type { SuborgBilling } from '../../../src/components/suborg-billing/suborg-billing.js';
import type { SuborgBillingChangeEvent, SuborgPortalOpenEvent } from '../../../src/components/suborg-billing/suborg-billing.events.js';
import { $, $$, MemoryStore, editable, part, ready, text } from './helpers/mount.js';

function tenant(): string {
  return `billing-${Math.random().toString(36).slice(2, 10)}`;
}

async function billingFor(adapter: SubOrgAdapter, subOrgId: string, view: 'agency' | 'client' = 'agency'): Promise<SuborgBilling> {
  const el = await fixture<SuborgBilling>(
    html`<suborg-billing .adapter=${adapter} .noticeStore=${new MemoryStore()} org-id="org_agency" sub-org-id=${subOrgId} view=${view} locale="en-US" time-zone="UTC"></suborg-billing>`,
  );
  await ready(el);
  // Edit fields appear only once the agency's role is known (fail closed).
  if (view === 'agency') await editable(el);
  return el;
}

async function typeInto(el: SuborgBilling, name: string, value: string): Promise<void> {
  const f = $(el, `[name="${name}"]`)!;
  f.focus();
  (f.shadowRoot?.querySelector('input') ?? (f as HTMLInputElement)).select();
  await sendKeys({ type: value });
  await el.updateComplete;
}

function raw(el: SuborgBilling, name: string): string {
  return ($(el, `[name="${name}"]`) as HTMLElement & { raw: string }).raw;
}

describe('<suborg-billing> over HTTP (reference API)', function () {
  this.timeout(20_000);
  let adapter: SubOrgAdapter;

  beforeEach(() => {
    adapter = createRestAdapter({ baseUrl: `/api/t/${tenant()}`, getToken: () => 't' });
  });

  it('saves auto-recharge and the cap; a re-created element shows them kept', async () => {
    const el = await billingFor(adapter, 'org_acme_dental');
    const toggle = $(el, '[name="autoRecharge.enabled"]')!;
    if (!(toggle as HTMLElement & { checked: boolean }).checked) {
      toggle.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
    }
    await typeInto(el, 'autoRecharge.rechargeThreshold', '50');
    await typeInto(el, 'autoRecharge.rechargeAmount', '200.5');
    const capToggle = $(el, '[name="spendingCap.enabled"]') as HTMLElement & { checked: boolean };
    if (!capToggle.checked) {
      capToggle.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
    }
    await typeInto(el, 'spendingCap.amount', '750.25');
    const saved = new Promise<SuborgBillingChangeEvent>((resolve) => el.addEventListener('suborg-billing-change', resolve, { once: true }));
    part(el, 'save-button')!.click();
    const event = await saved;
    expect(event.detail.billing.autoRecharge).to.deep.equal({ enabled: true, rechargeThreshold: 5000, rechargeAmount: 20050 });
    expect(event.detail.billing.spendingCap.amount).to.deep.equal({ amount: 75025, currency: 'usd' });
    el.remove();

    const again = await billingFor(adapter, 'org_acme_dental');
    expect(raw(again, 'autoRecharge.rechargeThreshold')).to.equal('50');
    expect(raw(again, 'autoRecharge.rechargeAmount')).to.equal('200.5');
    expect(raw(again, 'spendingCap.amount')).to.equal('750.25');
    expect(text(part(again, 'recharge-preview'))).to.equal('When the balance drops below 50 credits, add 200.50 credits.');
    expect(again.dirty).to.be.false;
  });

  it('shows the failed-payment alert from the seed', async () => {
    const el = await billingFor(adapter, 'org_summit_plumbing');
    const alert = part(el, 'payment-alert')!;
    expect(text(alert)).to.contain('The last payment failed on');
    expect(text(alert)).to.contain('Your card was declined: insufficient funds.');
    expect(text(part(el, 'payment-method'))).to.equal('Mastercard ending in 0341');
    await expect(el).to.be.accessible();
  });

  it('shows the JPY and KWD caps in their currency precision', async () => {
    const jpy = await billingFor(adapter, 'org_sakura_sushi');
    expect(text(part(jpy, 'cap-used'))).to.equal('¥12,345 of ¥50,000 used this period (24%)');
    expect(raw(jpy, 'spendingCap.amount')).to.equal('50000');
    const kwd = await billingFor(adapter, 'org_gulf_pearl');
    expect(text(part(kwd, 'cap-used'))).to.equal('KWD 98.125 of KWD 150.500 used this period (65%)');
    expect(raw(kwd, 'spendingCap.amount')).to.equal('150.5');
  });

  it('shows the cap-reached notice and warning from the seed', async () => {
    const el = await billingFor(adapter, 'org_pinecrest_auto');
    expect(part(el, 'cap-warning')!.dataset.level).to.equal('reached');
    expect($$(el, '[part~="notice"]').map((n) => n.dataset.notice)).to.include('spending-cap');
  });

  it('allocates credits: the balance comes from the answer, the adapter fires change for both orgs', async () => {
    const changes: AdapterChange[] = [];
    onAdapterChange(adapter, (c) => changes.push(c));
    const el = await billingFor(adapter, 'org_acme_dental');
    await waitUntil(() => text(part(el, 'pool-balance')).includes('credits') && !text(part(el, 'pool-balance')).includes('unavailable'));
    const poolBefore = text(part(el, 'pool-balance'));
    await typeInto(el, 'credits.amount', '10');
    await typeInto(el, 'credits.reason', 'HTTP test top-up');
    part(el, 'credits-submit')!.click();
    await waitUntil(() => text(part(el, 'balance')) === '1,260 credits', 'balance updated', { timeout: 5000 });
    expect(changes.some((c) => c.ids.includes('org_acme_dental') && c.ids.includes('org_agency')), JSON.stringify(changes)).to.be.true;
    await waitUntil(() => text(part(el, 'pool-balance')) !== poolBefore, 'the pool refetched');
  });

  it('409 stale when another tab saved first: edits kept, Reload rebases and the next save wins', async () => {
    // Two panels on one sub-org, both edited from the same version.
    const a = await billingFor(adapter, 'org_blue_harbor');
    const second = await billingFor(adapter, 'org_blue_harbor');
    await typeInto(a, 'autoRecharge.rechargeAmount', '300');
    await typeInto(second, 'autoRecharge.rechargeAmount', '400');
    const savedA = new Promise((r) => a.addEventListener('suborg-billing-change', r, { once: true }));
    part(a, 'save-button')!.click();
    await savedA;
    expect(second.dirty).to.be.true;
    part(second, 'save-button')!.click();
    await waitUntil(() => part(second, 'conflict'), 'conflict shown', { timeout: 5000 });
    expect(raw(second, 'autoRecharge.rechargeAmount')).to.equal('400');
    part(second, 'reload-button')!.click();
    await waitUntil(() => !part(second, 'conflict'));
    const savedB = new Promise<SuborgBillingChangeEvent>((r) => second.addEventListener('suborg-billing-change', r, { once: true }));
    part(second, 'save-button')!.click();
    expect((await savedB).detail.billing.autoRecharge.rechargeAmount).to.equal(40000);
  });

  it('pages the payment history and opens a same-origin portal link', async () => {
    const el = await billingFor(adapter, 'org_acme_dental');
    await waitUntil(() => part(el, 'payments-table'), 'history', { timeout: 5000 });
    expect($$(el, '[part~="payment-row"]').length).to.be.greaterThan(0);
    const opened = new Promise<SuborgPortalOpenEvent>((resolve) =>
      el.addEventListener(
        'suborg-portal-open',
        (e) => {
          e.preventDefault();
          resolve(e);
        },
        { once: true },
      ),
    );
    part(el, 'portal-button')!.click();
    const event = await opened;
    expect(new URL(event.detail.url).origin).to.equal(location.origin);
    expect(event.detail.url).to.contain('org_acme_dental');
  });

  it('a 429 with Retry-After: the panel says it will retry, then shows the data; accessible', async () => {
    const base = `/api/t/${tenant()}`;
    const faults = [{ kind: 'status-429', match: { method: 'GET', path: '/orgs/org_agency/orgs/org_acme_dental' }, times: 1, retryAfter: '1' }];
    const set = await fetch(`${base}/__control/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ faults }) });
    expect(set.ok, 'faults set').to.be.true;
    const el = await fixture<SuborgBilling>(
      html`<suborg-billing .adapter=${createRestAdapter({ baseUrl: base, getToken: () => 't' })} .noticeStore=${new MemoryStore()} org-id="org_agency" sub-org-id="org_acme_dental" locale="en-US" time-zone="UTC"></suborg-billing>`,
    );
    await waitUntil(() => part(el, 'banner'), 'retry announced');
    expect(text(part(el, 'banner'))).to.contain('trying again in 1 s');
    await expect(el).to.be.accessible();
    await ready(el);
    expect(text(part(el, 'balance'))).to.equal('1,250 credits');
  });
});
