import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareKeyed, nameCollator } from '../../../src/api/memory/name-order.js';
import type { OrgRecord } from '../../../src/api/memory/records.js';

const keyed = (name: string) => ({ org: { name, nameKey: name.toLocaleLowerCase('en') } as OrgRecord, plain: /^[A-Za-z ]*$/.test(name) });
const sign = (n: number) => Math.sign(n);

describe('name order', () => {
  it('agrees in sign with Intl.Collator for ASCII letters and spaces (the fast path)', () => {
    const plainName = fc.string({ unit: fc.constantFrom(...'aAbBzZ mMyY'.split('')), maxLength: 8 });
    fc.assert(
      fc.property(plainName, plainName, (a, b) => {
        expect(sign(compareKeyed(keyed(a), keyed(b))), `${a} | ${b}`).to.equal(sign(nameCollator.compare(a, b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the collator for any names (accents, digits, RTL, emoji)', () => {
    const anyName = fc.string({ unit: fc.constantFrom(...'aZ 9 10 é Ö - & ا ש 🌮'.split(' ')), maxLength: 6 });
    fc.assert(
      fc.property(anyName, anyName, (a, b) => {
        expect(sign(compareKeyed(keyed(a), keyed(b)))).to.equal(sign(nameCollator.compare(a, b)));
      }),
    );
  });
});
