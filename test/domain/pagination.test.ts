import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PROPERTY_TIMEOUT_MS } from './property-timeout.js';
import { clampTake, DEFAULT_TAKE, MAX_TAKE, pageBounds, pageCount, pageOfIndex, pagesForRange } from '../../src/domain/pagination.js';

const take = fc.integer({ min: 1, max: MAX_TAKE });
const total = fc.integer({ min: 0, max: 100_000 });

describe('pagination', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  it('clampTake gives an integer in 1…MAX_TAKE', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        const t = clampTake(n);
        expect(Number.isInteger(t) && t >= 1 && t <= MAX_TAKE, `${n} → ${t}`).to.equal(true);
      }),
    );
    expect(clampTake(250)).to.equal(100);
    expect(clampTake(0)).to.equal(1);
    expect(clampTake(25.9)).to.equal(25);
    expect(clampTake(NaN)).to.equal(DEFAULT_TAKE);
    expect(clampTake(Infinity)).to.equal(MAX_TAKE);
    expect(MAX_TAKE).to.equal(100);
  });

  it('pageCount: just enough pages for every item', () => {
    fc.assert(
      fc.property(total, take, (n, t) => {
        const pages = pageCount(n, t);
        expect(pages * t >= n).to.equal(true);
        expect(n === 0 ? pages === 0 : (pages - 1) * t < n).to.equal(true);
      }),
    );
    expect(pageCount(-5, 10)).to.equal(0);
    expect(pageCount(NaN, 10)).to.equal(0);
  });

  it('pageBounds partitions 0…total into consecutive pages; past the end is empty', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), take, (n, t) => {
        let next = 0;
        for (let p = 1; p <= pageCount(n, t); p++) {
          const { start, end } = pageBounds(p, t, n);
          expect(start).to.equal(next);
          expect(end - start).to.be.within(1, t);
          next = end;
        }
        expect(next).to.equal(n);
        const past = pageBounds(pageCount(n, t) + 1, t, n);
        expect(past.start).to.equal(past.end);
      }),
    );
  });

  it('pageOfIndex finds the page whose bounds hold the index', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), take, (i, t) => {
        const page = pageOfIndex(i, t);
        const { start, end } = pageBounds(page, t, i + 1);
        expect(i >= start && i < end).to.equal(true);
        expect(page).to.equal(Math.floor(i / t) + 1);
      }),
    );
    expect(pageOfIndex(0, 25)).to.equal(1);
    expect(pageOfIndex(24, 25)).to.equal(1);
    expect(pageOfIndex(25, 25)).to.equal(2);
    expect(pageOfIndex(-3, 25)).to.equal(1);
  });

  it('pagesForRange lists exactly the contiguous pages that hold the range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 500 }), take, (first, length, t) => {
        const last = first + length;
        const pages = pagesForRange(first, last, t);
        expect(pages[0]).to.equal(pageOfIndex(first, t));
        expect(pages[pages.length - 1]).to.equal(pageOfIndex(last, t));
        pages.forEach((p, k) => expect(p).to.equal(pages[0]! + k));
        for (let i = first; i <= last; i += Math.max(1, Math.floor(length / 7))) expect(pages).to.include(pageOfIndex(i, t));
      }),
    );
    expect(pagesForRange(10, 5, 25)).to.deep.equal([]);
    expect(pagesForRange(24, 25, 25)).to.deep.equal([1, 2]);
  });
});
