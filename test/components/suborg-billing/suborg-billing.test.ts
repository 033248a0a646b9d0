import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ApiError } from '../../../src/api/errors.js';
import type { SuborgBuyCreditsEvent } from '../../../src/components/suborg-billing/suborg-billing.events.js';
import '../../../src/context/locale-de.define.js';
import { dismissalKey } from '../../../src/domain/billing-notices.js';
import { FakeAdapter } from './helpers/fake-adapter.js';
import { $, $$, MemoryStore, answeringAdapter, makeOrg, makeParent, makePayment, mount, page, part, ready, text } from './helpers/mount.js';

describe('<suborg-billing> rendering and states', () => {
  it('shows plan, balances, promo reset date, credit mode and the card', async () => {
    const el = await mount(answeringAdapter());
    await ready(el);
    const summary = text(part(el, 'summary'));
    expect(summary).to.contain('Growth');
    expect(text(part(el, 'balance'))).to.equal('1,234.50 credits');
    expect(text(part(el, 'promo-balance'))).to.contain('10 credits');
    expect(text(part(el, 'promo-balance'))).to.contain('Resets Dec 15, 2026');
    expect(text(part(el, 'credit-mode'))).to.equal("Uses the agency's credit pool");
    expect(text(part(el, 'payment-method'))).to.equal('Visa ending in 4242');
    expect(part(el, 'payment-alert')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says "buys its own credits" in reselling mode', async () => {
    const el = await mount(answeringAdapter(makeOrg({}, { useParentBalance: false })));
    await ready(el);
    expect(text(part(el, 'credit-mode'))).to.equal('Buys its own credits');
  });

  it('alerts on a failed payment method, rendering brand and message with markup as text', async () => {
    const org = makeOrg(
      {},
      {
        paymentMethod: {
          type: 'card',
          paymentMethodId: 'pm_x',
          brand: '<img src=x onerror=alert(1)>',
          last4: '0002',
          inactive: true,
          failedAt: '2026-11-20T08:00:00.000Z',
          failedMessage: '<b>Card declined</b> "insufficient funds"',
        },
      },
    );
    const el = await mount(answeringAdapter(org));
    await ready(el);
    const alert = part(el, 'payment-alert')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.contain('The last payment failed on Nov 20, 2026.');
    expect(text(alert)).to.contain('Reason: <b>Card declined</b> "insufficient funds"');
    expect(text(alert)).to.contain('inactive');
    expect(text(part(el, 'payment-method'))).to.equal('<img src=x onerror=alert(1)> ending in 0002');
    expect($(el, 'img')).to.equal(null);
    expect($(el, 'b')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a loading state, then the data', async () => {
    const a = new FakeAdapter();
    a.responders.getOrg = () => makeOrg({ id: 'org_agency' });
    a.responders.listPayments = () => page([]);
    const el = await mount(a);
    expect(part(el, 'loading'), 'skeleton').to.exist;
    expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    (await a.next('getSubOrg')).resolve(makeOrg());
    await ready(el);
    expect(part(el, 'loading')).to.equal(null);
  });

  it('shows an error with Retry, and Retry (by keyboard) loads again', async () => {
    const a = new FakeAdapter();
    a.responders.getOrg = () => makeOrg({ id: 'org_agency' });
    a.responders.listPayments = () => page([]);
    const errors: Event[] = [];
    const el = await mount(a);
    el.addEventListener('suborg-error', (e) => errors.push(e));
    (await a.next('getSubOrg')).reject(new ApiError({ kind: 'http', status: 500 }));
    await waitUntil(() => part(el, 'error'));
    expect(text(part(el, 'error'))).to.contain('The server had a problem');
    expect(errors).to.have.length(1);
    await expect(el).to.be.accessible();
    part(el, 'retry-button')!.focus();
    await sendKeys({ press: 'Enter' });
    (await a.next('getSubOrg')).resolve(makeOrg());
    await ready(el);
  });

  it('says there is no access on 403, without a Retry', async () => {
    const a = new FakeAdapter();
    a.responders.getSubOrg = () => {
      throw new ApiError({ kind: 'forbidden', status: 403 });
    };
    a.responders.getOrg = () => makeOrg({ id: 'org_agency' });
    a.responders.listPayments = () => page([]);
    const el = await mount(a);
    await waitUntil(() => part(el, 'error'));
    expect(text(part(el, 'error'))).to.contain("You don't have access.");
    expect(part(el, 'retry-button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('asks for a sub-org when none is given', async () => {
    const el = await mount(answeringAdapter(), { subOrgId: null });
    await el.updateComplete;
    expect(text(part(el, 'idle'))).to.equal('No sub-organization selected.');
    await expect(el).to.be.accessible();
  });

  it('shows a stale banner while a refetch runs after an adapter change event, keeping the data', async () => {
    const a = answeringAdapter();
    const el = await mount(a);
    await ready(el);
    a.responders.getSubOrg = undefined;
    a.emitChange({ entity: 'billing', op: 'update', ids: ['sub_1'] });
    await waitUntil(() => part(el, 'stale-banner'));
    expect(part(el, 'summary')).to.exist;
    await expect(el).to.be.accessible();
    (await a.next('getSubOrg')).resolve(makeOrg({ balance: 100 }));
    await waitUntil(() => text(part(el, 'balance')) === '1 credit');
  });

  it('never lets an older answer overwrite a newer sub-org', async () => {
    const a = new FakeAdapter();
    a.responders.getOrg = () => makeParent();
    a.responders.listPayments = () => page([]);
    const el = await mount(a);
    const first = await a.next('getSubOrg');
    el.subOrgId = 'sub_2';
    const second = await a.next('getSubOrg');
    expect(first.aborted, 'the superseded read is aborted').to.be.true;
    second.resolve(makeOrg({ id: 'sub_2', name: 'Second' }));
    first.resolve(makeOrg({ name: 'First' }));
    await waitUntil(() => part(el, 'summary'));
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.contain('Second');
  });

  it('shows the newer read failing (error with Retry) after the superseded read was aborted', async () => {
    const a = new FakeAdapter();
    a.responders.getOrg = () => makeParent();
    a.responders.listPayments = () => page([]);
    const el = await mount(a);
    const first = await a.next('getSubOrg');
    el.subOrgId = 'sub_2';
    const second = await a.next('getSubOrg');
    // The superseded read rejects with its signal's AbortError after the newer one started.
    await waitUntil(() => first.aborted, 'the superseded read is aborted');
    await new Promise((r) => setTimeout(r, 0));
    second.reject(new ApiError({ kind: 'http', status: 500 }));
    await waitUntil(() => part(el, 'error'), 'the error state, not an endless skeleton');
    expect(has(el, 'loading')).to.equal(false);
    expect(text(part(el, 'error'))).to.contain('The server had a problem');
    part(el, 'retry-button')!.click();
    const retry = await a.next('getSubOrg');
    expect(retry.input.subOrgId).to.equal('sub_2');
    retry.resolve(makeOrg({ id: 'sub_2', name: 'Second' }));
    await ready(el);
    expect(text($(el, 'h2'))).to.contain('Second');
  });

  it('aborts its reads when removed, without reporting an error', async () => {
    const a = new FakeAdapter();
    const el = await mount(a);
    const errors: Event[] = [];
    el.addEventListener('suborg-error', (e) => errors.push(e));
    const read = await a.next('getSubOrg');
    el.remove();
    await waitUntil(() => read.aborted);
    await new Promise((r) => setTimeout(r, 20));
    expect(errors).to.have.length(0);
  });

  it('ignores change events for other orgs', async () => {
    const a = answeringAdapter();
    const el = await mount(a);
    await ready(el);
    const before = a.count('getSubOrg');
    a.emitChange({ entity: 'billing', op: 'update', ids: ['sub_other'] });
    await el.updateComplete;
    expect(a.count('getSubOrg')).to.equal(before);
  });

  it('shows a JPY-billed and a KWD-billed sub-org in their precision', async () => {
    const jpy = makeOrg({ spendingCapUsed: { amount: 1200, currency: 'jpy' } }, { currency: 'jpy', spendingCap: { enabled: true, amount: { amount: 5000, currency: 'jpy' }, resetAt: null } });
    const el = await mount(answeringAdapter(jpy));
    await ready(el);
    expect(text(part(el, 'cap-used'))).to.equal('¥1,200 of ¥5,000 used this period (24%)');

    const kwd = makeOrg({ spendingCapUsed: { amount: 12345, currency: 'kwd' } }, { currency: 'kwd', spendingCap: { enabled: true, amount: { amount: 20000, currency: 'kwd' }, resetAt: null } });
    const el2 = await mount(answeringAdapter(kwd));
    await ready(el2);
    expect(text(part(el2, 'cap-used'))).to.equal('KWD 12.345 of KWD 20.000 used this period (61%)');
  });
});

describe('<suborg-billing> spending meter', () => {
  it('is a meter with text, warns near the cap (≥ 80 %)', async () => {
    const el = await mount(answeringAdapter(makeOrg({ spendingCapUsed: { amount: 9500, currency: 'usd' } })));
    await ready(el);
    const meter = part(el, 'cap-meter') as HTMLMeterElement;
    expect(meter.tagName).to.equal('METER');
    expect(meter.value).to.equal(9500);
    expect(meter.max).to.equal(10000);
    expect(meter.getAttribute('aria-valuetext')).to.equal('$95.00 of $100.00 used this period (95%)');
    expect(part(el, 'cap-warning')!.dataset.level).to.equal('near');
    expect(text(part(el, 'cap-reset'))).to.equal('Resets Dec 1, 2026');
    await expect(el).to.be.accessible();
  });

  it('says when the cap is reached or passed', async () => {
    const el = await mount(answeringAdapter(makeOrg({ spendingCapUsed: { amount: 12000, currency: 'usd' } })));
    await ready(el);
    expect(part(el, 'cap-warning')!.dataset.level).to.equal('reached');
    expect(text(part(el, 'cap-used'))).to.contain('(120%)');
    expect((part(el, 'cap-meter') as HTMLMeterElement).value).to.equal(10000);
  });

  it('has no warning below 80 %', async () => {
    const el = await mount(answeringAdapter(makeOrg({ spendingCapUsed: { amount: 7999, currency: 'usd' } })));
    await ready(el);
    expect(has(el, 'cap-meter'), 'the cap card and its meter are drawn').to.equal(true);
    expect(text(part(el, 'cap-used'))).to.contain('(79%)');
    expect(has(el, 'cap-warning')).to.equal(false);
  });

  it('says an enabled limit of 0 is reached, like the list does (no meter to draw)', async () => {
    const zero = makeOrg({ spendingCapUsed: { amount: 0, currency: 'usd' } }, { spendingCap: { enabled: true, amount: { amount: 0, currency: 'usd' }, resetAt: null } });
    const el = await mount(answeringAdapter(zero));
    await ready(el);
    expect(part(el, 'cap-warning')?.dataset.level).to.equal('reached');
    expect(has(el, 'cap-meter')).to.equal(false);
    expect(text(part(el, 'cap-used'))).to.equal('$0.00 spent this period');
    await expect(el).to.be.accessible();
  });
});

describe('<suborg-billing> notices', () => {
  const stamps = {
    lastLowBalanceNotificationAt: '2026-11-10T00:00:00.000Z',
    lastOutOfBalanceNotificationAt: '2026-11-12T00:00:00.000Z',
    lastSpendingCapNotificationAt: null,
  };

  it('lists notices from the timestamps, and Dismiss by keyboard persists per sub-org + timestamp', async () => {
    const store = new MemoryStore();
    const org = makeOrg({}, stamps);
    const el = await mount(answeringAdapter(org), { store });
    await ready(el);
    const notices = $$(el, '[part~="notice"]');
    expect(notices.map((n) => n.dataset.notice)).to.deep.equal(['out-of-balance', 'low-balance']);
    expect(text(notices[0])).to.contain('Out of balance since Nov 12, 2026.');
    await expect(el).to.be.accessible();

    const button = notices[1]!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).to.equal('Dismiss notice: Balance ran low on Nov 10, 2026.');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, '[part~="notice"]').map((n) => n.dataset.notice)).to.deep.equal(['out-of-balance']);
    expect(text(part(el, 'announcer'))).to.equal('Notice dismissed.');
    expect(store.map.get(dismissalKey('sub_1', { kind: 'low-balance', at: stamps.lastLowBalanceNotificationAt }))).to.equal('1');
    expect(el.shadowRoot!.activeElement, 'focus moves to the remaining Dismiss button').to.equal($$(el, '[part~="dismiss-button"]')[0]);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($$(el, '[part~="notice"]')).to.have.length(0);
    expect(el.shadowRoot!.activeElement, 'then to the heading').to.equal($(el, 'h2'));

    // Re-created: still dismissed. A new timestamp: shown again.
    const again = await mount(answeringAdapter(org), { store });
    await ready(again);
    expect($$(again, '[part~="notice"]')).to.have.length(0);
    const newer = await mount(answeringAdapter(makeOrg({}, { ...stamps, lastLowBalanceNotificationAt: '2026-11-20T00:00:00.000Z' })), { store });
    await ready(newer);
    expect($$(newer, '[part~="notice"]').map((n) => n.dataset.notice)).to.deep.equal(['low-balance']);
  });

  it('announces notices when they appear', async () => {
    const el = await mount(answeringAdapter(makeOrg({}, stamps)));
    await ready(el);
    expect(text(part(el, 'announcer'))).to.equal('Out of balance since Nov 12, 2026. Balance ran low on Nov 10, 2026.');
    expect(part(el, 'announcer')!.getAttribute('role')).to.equal('status');
  });

  it('still dismisses when storage throws (for this view)', async () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const el = await mount(answeringAdapter(makeOrg({}, stamps)), { store: broken });
    await ready(el);
    $$(el, '[part~="dismiss-button"]')[0]!.click();
    await el.updateComplete;
    expect($$(el, '[part~="notice"]')).to.have.length(1);
  });
});

describe('<suborg-billing> roles and configuration', () => {
  it('shows but does not offer editing or credit moves to an Agent (STAFF) of the agency', async () => {
    const el = await mount(answeringAdapter(makeOrg(), makeParent({ role: 'STAFF' })));
    await ready(el);
    await waitUntil(() => part(el, 'credits') === null);
    expect(part(el, 'save-button')).to.equal(null);
    expect(has(el, 'portal-button'), 'the portal needs a billing role too').to.equal(false);
    expect(part(el, 'cap-meter')).to.exist;
    const fields = [...el.shadowRoot!.querySelectorAll<HTMLElement & { disabled: boolean }>('suborg-amount-input, suborg-toggle')];
    expect(fields.length).to.be.greaterThan(0);
    expect(fields.every((f) => f.disabled), 'every field is read-only').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('offers no edit or credit actions while the caller\'s role is loading, then offers them to an Admin', async () => {
    const a = new FakeAdapter();
    a.responders.getSubOrg = () => makeOrg();
    a.responders.listPayments = () => page([]);
    const el = await mount(a);
    const parentRead = await a.next('getOrg');
    await ready(el);
    expect(has(el, 'cap-meter'), 'the data is shown').to.equal(true);
    expect(has(el, 'save-button')).to.equal(false);
    expect(has(el, 'cancel-button')).to.equal(false);
    expect(has(el, 'form-actions')).to.equal(false);
    expect(has(el, 'credits')).to.equal(false);
    expect(has(el, 'portal-button')).to.equal(false);
    expect(has(el, 'access-error'), 'no error while it is only loading').to.equal(false);
    const fields = [...el.shadowRoot!.querySelectorAll<HTMLElement & { disabled: boolean }>('suborg-amount-input, suborg-toggle')];
    expect(fields.length).to.be.greaterThan(0);
    expect(fields.every((f) => f.disabled), 'every field is read-only').to.be.true;
    await expect(el).to.be.accessible();

    parentRead.resolve(makeParent({ role: 'ADMIN' }));
    await waitUntil(() => part(el, 'save-button') && part(el, 'credits') && part(el, 'portal-button'), 'the Admin gets Save, the credits card and the portal');
  });

  it('stays read-only when the parent read is refused (403): the data shown, "no access" where the actions were', async () => {
    const a = answeringAdapter();
    a.responders.getOrg = () => {
      throw new ApiError({ kind: 'forbidden', status: 403 });
    };
    const el = await mount(a);
    await ready(el);
    await waitUntil(() => part(el, 'access-error'), 'the access message');
    expect(text(part(el, 'access-error'))).to.equal("You don't have access.");
    expect(has(el, 'access-retry-button'), 'retrying a 403 cannot help').to.equal(false);
    expect(has(el, 'balance')).to.equal(true);
    expect(has(el, 'cap-meter')).to.equal(true);
    expect(has(el, 'save-button')).to.equal(false);
    expect(has(el, 'form-actions')).to.equal(false);
    expect(has(el, 'credits')).to.equal(false);
    expect(has(el, 'portal-button')).to.equal(false);
    expect(has(el, 'error'), 'the sub-org itself loaded fine').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('stays read-only when the parent read fails, and its Retry brings the actions back', async () => {
    const a = answeringAdapter();
    a.responders.getOrg = undefined;
    const el = await mount(a);
    (await a.next('getOrg')).reject(new ApiError({ kind: 'http', status: 500 }));
    await ready(el);
    await waitUntil(() => part(el, 'access-error'), 'the reason');
    expect(text(part(el, 'access-error'))).to.contain('The server had a problem');
    expect(has(el, 'save-button')).to.equal(false);
    expect(has(el, 'credits')).to.equal(false);
    await expect(el).to.be.accessible();
    part(el, 'access-retry-button')!.focus();
    await sendKeys({ press: 'Enter' });
    (await a.next('getOrg')).resolve(makeParent({ role: 'MANAGER' }));
    await waitUntil(() => part(el, 'save-button') && part(el, 'credits'), 'a Manager gets Save and the credits card');
    expect(has(el, 'access-error')).to.equal(false);
  });

  it('offers a Developer of the agency nothing to edit', async () => {
    const a = answeringAdapter(makeOrg(), makeParent({ role: 'DEVELOPER' }));
    const el = await mount(a);
    await ready(el);
    await waitUntil(() => a.calls.some((c) => c.method === 'getOrg' && c.settled), 'the parent read');
    await el.updateComplete;
    expect(has(el, 'save-button')).to.equal(false);
    expect(has(el, 'credits')).to.equal(false);
    expect(has(el, 'portal-button')).to.equal(false);
    expect(has(el, 'access-error'), 'a known role is not an error').to.equal(false);
  });

  it('waits for an org id in the agency view instead of guessing a route', async () => {
    const a = answeringAdapter();
    const el = await mount(a, { orgId: null });
    await el.updateComplete;
    expect(a.count('getSubOrg')).to.equal(0);
    expect(text(part(el, 'idle'))).to.contain('Not configured');
  });
});

describe('<suborg-billing> client view', () => {
  it('shows balance, payment method, history, portal and Buy credits; no pool, credit mode or limit editing', async () => {
    const a = answeringAdapter();
    const el = await mount(a, { view: 'client' });
    await ready(el);
    expect(part(el, 'balance')).to.exist;
    expect(part(el, 'payment-method')).to.exist;
    expect(part(el, 'portal-button')).to.exist;
    expect(part(el, 'credit-mode')).to.equal(null);
    expect(part(el, 'credits')).to.equal(null);
    expect(part(el, 'spending-cap')).to.equal(null);
    expect(part(el, 'save-button')).to.equal(null);
    expect($(el, 'suborg-toggle')).to.equal(null);
    expect(a.count('getOrg'), 'the agency is never read').to.equal(0);
    await waitUntil(() => part(el, 'payments-table'));
    await expect(el).to.be.accessible();

    part(el, 'buy-credits-button')!.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(el, 'suborg-buy-credits')) as SuborgBuyCreditsEvent;
    expect(event.detail.subOrgId).to.equal('sub_1');
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('reads its own org from the context org id when no sub-org-id is given', async () => {
    const a = answeringAdapter(makeOrg({ id: 'org_agency', name: 'Own org' }));
    const el = await mount(a, { view: 'client', subOrgId: null });
    await ready(el);
    expect(a.calls.find((c) => c.method === 'getOrg')!.input.orgId).to.equal('org_agency');
    expect(a.count('getSubOrg')).to.equal(0);
  });
});

describe('<suborg-billing> payment history', () => {
  it('pages with Previous / Next, newest first, with page info', async () => {
    const a = answeringAdapter();
    const all = Array.from({ length: 23 }, (_, i) => makePayment(i));
    a.responders.listPayments = (input) => {
      const p = input.page as number;
      return page(all.slice((p - 1) * 10, p * 10), all.length, p, 10);
    };
    const el = await mount(a);
    await ready(el);
    await waitUntil(() => part(el, 'payments-table'));
    expect(text(part(el, 'page-info'))).to.equal('Page 1 of 3');
    expect($$(el, '[part~="payment-row"]')).to.have.length(10);
    expect(text($$(el, '[part~="payment-row"]')[0])).to.contain('Nov 20, 2026');
    expect(text($$(el, '[part~="payment-row"]')[0])).to.contain('$10.00');
    expect(part(el, 'previous-page')!.getAttribute('aria-disabled')).to.equal('true');

    part(el, 'next-page')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(part(el, 'page-info')) === 'Page 2 of 3' && $$(el, '[part~="payment-row"]')[0]?.dataset.id === 'pay_10');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '[part~="payment-row"]').length === 3);
    expect(part(el, 'next-page')!.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement, 'focus stays on Next').to.equal(part(el, 'next-page'));
    const pages = a.calls.filter((c) => c.method === 'listPayments').map((c) => c.input.page);
    expect(pages).to.deep.equal([1, 2, 3]);
    await expect(el).to.be.accessible();
  });

  it('shows the amount in the payment currency and markup as text', async () => {
    const a = answeringAdapter();
    a.responders.listPayments = () => page([makePayment(0, { amount: { amount: 500, currency: 'jpy' }, type: '<i>refund</i>', status: 'failed' })]);
    const el = await mount(a);
    await waitUntil(() => part(el, 'payments-table'));
    const row = text($$(el, '[part~="payment-row"]')[0]);
    expect(row).to.contain('¥500');
    expect(row).to.contain('<i>refund</i>');
    expect($(el, 'i')).to.equal(null);
  });

  it('names the payment types and statuses it knows in the reader\'s language, others as sent', async () => {
    const a = answeringAdapter();
    a.responders.listPayments = () => page([makePayment(0, { type: 'card', status: 'succeeded' }), makePayment(1, { type: 'TEAM', status: 'refunded' }), makePayment(2, { type: 'card', status: 'chargeback' })]);
    const el = await mount(a);
    await waitUntil(() => part(el, 'payments-table'));
    const cells = (i: number) => [...$$(el, '[part~="payment-row"]')[i]!.querySelectorAll('td')].map((td) => text(td));
    expect(cells(0)[1]).to.contain('Card');
    expect(cells(0)[3]).to.contain('Paid');
    expect(cells(1)[1]).to.contain('TEAM');
    expect(cells(1)[3]).to.contain('Refunded');
    expect(cells(2)[3]).to.contain('chargeback');
    el.locale = 'de';
    await waitUntil(() => cells(0)[3]!.includes('Bezahlt'), 'German status');
    expect(cells(0)[1]).to.contain('Karte');
    expect(cells(1)[3]).to.contain('Erstattet');
    expect(cells(2)[3]).to.contain('chargeback');
  });

  it('marks a payment that failed validation and keeps the others', async () => {
    const a = answeringAdapter();
    a.responders.listPayments = () => page([makePayment(0), { invalid: true, id: 'pay_bad', issues: ['amount: expected number'] }, makePayment(2)]);
    const el = await mount(a);
    await waitUntil(() => part(el, 'payments-table'));
    const rows = $$(el, '[part~="payment-row"]');
    expect(rows).to.have.length(3);
    expect(text(rows[1])).to.equal('This payment could not be read.');
    expect(rows[2]!.dataset.id).to.equal('pay_2');
  });

  it('starts again at page 1 for another sub-org', async () => {
    const a = answeringAdapter();
    a.responders.listPayments = (input) => page([makePayment(input.page as number)], 30, input.page as number, 10);
    const el = await mount(a);
    await waitUntil(() => part(el, 'payments-table'));
    part(el, 'next-page')!.click();
    await waitUntil(() => text(part(el, 'page-info')) === 'Page 2 of 3');
    a.responders.getSubOrg = () => makeOrg({ id: 'sub_2' });
    el.subOrgId = 'sub_2';
    await waitUntil(() => text(part(el, 'page-info')) === 'Page 1 of 3');
    const last = a.calls.filter((c) => c.method === 'listPayments').at(-1)!;
    expect(last.input).to.include({ orgId: 'sub_2', page: 1 });
  });

  it('has an empty state', async () => {
    const a = answeringAdapter();
    a.responders.listPayments = () => page([]);
    const el = await mount(a);
    await waitUntil(() => text(part(el, 'payments')).includes('No payments yet.'));
    await expect(el).to.be.accessible();
  });

  it('has an error state with Retry that keeps the rest of the panel', async () => {
    const a = answeringAdapter();
    a.responders.listPayments = undefined;
    const el = await mount(a);
    (await a.next('listPayments')).reject(new ApiError({ kind: 'network' }));
    await waitUntil(() => part(el, 'payments')!.querySelector('[part~="error"]'));
    expect(part(el, 'summary')).to.exist;
    await expect(el).to.be.accessible();
    (part(el, 'payments')!.querySelector('[part~="retry-button"]') as HTMLElement).click();
    (await a.next('listPayments')).resolve(page([makePayment(5)]));
    await waitUntil(() => $$(el, '[part~="payment-row"]').length === 1);
  });
});

/** Whether a part is rendered, as a boolean: a failed assertion on an element can stall the runner's error reporting. */
function has(el: HTMLElement, name: string): boolean {
  return part(el, name) !== null;
}
