import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SUB_ORG_SORTS } from '../../src/api/types.js';
import { ariaSort, DEFAULT_COLUMNS, LIST_COLUMNS, parseColumns, toggledSort } from '../../src/domain/list-columns.js';

describe('list-columns', () => {
  it('parses any input into known, unique columns in the given order (defaults when none)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...LIST_COLUMNS), fc.string({ maxLength: 6 })), { maxLength: 12 }), (names) => {
        const out = parseColumns(names.join(' '));
        expect(new Set(out).size).to.equal(out.length);
        for (const c of out) expect(LIST_COLUMNS).to.include(c);
        // The oracle reads names as parseColumns documents: split on spaces and commas, case-insensitive.
        const words = names.flatMap((n) => n.split(/[\s,]+/)).map((n) => n.trim().toLowerCase());
        const known = words.filter((n) => (LIST_COLUMNS as readonly string[]).includes(n));
        expect(out).to.deep.equal(known.length ? [...new Set(known)] : [...DEFAULT_COLUMNS]);
      }),
    );
    expect(parseColumns('Name, BALANCE')).to.deep.equal(['name', 'balance']);
  });

  it('a header click sorts ascending first, then flips; aria-sort follows', () => {
    for (const current of SUB_ORG_SORTS) {
      for (const field of ['name', 'balance', 'created_at'] as const) {
        const next = toggledSort(current, field);
        expect(next === field || next === `-${field}`).to.be.true;
        if (current === field) expect(next).to.equal(`-${field}`);
        else expect(next).to.equal(field);
        expect(ariaSort(next, field)).to.equal(next === field ? 'ascending' : 'descending');
      }
    }
    expect(ariaSort('name', 'balance')).to.equal('none');
  });
});
