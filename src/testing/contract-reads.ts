// Reading: the parent, the sub-org list (pages, totals, search, sort), one sub-org, unknown ids.
import { isInvalid } from '../api/types.js';
import type { SubOrgSort, SubOrgSummary } from '../api/types.js';
import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import type { ContractContext } from './context.js';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function validRows(items: Array<SubOrgSummary | { invalid: true }>): SubOrgSummary[] {
  ok(items.every((i) => !isInvalid(i)), `every seeded row should be valid: ${JSON.stringify(items.filter((i) => isInvalid(i)))}`);
  return items as SubOrgSummary[];
}

function isOrdered<T>(rows: T[], compare: (a: T, b: T) => number): boolean {
  return rows.every((row, i) => i === 0 || compare(rows[i - 1] as T, row) <= 0);
}

export function registerReads(ctx: ContractContext): void {
  describe('reading', () => {
    it('getOrg returns the parent in domain units', async () => {
      const org = await ctx.adapter.getOrg({ orgId: ctx.orgId });
      equal(org.id, ctx.orgId, 'org id');
      ok(Number.isSafeInteger(org.balance), 'balance is integer hundredths');
      ok(Number.isSafeInteger(org.spendingCapUsed.amount), 'spendingCapUsed is integer minor units');
      equal(org.spendingCapUsed.currency, org.billing.currency, 'spendingCapUsed currency');
      ok(/^[a-z]{3}$/.test(org.billing.currency), 'currency is lowercase ISO');
      ok(Number.isSafeInteger(org.subOrgCount) && org.subOrgCount >= 0, 'subOrgCount');
      ok(org.role !== null, 'the caller has a role in its own org');
    });

    it('listSubOrgs pages with totals from the server, and a page past the end is empty', async () => {
      const org = await ctx.adapter.getOrg({ orgId: ctx.orgId });
      const first = await ctx.adapter.listSubOrgs({ orgId: ctx.orgId, page: 1, take: 3 });
      equal(first.total, org.subOrgCount, 'total equals the parent’s subOrgCount');
      equal(first.page, 1, 'page');
      equal(first.take, 3, 'take');
      equal(first.items.length, Math.min(3, first.total), 'items on page 1');
      const second = await ctx.adapter.listSubOrgs({ orgId: ctx.orgId, page: 2, take: 3 });
      equal(second.total, first.total, 'total on page 2');
      const ids = new Set(validRows(first.items).map((r) => r.id));
      ok(validRows(second.items).every((r) => !ids.has(r.id)), 'page 2 does not repeat page 1');
      const past = await ctx.adapter.listSubOrgs({ orgId: ctx.orgId, page: Math.ceil(first.total / 3) + 1, take: 3 });
      equal(past.items.length, 0, 'items past the end');
      equal(past.total, first.total, 'total past the end');
    });

    it('listSubOrgs searches names case-insensitively and counts after the search', async () => {
      const all = await ctx.allSubOrgs();
      const target = all.find((r) => /[a-z]{4}/i.test(r.name));
      ok(target, 'a sub-org with a latin name to search for');
      const needle = /[a-z]{4}/i.exec(target.name)![0].toUpperCase();
      const expected = all.filter((r) => r.name.toLocaleLowerCase('en').includes(needle.toLocaleLowerCase('en')));
      const found = await ctx.adapter.listSubOrgs({ orgId: ctx.orgId, page: 1, take: 100, search: needle });
      equal(found.total, expected.length, `total for search "${needle}"`);
      deepEqual(validRows(found.items).map((r) => r.id).sort(), expected.map((r) => r.id).sort(), 'search hits');
      const none = await ctx.adapter.listSubOrgs({ orgId: ctx.orgId, page: 1, take: 10, search: `no such name ${ctx.uniqueName()}` });
      equal(none.total, 0, 'total for a search without hits');
      equal(none.items.length, 0, 'items for a search without hits');
    });

    const sorts: Array<[SubOrgSort, (a: SubOrgSummary, b: SubOrgSummary) => number]> = [
      ['name', (a, b) => collator.compare(a.name, b.name)],
      ['-name', (a, b) => collator.compare(b.name, a.name)],
      ['balance', (a, b) => a.balance - b.balance],
      ['-balance', (a, b) => b.balance - a.balance],
      ['created_at', (a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)],
      ['-created_at', (a, b) => (a.createdAt > b.createdAt ? -1 : a.createdAt < b.createdAt ? 1 : 0)],
    ];
    for (const [sort, compare] of sorts) {
      it(`listSubOrgs sorts by ${sort}`, async () => {
        const page = await ctx.adapter.listSubOrgs({ orgId: ctx.orgId, page: 1, take: 100, sort });
        const rows = validRows(page.items);
        ok(rows.length >= 2, 'at least two sub-orgs to sort');
        ok(isOrdered(rows, compare), `ordered by ${sort}: ${rows.map((r) => (sort.includes('name') ? r.name : sort.includes('balance') ? r.balance : r.createdAt)).join(' | ')}`);
      });
    }

    it('listSubOrgs refuses a page size above 100 as validation', async () => {
      await rejectsWith(ctx.adapter.listSubOrgs({ orgId: ctx.orgId, page: 1, take: 101 }), 'validation');
    });

    it('getSubOrg returns a listed sub-org in full', async () => {
      const row = await ctx.findSubOrg();
      const sub = await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: row.id });
      equal(sub.id, row.id, 'id');
      equal(sub.name, row.name, 'name');
      equal(sub.parentOrg, ctx.orgId, 'parentOrg');
      equal(sub.balance, row.balance, 'balance agrees with the list row');
      deepEqual(sub.billing, row.billing, 'billing agrees with the list row');
    });

    it('unknown ids are not-found', async () => {
      const missing = `org_missing_${Date.now().toString(36)}`;
      await rejectsWith(ctx.adapter.getOrg({ orgId: missing }), 'not-found');
      await rejectsWith(ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: missing }), 'not-found');
      await rejectsWith(ctx.adapter.updateSubOrg({ orgId: ctx.orgId, subOrgId: missing, patch: { name: 'x' } }), 'not-found');
      await rejectsWith(ctx.adapter.listMembers({ orgId: missing }), 'not-found');
      await rejectsWith(ctx.adapter.getCheckout({ orgId: ctx.orgId, checkoutId: 'chk_missing' }), 'not-found');
      ctx.expectNoChange('failed writes');
    });
  });
}
