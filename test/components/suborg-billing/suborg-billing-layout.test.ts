// Layout, theming, locales and keyboard flow of <suborg-billing>.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/context/suborg-provider.define.js';
import '../../../src/components/suborg-billing/suborg-billing.define.js';
import type { SuborgBilling } from '../../../src/components/suborg-billing/suborg-billing.js';
import type { SuborgPortalOpenEvent } from '../../../src/components/suborg-billing/suborg-billing.events.js';
import { deCommon } from '../../../src/i18n/de/common.js';
import { deBilling } from '../../../src/i18n/de/suborg-billing.js';
import { DARK_TOKENS } from '../../../src/theme/tokens.js';
import { $, MemoryStore, answeringAdapter, makeOrg, mount, part, ready, text } from './helpers/mount.js';

const stamps = { lastLowBalanceNotificationAt: '2026-11-10T00:00:00.000Z', lastSpendingCapNotificationAt: '2026-11-11T00:00:00.000Z' };

function noHorizontalOverflow(el: SuborgBilling): void {
  const panel = part(el, 'base')!;
  expect(panel.scrollWidth, 'panel scrollWidth').to.be.at.most(panel.clientWidth + 1);
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('section, .card, .alert, .actions')) {
    expect(node.getBoundingClientRect().right, `${node.className} stays inside`).to.be.at.most(el.getBoundingClientRect().right + 1);
  }
}

async function inBox(width: number, opts: Parameters<typeof mount>[1] = {}, org = makeOrg({ spendingCapUsed: { amount: 9000, currency: 'usd' } }, stamps)) {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.style.setProperty('inline-size', `${width}px`);
  const el = await mount(answeringAdapter(org), opts);
  box.append(el);
  await ready(el);
  await waitUntil(() => part(el, 'payments-table'));
  return el;
}

describe('<suborg-billing> layout and theming', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  it('fits a 320 px container without horizontal overflow (stacked payment rows)', async () => {
    const el = await inBox(320);
    noHorizontalOverflow(el);
    const row = el.shadowRoot!.querySelector('tr[part~="payment-row"]')!;
    expect(getComputedStyle(row).display, 'rows become blocks').to.equal('block');
    await expect(el).to.be.accessible();
  });

  it('uses two columns of cards when the container is wide', async () => {
    const el = await inBox(900);
    const [a, b] = [part(el, 'summary')!, part(el, 'credits')!];
    expect(Math.round(a.getBoundingClientRect().top)).to.equal(Math.round(b.getBoundingClientRect().top));
    expect(getComputedStyle(el.shadowRoot!.querySelector('tr[part~="payment-row"]')!).display).to.equal('table-row');
  });

  // emulateMedia({ forcedColors }) is not forwarded to Chromium by the chrome launcher of
  // @web/test-runner-commands 0.9 (only colorScheme and reducedMotion are), so check the rules.
  it('has forced-colors rules for cards, alerts and the meter', async () => {
    const el = await inBox(600);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'));
    const text = forced.map((r) => r.cssText).join('\n');
    expect(text).to.match(/\.alert\.danger[^{]*\{[^}]*CanvasText/i);
    expect(text).to.match(/\.card[^{]*\{[^}]*border-color: CanvasText/i);
    expect(text).to.match(/meter::-webkit-meter-optimum-value[^{]*\{[^}]*highlight/i);
    noHorizontalOverflow(el);
  });

  it('stops the skeleton pulse under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const a = answeringAdapter();
    a.responders.getSubOrg = undefined;
    const el = await mount(a);
    const bar = el.shadowRoot!.querySelector('.async-loading .bar')!;
    expect(parseFloat(getComputedStyle(bar).animationDuration)).to.be.below(0.001);
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(parseFloat(getComputedStyle(bar).animationDuration)).to.be.above(0.5);
  });

  it('mirrors in RTL: the Dismiss button sits at the inline end (left)', async () => {
    const el = await inBox(600, { dir: 'rtl' });
    const notice = el.shadowRoot!.querySelector<HTMLElement>('[part~="notice"]')!;
    const textBox = notice.querySelector('.notice-text')!.getBoundingClientRect();
    const button = notice.querySelector('button')!.getBoundingClientRect();
    expect(button.right).to.be.at.most(textBox.left + 1);
    await expect(el).to.be.accessible();
  });

  it('takes its colours from the tokens (dark scheme)', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    for (const [name, value] of Object.entries(DARK_TOKENS)) box.style.setProperty(name, value);
    const el = await mount(answeringAdapter());
    box.append(el);
    await ready(el);
    const card = getComputedStyle(part(el, 'summary')!);
    expect(card.backgroundColor).to.equal('rgb(15, 23, 42)'); // #0f172a
    expect(card.color).to.equal('rgb(241, 245, 249)'); // #f1f5f9
    await expect(el).to.be.accessible();
  });

  it('has a visible focus ring on buttons', async () => {
    const el = await inBox(600);
    $(el, 'h2')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'portal-button'));
    const style = getComputedStyle(el.shadowRoot!.activeElement!);
    expect(style.outlineStyle).to.equal('solid');
  });
});

describe('<suborg-billing> keyboard flow', () => {
  it('Tab moves from the auto-recharge switch through its fields, and Enter on Save saves', async () => {
    const a = answeringAdapter();
    const el = await mount(a);
    await ready(el);
    $(el, '[name="autoRecharge.enabled"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.getAttribute('name')).to.equal('autoRecharge.rechargeThreshold');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.getAttribute('name')).to.equal('autoRecharge.rechargeAmount');
    const input = $(el, '[name="autoRecharge.rechargeAmount"]')!.shadowRoot!.querySelector('input')!;
    input.select();
    await sendKeys({ type: '250' });
    part(el, 'save-button')!.focus();
    await sendKeys({ press: 'Enter' });
    const call = await a.next('updateBilling');
    expect(call.input.patch).to.deep.equal({ autoRecharge: { enabled: true, rechargeThreshold: 5000, rechargeAmount: 25000 } });
    call.resolve(makeOrg());
  });
});

describe('<suborg-billing> inside a provider', () => {
  it('speaks German with the German pack and formats for de-DE', async () => {
    const a = answeringAdapter();
    const wrapper = await fixture(html`<suborg-provider
      .adapter=${a}
      org-id="org_agency"
      locale="de-DE"
      time-zone="UTC"
      .localePacks=${{ de: { common: deCommon, 'suborg-billing': deBilling } }}
    >
      <suborg-billing sub-org-id="sub_1" .noticeStore=${new MemoryStore()}></suborg-billing>
    </suborg-provider>`);
    const el = wrapper.querySelector('suborg-billing')!;
    await ready(el);
    expect(text($(el, 'h2'))).to.contain('Abrechnung');
    expect(text(part(el, 'balance'))).to.equal('1.234,50 Credits');
    expect(text(part(el, 'recharge-preview'))).to.equal('Wenn das Guthaben unter 50 Credits fällt, werden 200 Credits aufgeladen.');
    expect(($(el, '[name="spendingCap.amount"]') as HTMLElement & { raw: string }).raw).to.equal('100');
    await expect(el).to.be.accessible();
  });

  it('uses the provider allow-list for the portal unless its own allow-hosts is set', async () => {
    const a = answeringAdapter();
    a.responders.createPortalSession = () => ({ url: 'https://portal.agency.example/s/1', expiresAt: '2026-12-01T00:00:00Z' });
    const wrapper = await fixture(html`<suborg-provider .adapter=${a} org-id="org_agency" allow-hosts="portal.agency.example">
      <suborg-billing sub-org-id="sub_1" .noticeStore=${new MemoryStore()}></suborg-billing>
    </suborg-provider>`);
    const el = wrapper.querySelector('suborg-billing')!;
    await ready(el);
    const seen: string[] = [];
    el.addEventListener('suborg-portal-open', (e: SuborgPortalOpenEvent) => {
      seen.push(e.detail.url);
      e.preventDefault();
    });
    part(el, 'portal-button')!.click();
    await waitUntil(() => seen.length === 1);
    el.allowHosts = ['other.example'];
    part(el, 'portal-button')!.click();
    await waitUntil(() => part(el, 'portal-error'));
    expect(seen).to.have.length(1);
  });
});
