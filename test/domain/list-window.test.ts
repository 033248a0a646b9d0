import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { GRID_NAV_KEYS, nextRowIndex, scrollToReveal, visibleWindow } from '../../src/domain/list-window.js';

describe('list-window', () => {
  it('the window covers the viewport, stays inside 0..total-1 and is small', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 20, max: 80 }), fc.integer({ min: 0, max: 2000 }), fc.nat(), (total, rowH, viewH, rawTop) => {
        const maxTop = Math.max(0, total * rowH - viewH);
        const top = rawTop % (maxTop + 1);
        const w = visibleWindow(top, viewH, rowH, total, 3);
        expect(w.first).to.be.at.least(0);
        expect(w.last).to.be.at.most(total - 1);
        expect(w.first).to.be.at.most(Math.floor(top / rowH));
        expect(w.last).to.be.at.least(Math.min(total - 1, Math.floor((top + viewH - 1) / rowH)));
        expect(w.last - w.first + 1).to.be.at.most(Math.ceil(viewH / rowH) + 8);
      }),
    );
  });

  it('is empty for no rows', () => {
    const w = visibleWindow(0, 500, 40, 0);
    expect(w.last).to.be.below(w.first);
  });

  it('every key lands inside the grid; Home/End hit the ends; arrows move by one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GRID_NAV_KEYS), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: -5, max: 1005 }), fc.integer({ min: 1, max: 50 }), (key, total, cur, page) => {
        const next = nextRowIndex(key, cur, total, page);
        expect(next).to.be.within(0, total - 1);
        const at = Math.min(Math.max(cur, 0), total - 1);
        if (key === 'Home') expect(next).to.equal(0);
        if (key === 'End') expect(next).to.equal(total - 1);
        if (key === 'ArrowDown') expect(next).to.equal(Math.min(total - 1, at + 1));
        if (key === 'ArrowUp') expect(next).to.equal(Math.max(0, at - 1));
        if (key === 'PageDown') expect(next - at).to.be.within(0, page);
      }),
    );
    expect(nextRowIndex('Home', 0, 0, 10)).to.equal(-1);
  });

  it('scrollToReveal brings the row fully into view and leaves visible rows alone', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(400_000), fc.integer({ min: 100, max: 1000 }), (index, top, viewH) => {
        const rowH = 40;
        const next = scrollToReveal(index, top, viewH, rowH);
        expect(index * rowH).to.be.at.least(next);
        expect(index * rowH + rowH).to.be.at.most(next + viewH);
        const visible = index * rowH >= top && index * rowH + rowH <= top + viewH;
        if (visible) expect(next).to.equal(top);
      }),
    );
  });
});
