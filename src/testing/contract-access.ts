// Who may do what: a caller without credentials gets `auth`; a read-only caller reads but
// its writes are `forbidden` and change nothing.
import type { SubOrgAdapter } from '../api/adapter.js';
import { onAdapterChange } from '../api/adapter.js';
import type { AdapterChange } from '../api/adapter.js';
import { equal, ok, rejectsWith } from './assert.js';
import type { ContractContext, MakeAdapter } from './context.js';

async function watched(make: MakeAdapter): Promise<{ adapter: SubOrgAdapter; changes: AdapterChange[] }> {
  const adapter = await make();
  const changes: AdapterChange[] = [];
  onAdapterChange(adapter, (c) => changes.push(c));
  return { adapter, changes };
}

export function registerAccess(ctx: ContractContext): void {
  const { anonymous, restricted } = ctx.options;
  if (!anonymous && !restricted) return;
  describe('access', () => {
    if (anonymous) {
      it('a caller without credentials gets auth, for reads and writes', async () => {
        const { adapter, changes } = await watched(anonymous);
        await rejectsWith(adapter.getOrg({ orgId: ctx.orgId }), 'auth');
        await rejectsWith(adapter.createSubOrg({ orgId: ctx.orgId, name: ctx.uniqueName(), idempotencyKey: ctx.key() }), 'auth');
        equal(changes.length, 0, 'change events');
      });
    }

    if (restricted) {
      it('a read-only caller reads, but its writes are forbidden and change nothing', async () => {
        const { adapter, changes } = await watched(restricted);
        const before = await ctx.adapter.getOrg({ orgId: ctx.orgId });
        const page = await adapter.listSubOrgs({ orgId: ctx.orgId, page: 1, take: 5 });
        equal(page.total, before.subOrgCount, 'the read-only caller sees the list');
        const sub = page.items[0];
        ok(sub && !('invalid' in sub), 'a sub-org to try writes on');
        await rejectsWith(adapter.createSubOrg({ orgId: ctx.orgId, name: ctx.uniqueName(), idempotencyKey: ctx.key() }), 'forbidden');
        await rejectsWith(adapter.allocateCredits({ orgId: ctx.orgId, subOrgId: sub.id, amount: 100, reason: 'no', idempotencyKey: ctx.key() }), 'forbidden');
        await rejectsWith(adapter.updateBilling({ orgId: ctx.orgId, subOrgId: sub.id, patch: { useParentBalance: !sub.billing.useParentBalance } }), 'forbidden');
        await rejectsWith(adapter.detachSubOrg({ orgId: ctx.orgId, subOrgId: sub.id }), 'forbidden');
        equal(changes.length, 0, 'change events');
        const after = await ctx.adapter.getOrg({ orgId: ctx.orgId });
        equal(after.subOrgCount, before.subOrgCount, 'sub-org count');
        equal(after.balance, before.balance, 'pool balance');
        const subAfter = await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: sub.id });
        equal(subAfter.balance, sub.balance, 'sub-org balance');
        equal(subAfter.billing.useParentBalance, sub.billing.useParentBalance, 'billing mode');
      });
    }
  });
}
