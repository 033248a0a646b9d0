// <suborg-list> in forced colors and at 400% zoom (a 320 px box). Forced colors cannot be
// emulated by the runner's launcher: the element's own forced-colors rules are adopted as a
// plain sheet instead (test/helpers/forced-colors.ts).
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { SuborgList } from '../../../src/components/suborg-list/suborg-list.js';
import { fakeAdapter } from './helpers/fake-adapter.js';
import { bodyRows, mountList, settled, shadow } from './helpers/list-fixture.js';
import { NO_FEATURES, billing, subOrg, subOrgs } from '../../helpers/org-fixtures.js';
import { forceColors, systemColor } from '../../helpers/forced-colors.js';

/** Rows whose values are as wide as they get: a promo balance, a KWD cap, the longest plan name. */
const wideRows = () => [
  subOrg(1, {
    plan: 'enterprise',
    balance: 1_234_567,
    promoBalance: 100_000,
    billing: billing({ currency: 'kwd', spendingCap: { enabled: true, amount: { amount: 150_500, currency: 'kwd' }, resetAt: null } }),
    spendingCapUsed: { amount: 98_125, currency: 'kwd' },
  }),
  subOrg(2, {
    billing: billing({ spendingCap: { enabled: true, amount: { amount: 50_000, currency: 'usd' }, resetAt: null } }),
    spendingCapUsed: { amount: 47_500, currency: 'usd' },
  }),
];

/** Value cells cut off (ellipsis or clipped) or sticking out of their row. */
function hiddenValues(el: SuborgList): string[] {
  const out: string[] = [];
  for (const row of bodyRows(el).filter((r) => r.dataset.id)) {
    const box = row.getBoundingClientRect();
    for (const cell of row.querySelectorAll<HTMLElement>('.cell:not(.name):not(.logo)')) {
      const r = cell.getBoundingClientRect();
      if (cell.scrollWidth > cell.clientWidth + 1 || cell.scrollHeight > cell.clientHeight + 1) out.push(`${cell.className} cut: ${cell.textContent}`);
      if (r.bottom > box.bottom + 0.5 || r.top < box.top - 0.5) out.push(`${cell.className} outside its row`);
    }
  }
  return out;
}

describe('suborg-list: forced colors and 400% zoom', function () {
  this.timeout(20_000);

  for (const width of [320, 375, 1000]) {
    it(`shows every value whole in a ${width} px box (stacked cards or table: nothing cut off)`, async () => {
      const el = await mountList(fakeAdapter(wideRows()), { width });
      await settled(el);
      await waitUntil(() => bodyRows(el).filter((r) => r.dataset.id).length === 2, 'both rows');
      expect(getComputedStyle(bodyRows(el)[0]!).gridTemplateAreas.includes('logo'), 'stacked below 48rem').to.equal(width < 768);
      expect(hiddenValues(el)).to.deep.equal([]);
    });
  }

  it('at 400% zoom (a 1280×1024 screen: 320×256 CSS px) the scrolling body leaves room to scroll the page past it', async () => {
    await setViewport({ width: 320, height: 256 });
    try {
      const el = await mountList(fakeAdapter(subOrgs(20)), { width: 300 });
      await settled(el);
      const body = shadow(el).querySelector('.viewport')!;
      expect(body.scrollHeight, 'rows to scroll').to.be.greaterThan(256);
      expect(body.getBoundingClientRect().height).to.be.at.most(256 * 0.8 + 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('the focused row wears the 2px Highlight focus ring, not only the 1px outline of the active row', async () => {
    const el = await mountList(fakeAdapter(wideRows()));
    await settled(el);
    forceColors(shadow(el));
    const row = () => shadow(el).querySelector<HTMLElement>('.row[tabindex="0"]')!;
    const ring = () => getComputedStyle(row());
    expect(ring().outlineWidth, 'active, not focused').to.equal('1px');
    row().focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(row().matches(':focus-visible')).to.be.true;
    expect(ring().outlineWidth).to.equal('2px');
    expect(ring().outlineColor).to.equal(systemColor('Highlight'));
  });

  it('a feature the parent lacks is GrayText in the create dialog, as its disabled checkbox is', async () => {
    const el = await mountList(fakeAdapter(wideRows(), { features: { ...NO_FEATURES, workflows: true } }));
    await settled(el);
    await waitUntil(() => shadow(el).querySelector('.create'), 'create button');
    forceColors(shadow(el));
    shadow(el).querySelector<HTMLButtonElement>('.create')!.click();
    await waitUntil(() => shadow(el).querySelector('#feature-slackAccess'), 'create dialog');
    const label = (id: string) => getComputedStyle(shadow(el).querySelector(`label[for="${id}"]`)!).color;
    expect(label('feature-slackAccess')).to.equal(systemColor('GrayText'));
    expect(label('feature-workflows')).to.not.equal(systemColor('GrayText'));
  });
});
