import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { SuborgList } from '../../../src/components/suborg-list/suborg-list.js';
import { fakeAdapter } from './helpers/fake-adapter.js';
import { mountList, settled, shadow, sleep } from './helpers/list-fixture.js';
import { subOrgs } from '../../helpers/org-fixtures.js';

const rect = (node: Element) => node.getBoundingClientRect();

async function adminList(width: number) {
  const adapter = fakeAdapter(subOrgs(30), { role: 'ADMIN' });
  const el = await mountList(adapter, { width });
  await settled(el);
  await waitUntil(() => shadow(el).querySelector('.row .actions .manage') && shadow(el).querySelector('.toolbar .create'), 'actions shown');
  await el.updateComplete;
  return el;
}

/** Start edges of the header cells and of the first row's cells, column by column (the end-aligned actions: end edges). */
function columnEdges(el: SuborgList) {
  const edge = (cells: Element[]) => cells.map((c, i) => Math.round(i === cells.length - 1 ? rect(c).right : rect(c).left));
  const head = edge([...shadow(el).querySelectorAll('.head-row > [role="columnheader"]')]);
  const row = shadow(el).querySelector('.row[data-id]')!;
  return { head, body: edge([...row.querySelectorAll(':scope > [role="gridcell"]')]) };
}

describe('suborg-list: layout', function () {
  this.timeout(30_000);

  // A larger font makes the Manage button wider than the actions track's minimum: a track
  // sized per row would then differ between the (button-less) header and the rows.
  for (const fontSize of ['16px', '22px']) {
    it(`header labels sit over their body columns (font-size ${fontSize})`, async () => {
      const el = await adminList(1100);
      el.style.setProperty('font-size', fontSize);
      el.style.setProperty('font-family', 'serif');
      await sleep(50); // the resize observer measures the wider buttons
      await el.updateComplete;
      const { head, body } = columnEdges(el);
      expect(head.length).to.equal(8);
      expect(body.length).to.equal(head.length);
      head.forEach((x, i) => expect(Math.abs(x - body[i]!), `column ${i}: header ${x}px, body ${body[i]}px`).to.be.at.most(1));
    });
  }

  // The stacked cards are taller than table rows: rows must be placed at the card's height,
  // whether the page starts narrow or becomes narrow later (a phone turned, a window resized).
  // Reduced motion: nothing animates after the resize to report the new height late.
  for (const start of [360, 1100]) {
    it(`stacked rows (page ${start}px → 360px, reduced motion) do not overlap, and every card shows its buttons`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      await setViewport({ width: start, height: 800 });
      try {
        const el = await adminList(0);
        await sleep(50);
        if (start !== 360) {
          await setViewport({ width: 360, height: 800 });
          await sleep(50);
        }
        await waitUntil(() => {
          const rows = [...shadow(el).querySelectorAll('.row[data-id]')].map(rect).sort((a, b) => a.top - b.top);
          return rows.length > 2 && rows.every((r, i) => i === 0 || r.top >= rows[i - 1]!.bottom - 1);
        }, 'rows one under the other, at their own height', { timeout: 2000 });
        for (const row of [...shadow(el).querySelectorAll('.row[data-id]')].slice(0, 3)) {
          const box = rect(row);
          expect(box.height, 'a card, taller than a table row').to.be.above(100);
          expect(rect(row.querySelector('.manage')!).bottom, 'Manage inside its card').to.be.at.most(box.bottom + 1);
        }
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  // A serif (the Lumen brand's look) and the wider default sans (Northwind's).
  for (const font of ['Georgia, serif', 'sans-serif'])
  for (const width of [320, 600, 900, 1280]) {
    it(`toolbar at ${width}px in ${font}: the title stays at the top, controls wrap inside the box`, async () => {
      const el = await adminList(width);
      el.style.setProperty('font-family', font);
      el.style.setProperty('font-size', '17px');
      await el.updateComplete;
      const toolbar = shadow(el).querySelector('.toolbar')!;
      const title = shadow(el).querySelector('h2')!;
      expect(rect(title).top - rect(toolbar).top, 'title at the top of the toolbar').to.be.at.most(1);
      const box = rect(toolbar);
      for (const control of toolbar.querySelectorAll('.tools > *')) {
        const r = rect(control);
        expect(r.left, 'inside on the left').to.be.at.least(box.left - 1);
        expect(r.right, 'inside on the right').to.be.at.most(box.right + 1);
      }
      // On a wide box the title and the controls share the first line.
      if (width >= 900) {
        expect(rect(shadow(el).querySelector('#search')!).top).to.be.below(rect(title).bottom + 40);
        // ... and the title keeps one line (no "Sub-" / "organizations" squeezed beside them).
        const words = document.createRange();
        words.selectNodeContents(title);
        expect(words.getClientRects().length, 'title lines').to.equal(1);
      }
      await expect(el).to.be.accessible();
    });
  }
});
