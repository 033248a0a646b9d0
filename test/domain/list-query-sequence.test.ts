import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { QuerySequence, sameQuery } from '../../src/domain/list-query-sequence.js';

describe('list-query-sequence', () => {
  it('whatever order answers arrive in, only the latest query is applied', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.infiniteStream(fc.nat()), (n, rnd) => {
        const seq = new QuerySequence();
        const tickets = Array.from({ length: n }, () => seq.begin());
        const arrival = tickets.map((t) => [t, rnd.next().value] as const).sort((a, b) => a[1] - b[1]);
        let shown: number | null = null;
        for (const [t] of arrival) if (seq.isLatest(t)) shown = t;
        expect(shown).to.equal(tickets.at(-1));
      }),
    );
  });

  it('sameQuery ignores surrounding blanks in the search only', () => {
    expect(sameQuery({ search: ' acme ', sort: 'name' }, { search: 'acme', sort: 'name' })).to.be.true;
    expect(sameQuery({ search: 'acme', sort: 'name' }, { search: 'acme', sort: '-name' })).to.be.false;
    expect(sameQuery({ search: 'ac me', sort: 'name' }, { search: 'acme', sort: 'name' })).to.be.false;
  });
});
