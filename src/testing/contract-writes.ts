// Writing a sub-org: create (verbatim names, validation, duplicates, the tier limit,
// feature delegation, replay), edit with If-Match, billing, and credits.
import type { FeatureKey } from '../api/types.js';
import { FEATURE_KEYS } from '../api/types.js';
import { deepEqual, equal, ok, rejectsWith } from './assert.js';
import type { ContractContext } from './context.js';

export function registerWrites(ctx: ContractContext): void {
  describe('create', () => {
    it('keeps markup in a name verbatim, as data, and announces the new sub-org', async () => {
      const name = `<img src=x onerror=alert(1)> & "quotes" 'apos' ${ctx.uniqueName('')}`;
      const created = await ctx.adapter.createSubOrg({ orgId: ctx.orgId, name, idempotencyKey: ctx.key() });
      equal(created.name, name, 'created name');
      ctx.expectChange('sub-org', 'create', [created.id, ctx.orgId]);
      const read = await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: created.id });
      equal(read.name, name, 'name read back');
      equal(read.parentOrg, ctx.orgId, 'parentOrg');
    });

    it('refuses an empty or blank name as validation naming `name`', async () => {
      for (const name of ['', '   ']) {
        const error = await rejectsWith(ctx.adapter.createSubOrg({ orgId: ctx.orgId, name, idempotencyKey: ctx.key() }), 'validation');
        ok('name' in error.fields, `fields name the field: ${JSON.stringify(error.fields)}`);
      }
      ctx.expectNoChange('refused creates');
    });

    it('refuses a duplicate name as conflict duplicate_name', async () => {
      const existing = await ctx.findSubOrg();
      await rejectsWith(ctx.adapter.createSubOrg({ orgId: ctx.orgId, name: existing.name, idempotencyKey: ctx.key() }), 'conflict', 'duplicate_name');
    });

    it('replays a create with the same key instead of creating twice', async () => {
      const key = ctx.key();
      const name = ctx.uniqueName();
      const before = await ctx.adapter.getOrg({ orgId: ctx.orgId });
      const first = await ctx.adapter.createSubOrg({ orgId: ctx.orgId, name, idempotencyKey: key });
      const again = await ctx.adapter.createSubOrg({ orgId: ctx.orgId, name, idempotencyKey: key });
      equal(again.id, first.id, 'the replay answers with the first sub-org');
      const after = await ctx.adapter.getOrg({ orgId: ctx.orgId });
      equal(after.subOrgCount, before.subOrgCount + 1, 'one sub-org more, not two');
    });

    it('delegates only features the parent has', async () => {
      const parent = await ctx.adapter.getOrg({ orgId: ctx.orgId });
      const owned = FEATURE_KEYS.filter((k) => parent.features[k]);
      const lacking = FEATURE_KEYS.filter((k) => !parent.features[k]);
      ok(owned.length > 0 || lacking.length > 0, 'features are known');
      if (owned.length > 0) {
        const flag = owned[0] as FeatureKey;
        const created = await ctx.adapter.createSubOrg({ orgId: ctx.orgId, name: ctx.uniqueName(), features: { [flag]: true }, idempotencyKey: ctx.key() });
        equal(created.features[flag], true, `delegated ${flag}`);
      }
      if (lacking.length > 0) {
        const flag = lacking[0] as FeatureKey;
        const error = await rejectsWith(
          ctx.adapter.createSubOrg({ orgId: ctx.orgId, name: ctx.uniqueName(), features: { [flag]: true }, idempotencyKey: ctx.key() }),
          'validation',
        );
        ok(`features.${flag}` in error.fields, `fields name features.${flag}: ${JSON.stringify(error.fields)}`);
      }
    });

    it('stops at the plan’s sub-org limit with conflict sub_org_limit', async function () {
      this.timeout(60_000);
      const parent = await ctx.adapter.getOrg({ orgId: ctx.orgId });
      const limit = parent.limits.subOrgs;
      if (limit === null) {
        // No limit: creating simply keeps working.
        await ctx.createSubOrg();
        equal((await ctx.adapter.getOrg({ orgId: ctx.orgId })).subOrgCount, parent.subOrgCount + 1, 'count after a create');
        return;
      }
      for (let n = parent.subOrgCount; n < limit; n++) await ctx.createSubOrg();
      await rejectsWith(ctx.createSubOrg(), 'conflict', 'sub_org_limit');
      equal((await ctx.adapter.getOrg({ orgId: ctx.orgId })).subOrgCount, limit, 'count at the limit');
    });
  });

  describe('update', () => {
    it('updates name and config, announces it, and honours If-Match', async () => {
      const created = await ctx.createSubOrg();
      const current = await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: created.id });
      const name = ctx.uniqueName('Renamed');
      const updated = await ctx.adapter.updateSubOrg({
        orgId: ctx.orgId,
        subOrgId: created.id,
        patch: { name, config: { termsUrl: 'https://agency.example/terms' } },
        ifMatch: current.updatedAt,
      });
      equal(updated.name, name, 'name');
      equal(updated.config.termsUrl, 'https://agency.example/terms', 'config.termsUrl');
      ok(updated.updatedAt !== current.updatedAt, 'updatedAt moved');
      ctx.expectChange('sub-org', 'update', [created.id, ctx.orgId]);
      equal((await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: created.id })).name, name, 'name read back');

      // The edit started from the old version: stale.
      await rejectsWith(ctx.adapter.updateSubOrg({ orgId: ctx.orgId, subOrgId: created.id, patch: { name: 'late' }, ifMatch: current.updatedAt }), 'conflict', 'stale');
      equal((await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: created.id })).name, name, 'a stale edit changes nothing');
    });

    it('refuses renaming to a sibling’s name as conflict duplicate_name', async () => {
      const a = await ctx.createSubOrg();
      const b = await ctx.createSubOrg();
      await rejectsWith(ctx.adapter.updateSubOrg({ orgId: ctx.orgId, subOrgId: b.id, patch: { name: a.name } }), 'conflict', 'duplicate_name');
    });
  });

  describe('billing', () => {
    it('updates auto-recharge and the spending cap in exact units', async () => {
      const sub = await ctx.createSubOrg();
      const currency = sub.billing.currency;
      const updated = await ctx.adapter.updateBilling({
        orgId: ctx.orgId,
        subOrgId: sub.id,
        patch: {
          autoRecharge: { enabled: true, rechargeThreshold: 1050, rechargeAmount: 5000 },
          spendingCap: { enabled: true, amount: { amount: 12300, currency } },
          useParentBalance: false,
        },
      });
      deepEqual(updated.billing.autoRecharge, { enabled: true, rechargeThreshold: 1050, rechargeAmount: 5000 }, 'autoRecharge');
      deepEqual(updated.billing.spendingCap.amount, { amount: 12300, currency }, 'spendingCap.amount');
      equal(updated.billing.spendingCap.enabled, true, 'spendingCap.enabled');
      equal(updated.billing.useParentBalance, false, 'useParentBalance');
      ctx.expectChange('billing', 'update', [sub.id, ctx.orgId]);
      deepEqual((await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: sub.id })).billing, updated.billing, 'billing read back');
    });

    it('refuses negative amounts as validation naming the domain field paths, changing nothing', async () => {
      const sub = await ctx.createSubOrg();
      const before = await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: sub.id });
      ctx.forgetChanges();
      const error = await rejectsWith(
        ctx.adapter.updateBilling({
          orgId: ctx.orgId,
          subOrgId: sub.id,
          patch: { autoRecharge: { rechargeThreshold: -100 }, spendingCap: { amount: { amount: -1, currency: before.billing.currency } } },
        }),
        'validation',
      );
      ok('autoRecharge.rechargeThreshold' in error.fields, `fields name autoRecharge.rechargeThreshold: ${JSON.stringify(error.fields)}`);
      ok('spendingCap.amount' in error.fields, `fields name spendingCap.amount: ${JSON.stringify(error.fields)}`);
      deepEqual((await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: sub.id })).billing, before.billing, 'billing unchanged');
      ctx.expectNoChange('a refused billing update');
    });

    it('refuses a stale If-Match as conflict stale', async () => {
      const sub = await ctx.createSubOrg();
      const first = await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: sub.id });
      await ctx.adapter.updateBilling({ orgId: ctx.orgId, subOrgId: sub.id, patch: { useParentBalance: !first.billing.useParentBalance }, ifMatch: first.updatedAt });
      await rejectsWith(
        ctx.adapter.updateBilling({ orgId: ctx.orgId, subOrgId: sub.id, patch: { useParentBalance: first.billing.useParentBalance }, ifMatch: first.updatedAt }),
        'conflict',
        'stale',
      );
    });
  });

  describe('credits', () => {
    it('moves credits from the pool to the sub-org and announces both', async () => {
      const sub = await ctx.createSubOrg();
      const poolBefore = (await ctx.adapter.getOrg({ orgId: ctx.orgId })).balance;
      const subBefore = (await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: sub.id })).balance;
      const after = await ctx.adapter.allocateCredits({ orgId: ctx.orgId, subOrgId: sub.id, amount: 1234, reason: 'contract', idempotencyKey: ctx.key() });
      equal(after.balance, subBefore + 1234, 'sub-org balance');
      equal((await ctx.adapter.getOrg({ orgId: ctx.orgId })).balance, poolBefore - 1234, 'pool balance');
      ctx.expectChange('credits', 'update', [sub.id, ctx.orgId]);
      const txs = await ctx.adapter.listTransactions({ orgId: ctx.orgId, subOrgId: sub.id, page: 1, take: 10 });
      ok(
        txs.items.some((t) => !('invalid' in t) && t.orgId === sub.id && t.amountCredits === 1234),
        `a transaction of 1234 hundredths for the sub-org: ${JSON.stringify(txs.items)}`,
      );
    });

    it('moves credits once for a replayed key', async () => {
      const sub = await ctx.createSubOrg();
      const subBefore = (await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: sub.id })).balance;
      const key = ctx.key();
      await ctx.adapter.allocateCredits({ orgId: ctx.orgId, subOrgId: sub.id, amount: 500, reason: 'once', idempotencyKey: key });
      await ctx.adapter.allocateCredits({ orgId: ctx.orgId, subOrgId: sub.id, amount: 500, reason: 'once', idempotencyKey: key });
      equal((await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: sub.id })).balance, subBefore + 500, 'balance moved once');
    });

    it('refuses taking back more than the sub-org holds as conflict insufficient_credits', async () => {
      const sub = await ctx.createSubOrg();
      const before = await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: sub.id });
      await rejectsWith(
        ctx.adapter.allocateCredits({ orgId: ctx.orgId, subOrgId: sub.id, amount: -(before.balance + 100), reason: 'too much', idempotencyKey: ctx.key() }),
        'conflict',
        'insufficient_credits',
      );
      equal((await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: sub.id })).balance, before.balance, 'balance unchanged');
    });

    it('refuses more than the pool holds (without overdraft) as conflict insufficient_credits', async () => {
      const pool = await ctx.adapter.getOrg({ orgId: ctx.orgId });
      const sub = await ctx.createSubOrg();
      if (pool.features.allowOverdraft) {
        // An overdraft pool may go below zero: the allocation goes through.
        const after = await ctx.adapter.allocateCredits({ orgId: ctx.orgId, subOrgId: sub.id, amount: pool.balance + 100, reason: 'overdraft', idempotencyKey: ctx.key() });
        ok(after.balance >= pool.balance + 100, 'the sub-org got the credits');
        return;
      }
      await rejectsWith(
        ctx.adapter.allocateCredits({ orgId: ctx.orgId, subOrgId: sub.id, amount: pool.balance + 100, reason: 'too much', idempotencyKey: ctx.key() }),
        'conflict',
        'insufficient_credits',
      );
      equal((await ctx.adapter.getOrg({ orgId: ctx.orgId })).balance, pool.balance, 'pool unchanged');
    });
  });
}
