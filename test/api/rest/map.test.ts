import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as map from '../../../src/api/rest/map.js';
import { unitsFromWire, unitsToWire } from '../../../src/domain/decimal.js';
import * as s from '../../../src/api/schemas/index.js';
import * as f from './wire-fixtures.js';

/** Parses like the adapter does, so the mapper sees what zod lets through. */
function parsed<T>(schema: Parameters<typeof s.parseWire>[0], value: unknown): T {
  const result = s.parseWire(schema, value);
  if (!result.ok) throw new Error(result.issues.join('; '));
  return result.value as T;
}

// Exact shapes: every domain key present, `null` for what the wire left out, no wire key leaking through.
describe('wire → domain mapping (exact shapes)', () => {
  it('maps a member, with null for absent and null fields', () => {
    const { avatar: _avatar, ...noAvatar } = f.wireMember();
    expect(map.memberFromWire(parsed(s.wireMember, { ...noAvatar, extra: 1 }))).to.deep.equal({
      id: 'mem_1',
      name: 'Ann',
      email: 'ann@acme.test',
      avatar: null,
      role: 'STAFF',
      status: 'ACTIVE',
      orgId: 'org_0001',
      userId: 'usr_1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      seenAt: null,
    });
  });

  it('maps invites, usage rows, transactions, payments, checkouts and assist sessions', () => {
    expect(map.inviteFromWire(parsed(s.wireInvite, f.wireInvite))).to.deep.equal({
      id: 'inv_1',
      email: 'new@acme.test',
      role: 'MANAGER',
      status: 'PENDING',
      createdAt: '2026-01-01T00:00:00Z',
      expiresAt: '2026-01-08T00:00:00Z',
    });
    expect(map.usageRowFromWire(parsed(s.wireUsageRow, { ...f.wireUsageRow, currency: 'EUR' }))).to.deep.equal({
      orgId: 'org_0001',
      orgName: 'Acme',
      eventName: 'sms',
      date: '2026-01-01',
      amountCredits: 125,
      amountMonetary: { amount: 13, currency: 'eur' },
    });
    expect(map.transactionFromWire(parsed(s.wireTransaction, { ...f.wireTransaction, custom_keys_used: undefined }))).to.deep.equal({
      id: 'tx_1',
      orgId: 'org_0001',
      orgName: 'Acme',
      reason: 'refund',
      contactName: null,
      campaignName: 'Spring',
      createdAt: '2026-01-01T00:00:00Z',
      amountCredits: -350,
      customKeysUsed: 0,
    });
    expect(map.paymentFromWire(parsed(s.wirePayment, { ...f.wirePayment, currency: 'USD' }))).to.deep.equal({
      id: 'pay_1',
      type: 'charge',
      status: 'succeeded',
      description: null,
      createdAt: '2026-01-01T00:00:00Z',
      amount: { amount: 1999, currency: 'usd' },
    });
    expect(map.checkoutFromWire(parsed(s.wireCheckout, { ...f.wireCheckout, redirect_url: undefined }))).to.deep.equal({
      id: 'co_1',
      status: 'open',
      redirectUrl: null,
      createdAt: '2026-01-01T00:00:00Z',
      credits: 10000,
      amount: { amount: 1500, currency: 'jpy' },
    });
    expect(map.assistSessionFromWire(parsed(s.wireAssistSession, f.wireAssist))).to.deep.equal({
      sessionId: 's1',
      subOrgId: 'org_0001',
      role: 'STAFF',
      expiresAt: '2026-01-01T01:00:00Z',
      url: null,
    });
  });

  it('maps billing with its payment method, and an org with its defaults', () => {
    const billing = map.billingFromWire(parsed(s.wireBilling, f.wireBilling({ payment_method: { type: 'card', payment_method_id: 'pm_1' } })));
    expect(billing.paymentMethod).to.deep.equal({ type: 'card', paymentMethodId: 'pm_1', brand: null, last4: null, failedAt: null, failedMessage: null, inactive: false });
    expect(billing).to.deep.include({
      lastLowBalanceNotificationAt: null,
      lastOutOfBalanceNotificationAt: null,
      lastSpendingCapNotificationAt: '2026-11-01T00:00:00.000Z',
    });
    const { verified: _v, role: _r, limits: _l, sub_org_count: _c, promo_balance: _p, ...sparse } = f.wireOrgDetail();
    const org = map.orgDetailFromWire(parsed(s.wireOrgDetail, sparse));
    expect(Object.keys(org).sort()).to.deep.equal(
      [
        'id', 'name', 'verified', 'disabled', 'deleted', 'type', 'plan', 'balance', 'promoBalance', 'promoBalanceResetAt', 'billing', 'logoUrl',
        'createdAt', 'updatedAt', 'spendingCapUsed', 'role', 'features', 'config', 'parentOrg', 'limits', 'subOrgCount',
      ].sort(),
    );
    expect(org).to.deep.include({ verified: false, role: null, promoBalance: 0, promoBalanceResetAt: null, subOrgCount: 0, parentOrg: 'org_agency' });
    expect(org.limits).to.deep.equal({ subOrgs: null });
  });

  it('maps a list row and the create answer (password only when sent)', () => {
    const row = map.subOrgSummaryFromWire(parsed(s.wireSubOrgSummary, f.wireSubOrg({ members: [{ id: 'm1', name: 'Ann', email: 'ann@acme.test', role: 'ADMIN' }] })));
    expect(row.members).to.deep.equal([{ id: 'm1', name: 'Ann', email: 'ann@acme.test', avatar: null, role: 'ADMIN' }]);
    expect(Object.keys(row).sort()).to.deep.equal(
      ['id', 'name', 'logoUrl', 'plan', 'balance', 'promoBalance', 'billing', 'members', 'spendingCapUsed', 'createdAt', 'updatedAt', 'features', 'config'].sort(),
    );
    expect(map.createdSubOrgFromWire(parsed(s.wireCreatedSubOrg, f.wireSubOrg()))).not.to.have.property('initialPassword');
    expect(map.createdSubOrgFromWire(parsed(s.wireCreatedSubOrg, f.wireSubOrg({ initial_password: 'p4ss' }))).initialPassword).to.equal('p4ss');
  });
});

describe('wire amounts ⇄ integer units', () => {
  /** The value, or 'RangeError' when it throws one. */
  const outcome = (run: () => number): number | string => {
    try {
      return run();
    } catch (error) {
      if (error instanceof RangeError) return 'RangeError';
      throw error;
    }
  };
  const exponent = fc.constantFrom(0, 2, 3, 4);
  const edges = fc.constantFrom(0, -0, 1e21, -1e21, 1e-7, 5e-324, 2 ** 53, 2 ** 53 / 100, (2 ** 53 - 1) / 100, 90071992547409.91, 0.1 + 0.2, 1.005, 1e20, Infinity, NaN);

  it('read exactly what domain/decimal reads from a number, and refuse what it refuses (property)', () => {
    const value = fc.oneof(fc.double(), fc.integer().map((n) => n / 100), fc.integer({ min: -1e15, max: 1e15 }).map((n) => n / 1000), fc.maxSafeInteger().map((n) => n / 10), edges);
    fc.assert(
      fc.property(value, exponent, (v, e) => {
        expect(outcome(() => map.unitsFromNumber(v, e)), `${v} @ ${e}`).to.equal(outcome(() => unitsFromWire(v, e)));
      }),
      { numRuns: 2000 },
    );
  });

  it('write exactly what domain/decimal writes, and refuse what it refuses (property)', () => {
    const units = fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.maxSafeInteger().map((n) => -n), fc.constantFrom(2 ** 53 - 1, -(2 ** 53) + 1, 1.5));
    fc.assert(
      fc.property(units, exponent, (u, e) => {
        expect(outcome(() => map.unitsToNumber(u, e)), `${u} @ ${e}`).to.equal(outcome(() => unitsToWire(u, e)));
      }),
      { numRuns: 2000 },
    );
  });
});
