import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as s from '../../src/api/schemas/index.js';
import * as z from '../../src/api/schemas/zod.js';
import { billingFromWire } from '../../src/api/rest/map.js';
import * as f from './rest/wire-fixtures.js';

function ok(schema: z.ZodMiniType, value: unknown): unknown {
  const result = s.parseWire(schema, value);
  if (!result.ok) throw new Error(result.issues.join('; '));
  return result.value;
}

function issues(schema: z.ZodMiniType, value: unknown): string[] {
  const result = s.parseWire(schema, value);
  expect(result.ok, 'should be rejected').to.be.false;
  return result.ok ? [] : result.issues;
}

describe('wire schemas', () => {
  it('run zod jitless, so it never probes `new Function` (a strict CSP reports that probe)', () => {
    expect(z.config().jitless).to.equal(true);
  });

  it('accept every documented object (parsing on a strict-CSP page raises no violation)', () => {
    ok(s.wireOrgDetail, f.wireOrgDetail());
    ok(s.wireSubOrgSummary, f.wireSubOrg());
    ok(s.wireCreatedSubOrg, f.wireSubOrg({ initial_password: 'p4ss' }));
    ok(s.wireMember, f.wireMember());
    ok(s.wireInvite, f.wireInvite);
    ok(s.wireUsageRow, f.wireUsageRow);
    ok(s.wireTransaction, f.wireTransaction);
    ok(s.wirePayment, f.wirePayment);
    ok(s.wirePricing, f.wirePricing);
    ok(s.wireCheckout, f.wireCheckout);
    ok(s.wireAssistSession, f.wireAssist);
    ok(s.wirePortalSession, f.wirePortal);
    ok(s.wireErrorBody, { error: { code: 'invalid', message: 'no', fields: { name: 'required' } } });
  });

  it('allow unknown extra keys (dropped) and keep open-ended access keys', () => {
    const parsed = ok(s.wireOrgDetail, f.wireOrgDetail({ brand_new_field: 1 })) as Record<string, unknown>;
    expect(parsed).not.to.have.property('brand_new_field');
    const access = (parsed.config as { access: Record<string, unknown> }).access;
    expect(access.sso_only).to.equal(false);
  });

  it('accept null or absent where the wire may leave things out', () => {
    ok(s.wireOrgDetail, f.wireOrgDetail({ role: null, parent_org: null, logo_url: null, features: undefined, config: undefined, limits: undefined }));
    ok(s.wireBilling, f.wireBilling({ currency: undefined, payment_method: null }));
    ok(s.wirePricing, { ...f.wirePricing, per_credit: null });
    ok(s.wireCheckout, { ...f.wireCheckout, redirect_url: undefined });
  });

  it('reject wrong types where they matter: ids, amounts, enums, currency', () => {
    expect(issues(s.wireSubOrgSummary, f.wireSubOrg({ id: 7 }))[0]).to.match(/^id:/);
    expect(issues(s.wireSubOrgSummary, f.wireSubOrg({ id: '' }))[0]).to.match(/^id:/);
    expect(issues(s.wireSubOrgSummary, f.wireSubOrg({ balance: '12' }))[0]).to.match(/^balance:/);
    expect(issues(s.wireOrgDetail, f.wireOrgDetail({ balance: Number.POSITIVE_INFINITY }))[0]).to.match(/^balance:/);
    expect(issues(s.wireOrgDetail, f.wireOrgDetail({ balance: Number.NaN }))[0]).to.match(/^balance:/);
    expect(issues(s.wireOrgDetail, f.wireOrgDetail({ type: 'SOLO' }))[0]).to.match(/^type:/);
    expect(issues(s.wireMember, f.wireMember({ role: 'OWNER' }))[0]).to.match(/^role:/);
    expect(issues(s.wirePayment, { ...f.wirePayment, amount: 19.99 })[0]).to.match(/^amount:/);
    expect(issues(s.wirePayment, { ...f.wirePayment, currency: 'dollars' })[0]).to.match(/^currency:/);
    expect(issues(s.wireCheckout, { ...f.wireCheckout, status: 'paid' })[0]).to.match(/^status:/);
    expect(issues(s.wirePricing, { ...f.wirePricing, provider: 'paypal' })[0]).to.match(/^provider:/);
    expect(issues(s.wireOrgDetail, f.wireOrgDetail({ billing: f.wireBilling({ auto_recharge: { enabled: true, recharge_threshold: null, recharge_amount: 1 } }) }))[0]).to.match(
      /^billing\.auto_recharge\.recharge_threshold:/,
    );
    issues(s.wireErrorBody, { message: 'flat' });
    issues(s.wireSubOrgSummary, null);
  });

  it('reject bad integers, records, nested lists and open lists the predicates guard', () => {
    const cfg = (modules: unknown) => f.wireSubOrg({ config: { modules } });
    ok(s.wireSubOrgSummary, cfg({ sms: true, voice: false }));
    expect(issues(s.wireSubOrgSummary, cfg({ sms: 'yes' }))[0]).to.match(/^config\.modules:/);
    expect(issues(s.wireSubOrgSummary, cfg([true]))[0]).to.match(/^config\.modules:/);
    issues(s.wireErrorBody, { error: { code: 'invalid', fields: { name: 3 } } });
    expect(issues(s.wireSubOrgSummary, f.wireSubOrg({ members: [{ ...f.wireSubOrg().members[0], role: 'OWNER' }] }))[0]).to.match(/^members:/);
    expect(issues(s.wireSubOrgSummary, f.wireSubOrg({ members: { 0: f.wireSubOrg().members[0] } }))[0]).to.match(/^members:/);
    expect(issues(s.wirePricing, { ...f.wirePricing, tiers: [{ id: 't', credits: 0, amount: 1 }] })[0]).to.match(/^tiers:/);
    expect(issues(s.wirePricing, { ...f.wirePricing, tiers: [{ id: 't', credits: 1, amount: -1 }] })[0]).to.match(/^tiers:/);
    expect(issues(s.wirePricing, { ...f.wirePricing, per_credit: { ...f.wirePricing.per_credit, amount: 1.5 } })[0]).to.match(/^per_credit\.amount:/);
    expect(issues(s.wireTransaction, { ...f.wireTransaction, custom_keys_used: -1 })[0]).to.match(/^custom_keys_used:/);
    expect(issues(s.wireOrgDetail, f.wireOrgDetail({ sub_org_count: 2 ** 53 }))[0]).to.match(/^sub_org_count:/);
    expect(issues(s.wireOrgDetail, f.wireOrgDetail({ limits: { sub_orgs: 1.5 } }))[0]).to.match(/^limits\.sub_orgs:/);
    expect(issues(s.wirePayment, { ...f.wirePayment, amount: '1999' })[0]).to.match(/^amount:/);
    expect(issues(s.wirePortalSession, { ...f.wirePortal, url: '' })[0]).to.match(/^url:/);
    expect(issues(s.wireAssistSession, { ...f.wireAssist, role: 'admin' })[0]).to.match(/^role:/);
    expect(issues(s.wireInvite, { ...f.wireInvite, status: 'ACCEPTED' })[0]).to.match(/^status:/);
    // The create answer is a row plus the password: a bad row field still fails it.
    expect(issues(s.wireCreatedSubOrg, f.wireSubOrg({ id: '', initial_password: 'x' }))[0]).to.match(/^id:/);
  });

  it('integers: exactly the safe integers pass (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double(), fc.constant(2 ** 53), fc.constant(-(2 ** 53))), (n) => {
        expect(s.parseWire(s.wireMinor, n).ok).to.equal(Number.isSafeInteger(n));
        expect(s.parseWire(s.wireCount, n).ok).to.equal(Number.isSafeInteger(n) && n >= 0);
      }),
    );
  });

  it('credits survive wire → domain exactly (integer hundredths, property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (threshold, amount) => {
        const wire = f.wireBilling({ auto_recharge: { enabled: true, recharge_threshold: threshold / 100, recharge_amount: amount / 100 } });
        const billing = billingFromWire(ok(s.wireBilling, wire) as s.WireBilling);
        expect(billing.autoRecharge.rechargeThreshold).to.equal(threshold);
        expect(billing.autoRecharge.rechargeAmount).to.equal(amount);
      }),
    );
  });
});
