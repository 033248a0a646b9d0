import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ApiError } from '../../../src/api/errors.js';
import { SuborgBilling } from '../../../src/components/suborg-billing/suborg-billing.js';
import type { SuborgCreditsChangeEvent, SuborgPortalOpenEvent } from '../../../src/components/suborg-billing/suborg-billing.events.js';
import { defineElement } from '../../../src/internal/define.js';
import type { FakeAdapter } from './helpers/fake-adapter.js';
import { $, answeringAdapter, makeOrg, makeParent, mount, part, ready, text } from './helpers/mount.js';

async function typeIn(el: SuborgBilling, selector: string, value: string): Promise<void> {
  const host = $(el, selector)!;
  host.focus();
  const input = (host.shadowRoot?.querySelector('input') ?? host) as HTMLInputElement;
  input.select();
  await sendKeys({ type: value });
  await el.updateComplete;
}

async function fillMove(el: SuborgBilling, amount: string, reason: string): Promise<void> {
  await typeIn(el, '[name="credits.amount"]', amount);
  await typeIn(el, '[name="credits.reason"]', reason);
}

function apply(el: SuborgBilling): void {
  part(el, 'credits-submit')!.click();
}

describe('<suborg-billing> agency credits (manual mode)', () => {
  it('shows the pool from the parent and allocates with a reason; the balance comes from the answer', async () => {
    const a = answeringAdapter();
    const el = await mount(a);
    await ready(el);
    await waitUntil(() => text(part(el, 'pool-balance')).includes('25,000'));
    expect(text(part(el, 'pool-balance'))).to.equal('Agency pool: 25,000 credits');
    await expect(el).to.be.accessible();

    const events: SuborgCreditsChangeEvent[] = [];
    el.addEventListener('suborg-credits-change', (e) => events.push(e));
    await fillMove(el, '12.5', 'Campaign top-up');
    part(el, 'credits-submit')!.focus();
    await sendKeys({ press: 'Enter' });
    const call = await a.next('allocateCredits');
    expect(call.input).to.include({ orgId: 'org_agency', subOrgId: 'sub_1', amount: 1250, reason: 'Campaign top-up' });
    expect(call.input.idempotencyKey).to.be.a('string').and.not.equal('');
    expect(call.input.signal).to.equal(undefined);
    call.resolve(makeOrg({ balance: 124700 }));
    await waitUntil(() => events.length === 1);
    expect(events[0]!.detail).to.include({ subOrgId: 'sub_1', amount: 1250, balance: 124700 });
    await el.updateComplete;
    expect(text(part(el, 'balance'))).to.equal('1,247 credits');
    expect(text(part(el, 'credits-status'))).to.equal('Done. New balance: 1,247 credits.');
  });

  it('takes credits back as a negative amount', async () => {
    const a = answeringAdapter();
    const el = await mount(a);
    await ready(el);
    const takeBack = $<HTMLInputElement>(el, 'input[value="take-back"]')!;
    takeBack.focus();
    await sendKeys({ press: 'Space' });
    await fillMove(el, '5', 'Unused');
    apply(el);
    expect((await a.next('allocateCredits')).input.amount).to.equal(-500);
  });

  it('reuses the idempotency key when the same move is retried, and mints a new one for another', async () => {
    const a = answeringAdapter();
    const el = await mount(a);
    await ready(el);
    await fillMove(el, '10', 'Top-up');
    apply(el);
    const first = await a.next('allocateCredits');
    first.reject(new ApiError({ kind: 'network' }));
    await waitUntil(() => part(el, 'credits-error'));
    expect(text(part(el, 'credits-error'))).to.contain('No connection');
    expect(($(el, '[name="credits.amount"]') as HTMLElement & { raw: string }).raw, 'typed text kept').to.equal('10');
    apply(el);
    const second = await a.next('allocateCredits');
    expect(second.input.idempotencyKey).to.equal(first.input.idempotencyKey);
    second.reject(new ApiError({ kind: 'timeout' }));
    await waitUntil(() => part(el, 'credits-error'));
    await typeIn(el, '[name="credits.amount"]', '11');
    apply(el);
    const third = await a.next('allocateCredits');
    expect(third.input.idempotencyKey).to.not.equal(first.input.idempotencyKey);
    third.resolve(makeOrg());
  });

  it('sends one request for a double click on Apply', async () => {
    const a = answeringAdapter();
    const el = await mount(a);
    await ready(el);
    await fillMove(el, '10', 'Top-up');
    apply(el);
    apply(el);
    await el.updateComplete;
    apply(el);
    expect(a.count('allocateCredits')).to.equal(1);
    (await a.next('allocateCredits')).resolve(makeOrg());
  });

  it('explains 409 insufficient_credits clearly', async () => {
    const a = answeringAdapter();
    const el = await mount(a);
    await ready(el);
    await fillMove(el, '10', 'Top-up');
    apply(el);
    (await a.next('allocateCredits')).reject(new ApiError({ kind: 'conflict', status: 409, code: 'insufficient_credits' }));
    await waitUntil(() => part(el, 'credits-error'));
    expect(text(part(el, 'credits-error'))).to.equal('The agency pool does not have enough credits for this.');
    await expect(el).to.be.accessible();
  });

  it('does not let the pool go negative without overdraft, but allows it with overdraft', async () => {
    const a = answeringAdapter(makeOrg(), makeParent({ balance: 1000 }));
    const el = await mount(a);
    await ready(el);
    await waitUntil(() => text(part(el, 'pool-balance')).includes('10 credits'));
    await fillMove(el, '10.01', 'Too much');
    apply(el);
    await el.updateComplete;
    expect(a.count('allocateCredits')).to.equal(0);
    expect(text($(el, '[name="credits.amount"]')!.shadowRoot!.querySelector('[part~="error"]'))).to.equal('The agency pool has only 10 credits.');

    const parent = makeParent({ balance: 1000 });
    parent.features = { ...parent.features, allowOverdraft: true };
    const b = answeringAdapter(makeOrg(), parent);
    const el2 = await mount(b);
    await ready(el2);
    await waitUntil(() => part(el2, 'pool-balance')!.querySelector('.badge'));
    await fillMove(el2, '10.01', 'Overdraft');
    apply(el2);
    expect((await b.next('allocateCredits')).input.amount).to.equal(1001);
  });

  it('requires a reason and a positive amount', async () => {
    const a = answeringAdapter();
    const el = await mount(a);
    await ready(el);
    apply(el);
    await el.updateComplete;
    expect(a.count('allocateCredits')).to.equal(0);
    expect(text($(el, '#move-reason-error'))).to.equal('Enter a reason.');
    expect($(el, '#move-reason')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('in reselling mode explains that credits are bought by the client', async () => {
    const el = await mount(answeringAdapter(makeOrg({}, { useParentBalance: false })));
    await ready(el);
    expect(text(part(el, 'credits'))).to.contain('only while the client uses');
    expect($(el, '[name="credits.amount"]')).to.equal(null);
  });
});

class NavigatingBilling extends SuborgBilling {
  navigated: string[] = [];
  protected override navigate(url: string): void {
    this.navigated.push(url);
  }
}
defineElement('test-navigating-billing', NavigatingBilling);

describe('<suborg-billing> billing portal', () => {
  async function portalWith(url: string, allowHosts?: string): Promise<{ el: SuborgBilling; a: FakeAdapter; events: SuborgPortalOpenEvent[] }> {
    const a = answeringAdapter();
    a.responders.createPortalSession = () => ({ url, expiresAt: '2026-12-01T00:00:00Z' });
    const el = await mount(a, { allowHosts });
    await ready(el);
    const events: SuborgPortalOpenEvent[] = [];
    el.addEventListener('suborg-portal-open', (e) => {
      events.push(e);
      e.preventDefault();
    });
    part(el, 'portal-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => a.count('createPortalSession') === 1);
    await waitUntil(() => part(el, 'portal-button')!.getAttribute('aria-disabled') === 'false');
    return { el, a, events };
  }

  it('asks for a session with the current page as return URL and offers a same-origin link to the host', async () => {
    const { a, events, el } = await portalWith('/demo/billing-portal.html?org=sub_1');
    expect(a.calls.find((c) => c.method === 'createPortalSession')!.input).to.include({ orgId: 'sub_1', returnUrl: location.href });
    expect(events).to.have.length(1);
    expect(events[0]!.detail.url).to.equal(new URL('/demo/billing-portal.html?org=sub_1', location.href).href);
    expect(part(el, 'portal-error')).to.equal(null);
  });

  it('refuses a javascript: link: an error, no event, no navigation', async () => {
    const { el, events } = await portalWith('javascript:alert(document.cookie)', 'billing.example.com');
    expect(events).to.have.length(0);
    expect(text(part(el, 'portal-error'))).to.equal('The billing portal link was not trusted, so it was not opened.');
    await expect(el).to.be.accessible();
  });

  it('refuses a foreign host unless it is on the allow-list', async () => {
    const refused = await portalWith('https://evil.example.net/portal');
    expect(refused.events).to.have.length(0);
    expect(part(refused.el, 'portal-error')).to.exist;
    const allowed = await portalWith('https://billing.stripe.com/p/session_1', 'billing.example.com *.stripe.com');
    expect(allowed.events.map((e) => e.detail.url)).to.deep.equal(['https://billing.stripe.com/p/session_1']);
  });

  it('navigates when the host does not take over, and never for a refused link', async () => {
    const a = answeringAdapter();
    a.responders.createPortalSession = () => ({ url: '/demo/billing-portal.html', expiresAt: '2026-12-01T00:00:00Z' });
    const el = await fixture<NavigatingBilling>(html`<test-navigating-billing .adapter=${a} org-id="org_agency" sub-org-id="sub_1" locale="en-US"></test-navigating-billing>`);
    await ready(el);
    part(el, 'portal-button')!.click();
    await waitUntil(() => el.navigated.length === 1);
    expect(el.navigated[0]).to.equal(new URL('/demo/billing-portal.html', location.href).href);
    a.responders.createPortalSession = () => ({ url: 'https://evil.example.net/', expiresAt: '2026-12-01T00:00:00Z' });
    part(el, 'portal-button')!.click();
    await waitUntil(() => part(el, 'portal-error'));
    expect(el.navigated).to.have.length(1);
  });

  it('says why when the session cannot be created', async () => {
    const a = answeringAdapter();
    a.responders.createPortalSession = () => {
      throw new ApiError({ kind: 'rate-limited', status: 429, retryAfterMs: 3000 });
    };
    const el = await mount(a);
    await ready(el);
    part(el, 'portal-button')!.click();
    await waitUntil(() => part(el, 'portal-error'));
    expect(text(part(el, 'portal-error'))).to.equal('The billing portal could not be opened. Too many requests. Try again in 3 s.');
  });
});
