import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ListPageCache } from '../../src/domain/list-page-cache.js';
import { subOrgs } from '../helpers/org-fixtures.js';

describe('list-page-cache', () => {
  it('asks only for the pages covering the visible range, never all', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100_000 }), fc.nat(99_999), fc.integer({ min: 1, max: 60 }), (take, total, first, span) => {
        const cache = new ListPageCache(take);
        cache.accept(1, subOrgs(Math.min(take, total)), total);
        const start = Math.min(first, total - 1);
        const pages = cache.pagesToLoad(start, start + span - 1);
        const last = Math.min(start + span - 1, total - 1);
        const expected = new Set<number>();
        for (let i = start; i <= last; i++) expected.add(Math.floor(i / take) + 1);
        expected.delete(1);
        expect(pages).to.deep.equal([...expected]);
        expect(pages.length).to.be.at.most(Math.ceil(span / take) + 1);
      }),
    );
  });

  it('does not ask twice for a page in flight, and re-asks a failed page only after retry', () => {
    const cache = new ListPageCache(50);
    expect(cache.pagesToLoad(0, 10)).to.deep.equal([1]);
    cache.markLoading(1);
    expect(cache.pagesToLoad(0, 10)).to.deep.equal([]);
    cache.accept(1, subOrgs(50), 500);
    cache.markLoading(2);
    cache.fail(2);
    expect(cache.rowAt(60)).to.deep.equal({ kind: 'error', page: 2 });
    expect(cache.rowAt(10).kind).to.equal('row');
    expect(cache.pagesToLoad(40, 70)).to.deep.equal([]);
    cache.retry(2);
    expect(cache.pagesToLoad(40, 70)).to.deep.equal([2]);
  });

  it('rows come back at their index for any order of page answers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 200 }), fc.infiniteStream(fc.nat()), (take, total, rnd) => {
        const all = subOrgs(total);
        const cache = new ListPageCache(take);
        const pages = Array.from({ length: Math.ceil(total / take) }, (_, i) => i + 1);
        const order = pages.map((p) => [p, rnd.next().value] as const).sort((a, b) => a[1] - b[1]).map(([p]) => p);
        for (const p of order) cache.accept(p, all.slice((p - 1) * take, p * take), total);
        expect(cache.total).to.equal(total);
        for (let i = 0; i < total; i++) {
          const slot = cache.rowAt(i);
          expect(slot.kind === 'row' && slot.entry.id).to.equal(all[i]!.id);
        }
      }),
    );
  });

  it('a page that repeats loaded ids ends the list there and is never followed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20 }), fc.integer({ min: 1, max: 19 }), (take, dupAt) => {
        fc.pre(dupAt < take);
        const cache = new ListPageCache(take);
        const first = subOrgs(take);
        cache.accept(1, first, 10 * take);
        // The server ignores `page` (a common bug): page 2 starts fresh, then repeats page 1.
        const second = [...subOrgs(dupAt, 1000), ...first].slice(0, take);
        const { duplicate } = cache.accept(2, second, 10 * take);
        expect(duplicate).to.be.true;
        expect(cache.total).to.equal(take + dupAt);
        expect(cache.pagesToLoad(0, 10 * take)).to.deep.equal([]);
      }),
    );
  });

  it('an empty page past the end shrinks the total to what exists', () => {
    const cache = new ListPageCache(10);
    cache.accept(1, subOrgs(10), 100);
    cache.accept(3, [], 100);
    expect(cache.total).to.equal(20);
    expect(cache.pagesToLoad(0, 99)).to.deep.equal([2]);
  });

  it('remove takes a row out and moves later rows up', () => {
    const cache = new ListPageCache(10);
    cache.accept(1, subOrgs(10), 20);
    cache.accept(2, subOrgs(10, 10), 20);
    expect(cache.remove('so_3')).to.be.true;
    expect(cache.total).to.equal(19);
    const slot = cache.rowAt(3);
    expect(slot.kind === 'row' && slot.entry.id).to.equal('so_4');
    expect(cache.indexOfId('so_19')).to.equal(18);
    expect(cache.remove('nope')).to.be.false;
  });

  it('rejects a take outside 1..100', () => {
    expect(() => new ListPageCache(0)).to.throw(RangeError);
    expect(() => new ListPageCache(101)).to.throw(RangeError);
  });
});
