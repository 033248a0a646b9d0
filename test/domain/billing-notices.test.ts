import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { billing } from '../helpers/org-fixtures.js';
import { billingNotices, dismissalKey, isDismissed, recordDismissal, type NoticeStore } from '../../src/domain/billing-notices.js';

class MapStore implements NoticeStore {
  map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}

const throwing: NoticeStore = {
  getItem() {
    throw new Error('SecurityError');
  },
  setItem() {
    throw new Error('QuotaExceededError');
  },
};

describe('billing-notices', () => {
  it('raises one notice per timestamp, most severe first', () => {
    const notices = billingNotices(
      billing({ lastLowBalanceNotificationAt: '2026-01-01T00:00:00Z', lastOutOfBalanceNotificationAt: '2026-01-02T00:00:00Z', lastSpendingCapNotificationAt: '2026-01-03T00:00:00Z' }),
    );
    expect(notices.map((n) => n.kind)).to.deep.equal(['out-of-balance', 'low-balance', 'spending-cap']);
    expect(billingNotices(billing({}))).to.deep.equal([]);
  });

  it('a dismissal lasts until the timestamp changes, per sub-org', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2100-01-01') }), fc.integer({ min: 1, max: 1e9 }), (a, b, date, later) => {
        fc.pre(a !== b);
        const store = new MapStore();
        const first = { kind: 'low-balance' as const, at: date.toISOString() };
        const next = { ...first, at: new Date(date.getTime() + later).toISOString() };
        expect(recordDismissal(store, a, first)).to.be.true;
        expect(isDismissed(store, a, first)).to.be.true;
        expect(isDismissed(store, a, next)).to.be.false;
        expect(isDismissed(store, b, first)).to.be.false;
        expect(isDismissed(store, a, { ...first, kind: 'out-of-balance' })).to.be.false;
      }),
    );
  });

  it('keys never collide across ids containing the separator', () => {
    const n = { kind: 'low-balance' as const, at: 'x' };
    expect(dismissalKey('a:low-balance', n)).to.not.equal(dismissalKey('a', { ...n, at: 'low-balance:x' }));
  });

  it('survives a store that throws or is missing', () => {
    const n = { kind: 'spending-cap' as const, at: '2026-01-01T00:00:00Z' };
    expect(isDismissed(throwing, 's', n)).to.be.false;
    expect(recordDismissal(throwing, 's', n)).to.be.false;
    expect(isDismissed(null, 's', n)).to.be.false;
    expect(recordDismissal(null, 's', n)).to.be.false;
  });
});
