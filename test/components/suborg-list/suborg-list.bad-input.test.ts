import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { DARK_TOKENS } from '../../../src/theme/tokens.js';
import { fakeAdapter } from './helpers/fake-adapter.js';
import { bodyRows, mountList, rowById, settled, shadow } from './helpers/list-fixture.js';
import { subOrg, subOrgs } from '../../helpers/org-fixtures.js';

const LONG = 'The Extraordinarily Long-Named Regional Association of Independent Veterinary Clinics, Animal Hospitals and Pet Wellness';

describe('suborg-list: bad input and hostile data', function () {
  this.timeout(30_000);

  it('names with markup, quotes, RTL overrides, zero-width and emoji render as bidi-isolated text', async () => {
    const names = {
      so_1: `<img src=x onerror=alert(1)> "Quoted" & 'Apostrophe'`,
      so_2: 'evil\u202Egnp.exe',
      so_3: 'zero\u200Bwidth\u200D',
      so_4: '🌮 Taco Tuesday 🎉',
      so_5: 'مطعم الياسمين',
    };
    const el = await mountList(fakeAdapter(Object.entries(names).map(([id, name], i) => subOrg(i + 1, { id, name }))));
    await settled(el);
    for (const [id, name] of Object.entries(names)) {
      const bdi = rowById(el, id)!.querySelector('.cell.name bdi')!;
      expect(bdi.textContent, id).to.equal(name);
      expect(bdi.getAttribute('title')).to.equal(name);
    }
    expect(shadow(el).querySelector('.row img[src="x"]')).to.equal(null);
    // The override inside the name does not leak: text after the name cell is laid out normally.
    expect(getComputedStyle(rowById(el, 'so_2')!.querySelector('.cell.name bdi')!).unicodeBidi).to.equal('isolate');
    await expect(el).to.be.accessible();
  });

  it('a 120-character name is truncated with an ellipsis; the full name is in title and the accessibility tree', async () => {
    expect(LONG.length).to.equal(120);
    const el = await mountList(fakeAdapter([subOrg(1, { name: LONG })]));
    await settled(el);
    const bdi = rowById(el, 'so_1')!.querySelector<HTMLElement>('.cell.name bdi')!;
    expect(getComputedStyle(bdi).textOverflow).to.equal('ellipsis');
    expect(bdi.scrollWidth).to.be.greaterThan(bdi.clientWidth);
    expect(bdi.title).to.equal(LONG);
    expect(bdi.textContent).to.equal(LONG);
    const manage = rowById(el, 'so_1')!.querySelector('.manage');
    await waitUntil(() => rowById(el, 'so_1')!.querySelector('.manage'));
    expect((manage ?? rowById(el, 'so_1')!.querySelector('.manage'))!.getAttribute('aria-label')).to.equal(`Manage \u2068${LONG}\u2069`); // the name isolated in the sentence
  });

  it('an invalid or javascript: logo URL becomes initials; a logo that fails to load falls back to initials', async () => {
    const el = await mountList(
      fakeAdapter([
        subOrg(1, { name: 'Acme Dental', logoUrl: 'javascript:alert(document.domain)' }),
        subOrg(2, { name: 'Blue Harbor', logoUrl: 'not a url' }),
        subOrg(3, { name: 'Café Lumière', logoUrl: 'https://127.0.0.1:9/missing.png' }),
        subOrg(4, { name: 'Data Logo', logoUrl: `${location.origin}/nope-404.png` }),
      ]),
    );
    await settled(el);
    expect(rowById(el, 'so_1')!.querySelector('img')).to.equal(null);
    expect(rowById(el, 'so_1')!.querySelector('.initials')!.textContent!.trim()).to.equal('AD');
    // Loads that fail swap to initials.
    await waitUntil(() => rowById(el, 'so_4')!.querySelector('.initials') && rowById(el, 'so_3')!.querySelector('.initials'), 'broken logos fall back', { timeout: 8000 });
    expect(rowById(el, 'so_3')!.querySelector('.initials')!.textContent!.trim()).to.equal('CL');
    // "not a url" is a relative path on this origin: fetched, fails, initials.
    await waitUntil(() => rowById(el, 'so_2')!.querySelector('.initials'), 'junk logo falls back');
    expect(rowById(el, 'so_2')!.querySelector('.initials')!.textContent!.trim()).to.equal('BH');
  });

  it('a row that fails the schema says so; the others render', async () => {
    const el = await mountList(fakeAdapter([subOrg(1), { invalid: true, id: 'so_bad', issues: ['balance: expected number'] }, subOrg(3)]));
    await settled(el);
    expect(rowById(el, 'so_bad')!.textContent).to.contain('could not be read');
    expect(rowById(el, 'so_1')!.textContent).to.contain('Client 000001');
    expect(rowById(el, 'so_3')!.textContent).to.contain('Client 000003');
    await expect(el).to.be.accessible();
  });

  it('works in a 320 px container: rows stack, nothing overflows; accessible', async () => {
    const el = await mountList(fakeAdapter(subOrgs(5)), { width: 320 });
    await settled(el);
    const row = bodyRows(el)[0]!;
    expect(getComputedStyle(row).gridTemplateAreas).to.contain('logo');
    expect(row.getBoundingClientRect().height).to.be.greaterThan(90);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const r of bodyRows(el)) expect(r.scrollWidth, 'row fits').to.be.at.most(r.clientWidth + 1);
    await expect(el).to.be.accessible();
  });

  it('RTL: mirrored layout, still accessible', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const el = await mountList(fakeAdapter(subOrgs(3)));
      await settled(el);
      const row = bodyRows(el)[0]!;
      const logo = row.querySelector('.cell.logo')!.getBoundingClientRect();
      const name = row.querySelector('.cell.name')!.getBoundingClientRect();
      expect(logo.left).to.be.greaterThan(name.left);
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.dir = '';
    }
  });

  it('dark tokens, forced colors and reduced motion', async () => {
    await setViewport({ width: 1200, height: 800 });
    const el = await mountList(fakeAdapter(subOrgs(3)));
    for (const [name, value] of Object.entries(DARK_TOKENS)) el.style.setProperty(name, value!);
    await settled(el);
    expect(getComputedStyle(bodyRows(el)[1]!).backgroundColor).to.equal('rgb(15, 23, 42)');
    // Buttons fade to the new colours (.12s): axe must see where they end, not a frame between.
    await Promise.all(shadow(el).getAnimations().map((a) => a.finished));
    await expect(el).to.be.accessible();
    await emulateMedia({ reducedMotion: 'reduce' });
    const hold = fakeAdapter(subOrgs(3)).hold('listSubOrgs');
    const loading = await mountList(hold);
    await waitUntil(() => shadow(loading).querySelector('.skeleton-rows span'));
    expect(getComputedStyle(shadow(loading).querySelector('.skeleton-rows span')!).animationName).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
    // The runner cannot emulate forced-colors in Chromium; check the rules that take over instead.
    const forced = shadow(el)
      .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'))
      .map((r) => r.cssText)
      .join('\n');
    expect(forced.toLowerCase()).to.match(/\.row\[tabindex="0"\] \{ outline: canvastext solid 1px; \}/);
    // Skeleton bars are outlined, as every element's are (a fill would glare in a dark theme).
    expect(forced.toLowerCase()).to.match(/\.async-loading \.bar \{ border: 1px solid graytext; \}/);
  });
});
