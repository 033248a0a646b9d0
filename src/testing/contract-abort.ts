// An aborted call rejects with the signal's reason, not an ApiError; an already-aborted
// signal sends nothing, so nothing changes.
import { ApiError } from '../api/errors.js';
import { equal, ok, rejects } from './assert.js';
import type { ContractContext } from './context.js';

export function registerAbort(ctx: ContractContext): void {
  describe('abort', () => {
    it('an already-aborted create sends nothing and changes nothing', async () => {
      const before = await ctx.adapter.getOrg({ orgId: ctx.orgId });
      const reason = new Error('the user left');
      const name = ctx.uniqueName();
      const error = await rejects(
        ctx.adapter.createSubOrg({ orgId: ctx.orgId, name, idempotencyKey: ctx.key(), signal: AbortSignal.abort(reason) }),
        'aborted create',
      );
      equal(error, reason as unknown, 'rejects with the signal’s reason');
      ctx.expectNoChange('an aborted create');
      equal((await ctx.adapter.getOrg({ orgId: ctx.orgId })).subOrgCount, before.subOrgCount, 'sub-org count unchanged');
      const search = await ctx.adapter.listSubOrgs({ orgId: ctx.orgId, page: 1, take: 10, search: name });
      equal(search.total, 0, 'no sub-org with that name');
    });

    it('an already-aborted credit allocation moves nothing', async () => {
      const sub = await ctx.findSubOrg();
      const pool = (await ctx.adapter.getOrg({ orgId: ctx.orgId })).balance;
      const reason = new DOMException('cancelled', 'AbortError');
      const error = await rejects(
        ctx.adapter.allocateCredits({ orgId: ctx.orgId, subOrgId: sub.id, amount: 100, reason: 'x', idempotencyKey: ctx.key(), signal: AbortSignal.abort(reason) }),
        'aborted allocation',
      );
      equal(error, reason as unknown, 'rejects with the signal’s reason');
      ok(!(error instanceof ApiError), 'not an ApiError');
      equal((await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: sub.id })).balance, sub.balance, 'sub-org balance unchanged');
      equal((await ctx.adapter.getOrg({ orgId: ctx.orgId })).balance, pool, 'pool unchanged');
      ctx.expectNoChange('an aborted allocation');
    });

    it('an already-aborted read rejects with the reason', async () => {
      const reason = new Error('unmounted');
      equal(await rejects(ctx.adapter.getOrg({ orgId: ctx.orgId, signal: AbortSignal.abort(reason) }), 'aborted read'), reason as unknown, 'reason');
    });
  });
}
