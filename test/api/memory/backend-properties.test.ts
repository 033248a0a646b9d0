import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createBackend } from '../../../src/api/memory/backend.js';
import { SUB_ORG_SORTS } from '../../../src/api/types.js';
import { body, call, rows } from './call.js';

const AGENCY = '/orgs/org_agency';
const SUBS = ['org_cafe_lumiere', 'org_acme_dental', 'org_zero_fitness', 'org_velocity_cycling'];
const hundredths = (credits: number) => Math.round(credits * 100);

describe('memory backend properties', () => {
  it('conserves credits: any sequence of allocations leaves pool + sub-orgs unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ sub: fc.constantFrom(...SUBS), amount: fc.integer({ min: -200_000, max: 200_000 }) }), { maxLength: 25 }),
        async (moves) => {
          const backend = createBackend({ now: () => new Date('2026-06-15T12:00:00Z') });
          const total = async () => {
            let sum = hundredths(body(await call(backend, 'GET', AGENCY)).balance);
            for (const sub of SUBS) sum += hundredths(body(await call(backend, 'GET', `/orgs/${sub}`)).balance);
            return sum;
          };
          const before = await total();
          for (const { sub, amount } of moves) {
            // The wire amount is built from integer hundredths by placing the point, as an adapter does.
            const wire = Number(`${amount < 0 ? '-' : ''}${Math.floor(Math.abs(amount) / 100)}.${String(Math.abs(amount) % 100).padStart(2, '0')}`);
            const res = await call(backend, 'POST', `${AGENCY}/orgs/${sub}/credits`, { body: { amount: wire, reason: 'prop' } });
            expect([200, 409, 422]).to.include(res.status);
            if (amount === 0) expect(res.status).to.equal(422);
          }
          expect(await total()).to.equal(before);
          const balances = await Promise.all(SUBS.map(async (sub) => body(await call(backend, 'GET', `/orgs/${sub}`)).balance as number));
          expect(balances.every((b) => b >= 0)).to.be.true;
        },
      ),
      { numRuns: 40 },
    );
  });

  it('pages partition the list: every sort, any take, no row twice or missing', async () => {
    const backend = createBackend({ seed: { generate: 300, seed: 5 } });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SUB_ORG_SORTS), fc.integer({ min: 1, max: 100 }), fc.constantFrom('', 'oak', 'RIVER', 'zz-none'), async (sort, take, search) => {
        const seen: string[] = [];
        let count = -1;
        for (let page = 1; ; page++) {
          const res = await call(backend, 'GET', `${AGENCY}/orgs?sort=${sort}&take=${take}&page=${page}&search=${search}`);
          count = Number(res.headers['pagination-count']);
          const chunk = rows(res);
          if (chunk.length === 0) break;
          expect(chunk.length).to.be.at.most(take);
          seen.push(...chunk.map((o) => o.id as string));
        }
        expect(seen).to.have.length(count);
        expect(new Set(seen).size).to.equal(count);
      }),
      { numRuns: 40 },
    );
  });
});
