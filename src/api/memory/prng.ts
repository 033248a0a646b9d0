// Deterministic pseudo-randomness: the same seed gives the same seed data and usage rows
// everywhere (browser memory adapter, Node demo API), so screenshots and tests are stable.

/** FNV-1a over the string's UTF-16 units: a 32-bit seed from any key. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export interface Rng {
  /** A uint32. */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** true with probability `percent` / 100. */
  chance(percent: number): boolean;
}

/** mulberry32: tiny, fast and good enough for demo data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    next,
    int: (min, max) => min + (next() % (max - min + 1)),
    pick: (items) => items[next() % items.length] as (typeof items)[number],
    chance: (percent) => next() % 100 < percent,
  };
}

/** One uint32 for a composite key (org, date, event…), without keeping a generator around. */
export function hashKey(...parts: Array<string | number>): number {
  return createRng(hashString(parts.join('\u0000'))).next();
}
