import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffDelay } from '../../../src/api/rest/backoff.js';
import { parseRetryAfter } from '../../../src/api/rest/retry-after.js';

describe('Retry-After parsing', () => {
  const now = Date.parse('2026-11-27T10:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('0', now)).to.equal(0);
    expect(parseRetryAfter(' 120 ', now)).to.equal(120_000);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Fri, 27 Nov 2026 10:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 09:00:00 GMT', now)).to.equal(0);
  });

  it('ignores what it cannot read', () => {
    for (const value of [null, '', '-5', '1.5', 'soon', '+3']) expect(parseRetryAfter(value, now), String(value)).to.equal(undefined);
  });

  it('reads any whole number of seconds exactly (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (s) => parseRetryAfter(String(s), now) === s * 1000));
  });
});

describe('backoff', () => {
  it('stays within [step/2, step] with step = base·2^(attempt−1), capped (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const step = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
        const delay = backoffDelay(attempt, () => r);
        return Number.isInteger(delay) && delay >= step / 2 && delay <= step;
      }),
    );
  });

  it('grows with the attempt for the same jitter', () => {
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, () => 0.5))).to.deep.equal([188, 375, 750, 1500]);
  });
});
