import { expect } from '@open-wc/testing';
import { newIdempotencyKey } from '../../src/domain/idempotency.js';

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
