import { expect } from '@open-wc/testing';
import { createBackend } from '../../../src/api/memory/backend.js';
import { generateSubOrgs } from '../../../src/api/memory/generator.js';
import { body, call, rows } from './call.js';

describe('generateSubOrgs', () => {
  it('makes 100,000 sub-orgs quickly (time printed; best of 2, the test machine is shared)', function () {
    this.timeout(30_000);
    const times: number[] = [];
    let orgs: unknown[] = [];
    for (let run = 0; run < 2; run++) {
      const started = performance.now();
      orgs = generateSubOrgs(100_000, 42);
      times.push(performance.now() - started);
    }
    console.log(`generateSubOrgs(100000): ${times.map((t) => t.toFixed(0)).join(' ms, ')} ms`);
    expect(orgs).to.have.length(100_000);
    expect(Math.min(...times)).to.be.lessThan(3000);
  });

  it('gives distinct ids and names, and is the same for the same seed', () => {
    const a = generateSubOrgs(2_000, 9, new Date('2026-06-15T00:00:00Z'));
    const b = generateSubOrgs(2_000, 9, new Date('2026-06-15T00:00:00Z'));
    expect(a).to.deep.equal(b);
    expect(new Set(a.map((o) => o.id)).size).to.equal(2_000);
    expect(new Set(a.map((o) => o.name)).size).to.equal(2_000);
    expect(new Set(a.map((o) => o.plan)).size).to.be.greaterThan(2);
    expect([...new Set(a.map((o) => o.billing.currency))]).to.include.members(['usd', 'jpy', 'kwd']);
    expect(a.every((o) => Number.isSafeInteger(o.balance) && o.balance >= 0)).to.be.true;
  });

  it('keeps names unique beyond the 125,000 word combinations', function () {
    this.timeout(30_000);
    const orgs = generateSubOrgs(125_010, 1);
    const names = new Set(orgs.map((o) => o.name));
    expect(names.size).to.equal(125_010);
  });

  it('serves a 100,000-org backend: sort, search and a deep page', async function () {
    this.timeout(60_000);
    const started = performance.now();
    const backend = createBackend({ seed: { generate: 100_000, seed: 3 } });
    const built = performance.now() - started;
    const t0 = performance.now();
    const sorted = await call(backend, 'GET', '/orgs/org_agency/orgs?sort=name&take=100&page=500');
    const sortMs = performance.now() - t0;
    const t1 = performance.now();
    const search = await call(backend, 'GET', '/orgs/org_agency/orgs?search=harbor&take=5');
    const searchMs = performance.now() - t1;
    console.log(`100k backend: seeded ${built.toFixed(0)} ms, first name sort ${sortMs.toFixed(0)} ms, search ${searchMs.toFixed(0)} ms`);
    expect(sorted.headers['pagination-count']).to.equal('100000');
    expect(rows(sorted)).to.have.length(100);
    const names = rows(sorted).map((o) => o.name as string);
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(names).to.deep.equal([...names].sort(collator.compare));
    expect(Number(search.headers['pagination-count'])).to.be.greaterThan(100);
    expect(rows(search).every((o) => (o.name as string).toLowerCase().includes('harbor'))).to.be.true;
    expect(body(await call(backend, 'GET', '/orgs/org_agency')).sub_org_count).to.equal(100_000);
    const usage = await call(backend, 'GET', '/orgs/org_agency/orgs/usage?interval=day&take=10&page=1000');
    expect(usage.headers['pagination-count']).to.equal(String(30 * 100_000 * 5));
    expect(rows(usage)).to.have.length(10);
  });
});
