import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { foldForSearch, headIndices, queryLocal, searchIndices, sortIndices } from '../../src/domain/list-local-query.js';
import type { ListEntry } from '../../src/domain/list-local-query.js';
import type { SubOrgSort, SubOrgSummary } from '../../src/api/types.js';
import { SUB_ORG_SORTS } from '../../src/api/types.js';
import { subOrg, subOrgs } from '../helpers/org-fixtures.js';

const arbOrgs = fc.array(
  fc.record({ name: fc.string({ maxLength: 12 }), balance: fc.integer({ min: -1e6, max: 1e6 }), minute: fc.nat(1e6) }),
  { maxLength: 60 },
).map((rows) => rows.map((r, i) => subOrg(i, { name: r.name, balance: r.balance, createdAt: new Date(r.minute * 60_000).toISOString() })));

const arbSort = fc.constantFrom<SubOrgSort>(...SUB_ORG_SORTS);

describe('list-local-query', () => {
  it('search keeps exactly the rows whose folded name contains the folded query', () => {
    fc.assert(
      fc.property(arbOrgs, fc.string({ maxLength: 3 }), (orgs, q) => {
        const hits = new Set(searchIndices(orgs, q));
        const folded = foldForSearch(q.trim());
        orgs.forEach((o, i) => expect(hits.has(i)).to.equal(foldForSearch(o.name).includes(folded)));
      }),
    );
  });

  it('search is case-insensitive', () => {
    const orgs = [subOrg(1, { name: 'ACME Studio' }), subOrg(2, { name: 'Other' })];
    expect(queryLocal(orgs, 'acme', 'name', 'en').map((o) => o.id)).to.deep.equal(['so_1']);
  });

  it('sort returns a permutation, ordered by the field, ties in input order', () => {
    fc.assert(
      fc.property(arbOrgs, arbSort, (orgs, sort) => {
        const out = queryLocal(orgs, '', sort, 'en') as SubOrgSummary[];
        expect(out.map((o) => o.id).sort()).to.deep.equal(orgs.map((o) => o.id).sort());
        const collator = new Intl.Collator('en', { sensitivity: 'base' });
        const desc = sort.startsWith('-');
        for (let i = 1; i < out.length; i++) {
          const a = out[i - 1]!;
          const b = out[i]!;
          const field = desc ? sort.slice(1) : sort;
          const c =
            field === 'name' ? collator.compare(a.name, b.name) : field === 'balance' ? a.balance - b.balance : Date.parse(a.createdAt) - Date.parse(b.createdAt);
          const ordered = desc ? -c : c;
          expect(ordered, `${sort} at ${i}`).to.be.at.most(0);
          if (c === 0) expect(orgs.indexOf(a)).to.be.below(orgs.indexOf(b));
        }
      }),
    );
  });

  it('the fast path for plain Latin names orders exactly like Intl.Collator (en, de)', () => {
    const alphabet = fc.constantFrom(...'aAbBzZ09 éÉäÄöüßå-_.'.split(''));
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, maxLength: 6 }), { maxLength: 40 }), fc.constantFrom('en', 'de', 'sv'), (names, locale) => {
        const orgs = names.map((name, i) => subOrg(i, { name }));
        const out = queryLocal(orgs, '', 'name', locale) as SubOrgSummary[];
        const collator = new Intl.Collator(locale, { sensitivity: 'base' });
        for (let i = 1; i < out.length; i++) expect(collator.compare(out[i - 1]!.name, out[i]!.name)).to.be.at.most(0);
      }),
    );
  });

  it('puts rows that failed validation last, whatever the sort', () => {
    fc.assert(
      fc.property(arbOrgs, arbSort, fc.nat(5), (orgs, sort, bad) => {
        const entries: ListEntry[] = [...orgs];
        for (let k = 0; k < bad; k++) entries.splice(k * 3, 0, { invalid: true, id: `bad_${k}`, issues: ['name: required'] });
        const out = queryLocal(entries, '', sort, 'en');
        const firstInvalid = out.findIndex((e) => 'invalid' in e);
        if (firstInvalid >= 0) expect(out.slice(firstInvalid).every((e) => 'invalid' in e)).to.be.true;
      }),
    );
  });

  it('headIndices gives exactly the first k of the full sort (ties, invalid rows, locales, a search)', () => {
    // Names from a small alphabet so ties, accents and non-plain names (fast path vs collator) all occur.
    const alphabet = fc.constantFrom(...'aAbBzZ09 éÄß-'.split(''));
    const arbEntries = fc
      .tuple(
        fc.array(fc.record({ name: fc.string({ unit: alphabet, maxLength: 6 }), balance: fc.integer({ min: -5, max: 5 }), minute: fc.nat(5) }), { maxLength: 50 }),
        fc.nat(4),
      )
      .map(([rows, bad]) => {
        const entries: ListEntry[] = rows.map((r, i) => subOrg(i, { name: r.name, balance: r.balance, createdAt: new Date(r.minute * 60_000).toISOString() }));
        for (let k = 0; k < bad; k++) entries.splice(Math.min(entries.length, k * 7), 0, { invalid: true, id: `bad_${k}`, issues: ['name: required'] });
        return entries;
      });
    fc.assert(
      fc.property(arbEntries, arbSort, fc.constantFrom('en', 'sv', 'de'), fc.constantFrom('', 'a', 'b'), fc.oneof(fc.nat(8), fc.nat(60)), (entries, sort, locale, search, k) => {
        const indices = searchIndices(entries, search);
        const full = sortIndices(entries, indices.slice(), sort, locale);
        expect(headIndices(entries, indices, sort, locale, k)).to.deep.equal(full.slice(0, k));
      }),
      { numRuns: 300 },
    );
  });

  // Speed is the bench's job (`npm run bench`: sort by balance and by name at 100k); this checks the order.
  it('sorts 100,000 rows by balance and by name, mixed case and accents included', () => {
    const base = subOrgs(100_000).map((o, i) => ({ ...o, name: `${['Ärzte', 'acme', 'Zeta', 'beta', 'Émile'][i % 5]} ${(i * 7919) % 100_000}` }));
    const byBalance = sortIndices(base, base.map((_, i) => i), '-balance', 'en');
    const byName = sortIndices(base, base.map((_, i) => i), 'name', 'en');
    const collator = new Intl.Collator('en', { sensitivity: 'base' }); // the order the element promises for names
    for (let k = 1; k < base.length; k++) {
      if (base[byBalance[k - 1]!]!.balance < base[byBalance[k]!]!.balance) throw new Error(`balance order broken at ${k}`);
      if (collator.compare(base[byName[k - 1]!]!.name, base[byName[k]!]!.name) > 0) throw new Error(`name order broken at ${k}`);
    }
    expect(new Set(byName).size).to.equal(base.length);
    expect(base[byName[0]!]!.name.toLowerCase().startsWith('acme')).to.be.true;
    expect(base[byBalance[0]!]!.balance).to.equal(Math.max(...base.map((o) => o.balance)));
  });
});
