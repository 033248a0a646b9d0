import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { API_ERROR_KINDS } from '../../src/api/errors.js';
import { fingerprintOf, keepsIntent, keyFor, newIdempotencyKey } from '../../src/domain/idempotency.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('gives distinct v4 UUIDs', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const key = newIdempotencyKey();
      expect(key).to.match(UUID_V4);
      keys.add(key);
    }
    expect(keys.size).to.equal(2000);
  });

  it('falls back to getRandomValues where randomUUID is missing (insecure contexts)', () => {
    // Shadow the prototype method on the instance for this test only.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(typeof crypto.randomUUID).to.equal('undefined');
      const keys = new Set(Array.from({ length: 500 }, () => newIdempotencyKey()));
      for (const key of keys) expect(key).to.match(UUID_V4);
      expect(keys.size).to.equal(500);
    } finally {
      delete (crypto as unknown as Record<string, unknown>).randomUUID;
    }
    expect(typeof crypto.randomUUID).to.equal('function');
  });
});

describe('one key per intent', () => {
  const counter = () => {
    let n = 0;
    return () => `k${++n}`;
  };

  it('keyFor: the same fingerprint keeps the pending intent, another one (or none pending) takes a new key', () => {
    const next = counter();
    const first = keyFor(null, 'a', next);
    expect(first).to.deep.equal({ key: 'k1', fingerprint: 'a' });
    expect(keyFor(first, 'a', next), 'a retry').to.equal(first);
    expect(keyFor(first, 'b', next), 'a changed body').to.deep.equal({ key: 'k2', fingerprint: 'b' });
    expect(keyFor(null, 'a', next).key, 'after the intent ended').to.equal('k3');
  });

  it('fingerprintOf ignores object key order but not values or array order (property)', () => {
    const body = fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.integer(), { maxLength: 3 })));
    fc.assert(
      fc.property(body, fc.infiniteStream(fc.integer()), (value, seeds) => {
        const shuffled = Object.fromEntries(
          Object.entries(value)
            .map((entry) => ({ entry, order: seeds.next().value as number }))
            .sort((a, b) => a.order - b.order)
            .map((x) => x.entry),
        );
        expect(fingerprintOf({ outer: shuffled })).to.equal(fingerprintOf({ outer: value }));
      }),
    );
    expect(fingerprintOf({ name: 'A' })).to.not.equal(fingerprintOf({ name: 'B' }));
    expect(fingerprintOf({ list: [1, 2] })).to.not.equal(fingerprintOf({ list: [2, 1] }));
  });

  it('keepsIntent: only after failures where the write may have run', () => {
    const kept = API_ERROR_KINDS.filter((kind) => keepsIntent(kind));
    expect(kept).to.have.members(['network', 'timeout', 'http', 'invalid-response', 'rate-limited']);
    for (const definitive of ['validation', 'conflict', 'forbidden', 'not-found', 'auth']) expect(keepsIntent(definitive), definitive).to.be.false;
  });
});
