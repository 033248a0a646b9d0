// Faults the backend injects: the adapter retries what is safe, honours Retry-After,
// reports malformed answers, and lets hangs end by abort (or by its own timeout).
import { ApiError } from '../api/errors.js';
import { equal, ok, rejects, rejectsWith } from './assert.js';
import type { ContractContext, ContractFault } from './context.js';

export function registerFaults(ctx: ContractContext, fault: (fault: ContractFault) => Promise<void>): void {
  describe('faults', () => {
    const orgPath = () => `/orgs/${ctx.orgId}`;

    it('retries a GET after a 500 and succeeds', async () => {
      await fault({ kind: 'status-500', match: { method: 'GET', path: orgPath() }, times: 1 });
      equal((await ctx.adapter.getOrg({ orgId: ctx.orgId })).id, ctx.orgId, 'org after one 500');
    });

    it('retries a GET after a connection reset and succeeds', async () => {
      await fault({ kind: 'reset', match: { method: 'GET', path: orgPath() }, times: 1 });
      equal((await ctx.adapter.getOrg({ orgId: ctx.orgId })).id, ctx.orgId, 'org after one reset');
    });

    it('gives up as http when the 500s do not stop', async () => {
      await fault({ kind: 'status-500', match: { method: 'GET', path: orgPath() }, times: 20 });
      await rejectsWith(ctx.adapter.getOrg({ orgId: ctx.orgId }), 'http');
    });

    it('waits out a 429 with Retry-After, then succeeds', async function () {
      this.timeout(15_000);
      await fault({ kind: 'status-429', match: { method: 'GET', path: orgPath() }, times: 1, retryAfter: '1' });
      const started = Date.now();
      equal((await ctx.adapter.getOrg({ orgId: ctx.orgId })).id, ctx.orgId, 'org after a 429');
      ok(Date.now() - started >= 900, `waited about the second Retry-After asked for (${Date.now() - started} ms)`);
    });

    it('fails as rate-limited, with retryAfterMs, when Retry-After is too long to wait', async () => {
      await fault({ kind: 'status-429', match: { method: 'GET', path: orgPath() }, times: 1, retryAfter: '3600' });
      const error = await rejectsWith(ctx.adapter.getOrg({ orgId: ctx.orgId }), 'rate-limited');
      ok(typeof error.retryAfterMs === 'number' && error.retryAfterMs > 0, `retryAfterMs tells the UI how long: ${error.retryAfterMs}`);
    });

    it('does not repeat a write without an idempotency key after a 500', async () => {
      const sub = await ctx.createSubOrg();
      await fault({ kind: 'status-500', match: { method: 'PATCH', path: `/orgs/${sub.id}` }, times: 1 });
      await rejectsWith(ctx.adapter.updateSubOrg({ orgId: ctx.orgId, subOrgId: sub.id, patch: { name: ctx.uniqueName() } }), 'http');
      equal((await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: sub.id })).name, sub.name, 'name unchanged');
    });

    it('retries a keyed create after a 500 and creates exactly one', async () => {
      const before = await ctx.adapter.getOrg({ orgId: ctx.orgId });
      const name = ctx.uniqueName();
      await fault({ kind: 'status-500', match: { method: 'POST', path: `${orgPath()}/orgs` }, times: 1 });
      const created = await ctx.adapter.createSubOrg({ orgId: ctx.orgId, name, idempotencyKey: ctx.key() });
      equal(created.name, name, 'created');
      equal((await ctx.adapter.getOrg({ orgId: ctx.orgId })).subOrgCount, before.subOrgCount + 1, 'exactly one more');
    });

    it('reports malformed JSON as invalid-response', async () => {
      await fault({ kind: 'malformed-json', match: { method: 'GET', path: orgPath() }, times: 1 });
      await rejectsWith(ctx.adapter.getOrg({ orgId: ctx.orgId }), 'invalid-response');
    });

    it('ends a hanging request when the caller aborts, with the signal’s reason', async () => {
      await fault({ kind: 'hang', match: { method: 'GET', path: orgPath() }, times: 1 });
      const controller = new AbortController();
      const reason = new DOMException('navigated away', 'AbortError');
      setTimeout(() => controller.abort(reason), 150);
      const error = await rejects(ctx.adapter.getOrg({ orgId: ctx.orgId, signal: controller.signal }), 'hanging read');
      equal(error, reason as unknown, 'the signal’s reason');
      ok(!(error instanceof ApiError), 'not an ApiError');
    });

    const { timeoutMs } = ctx.options;
    if (timeoutMs !== undefined) {
      it('ends a hanging request with its own timeout as timeout', async function () {
        this.timeout(timeoutMs + 5_000);
        await fault({ kind: 'hang', match: { method: 'GET', path: orgPath() }, times: 1 });
        await rejectsWith(ctx.adapter.getOrg({ orgId: ctx.orgId }), 'timeout');
      });
    }
  });
}
