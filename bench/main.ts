// The benchmark page: `?impl=<name>&n=<rows>`. `window.__bench()` runs one measurement:
// time to first rows, sort by balance, sort by name, filter; DOM nodes; JS heap (asked of
// the driver through `window.__heapProbe`, which forces a GC over CDP first).
import '../src/define.js';
import { generateRows } from './data.js';
import type { BenchList, BenchListFactory, Query } from './impl.js';
import { vanillaFull, vanillaWindowed } from './impl-vanilla.js';
import { litVirtualizer } from './impl-virtualizer.js';
import { hasSuborgList, suborgListAdapter, suborgListLocal } from './impl-suborg-list.js';

const IMPLS: Record<string, { make: BenchListFactory; available: () => boolean }> = {
  'vanilla-windowed': { make: vanillaWindowed, available: () => true },
  'vanilla-full': { make: vanillaFull, available: () => true },
  'lit-virtualizer': { make: litVirtualizer, available: () => true },
  'suborg-list-local': { make: suborgListLocal, available: hasSuborgList },
  'suborg-list-adapter': { make: suborgListAdapter, available: hasSuborgList },
};

// Matches about 1 row in 20 of bench/data.ts and 1 in 50 of the memory backend's generated names.
const SEARCH = 'harbor';

declare global {
  interface Window {
    __bench?: () => Promise<BenchRun>;
    __heapProbe?: () => Promise<number>;
  }
}

export interface BenchRun {
  available: boolean;
  firstRowsMs?: number | null;
  sortBalanceMs?: number | null;
  sortNameMs?: number | null;
  filterMs?: number | null;
  domNodes?: number;
  heapBytes?: number | null;
  error?: string;
}

/** How long a loaded page rests before its list mounts (see `__bench`). */
const SETTLE_MS = 1500;

/**
 * Keeps the CPU busy for a moment before every timed step. On this VM a CPU that has been
 * idle runs the next ~100 ms about 1.5× slower, and how busy the page was just before a step
 * differed by list and size (working out the expected first row of 100k rows takes a while,
 * of 1k rows no time): at 1k the adapter-backed list measured 62 ms without this, 43 ms with
 * it, and 42 ms at 100k either way. With it, every step starts from the same warm CPU.
 */
const WARM_UP_MS = 300;
function warmUp() {
  const end = performance.now() + WARM_UP_MS;
  while (performance.now() < end);
}

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

/**
 * Resolves in the next rendering update, after style and layout and just before paint: a new
 * ResizeObserver reports its first observation there. What the DOM holds at that moment is
 * what that frame paints, whether a list wrote it synchronously or in a microtask (as Lit does).
 */
const beforePaint = () =>
  new Promise<void>((resolve) => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body);
  });

/** Waits for the first frame that paints with `done()` holding, then for the next frame (by then that paint is done). */
async function paintedWhen(done: () => boolean, start: number, timeoutMs = 20_000): Promise<number | null> {
  do {
    if (performance.now() - start > timeoutMs) return null;
    await beforePaint();
  } while (!done());
  await frame();
  return performance.now() - start;
}

function countNodes(node: Node): number {
  let n = 1;
  if (node instanceof Element && node.shadowRoot) n += countNodes(node.shadowRoot);
  for (const child of node.childNodes) n += countNodes(child);
  return n;
}

async function timed(list: BenchList, query: Query | null, act: () => void): Promise<number | null> {
  const expected = await list.expectedFirst(query ?? { sort: null, search: '' });
  if (expected === null) throw new Error(`no expected first row for ${JSON.stringify(query)}`);
  warmUp();
  await frame();
  const start = performance.now();
  act();
  return paintedWhen(() => list.firstRowText()?.includes(expected) ?? false, start);
}

window.__bench = async () => {
  const params = new URLSearchParams(location.search);
  const impl = IMPLS[params.get('impl') ?? ''];
  const n = Number(params.get('n') ?? 1000);
  if (!impl || !impl.available()) return { available: false };
  const container = document.getElementById('stage') as HTMLElement;
  try {
    const rows = params.get('impl') === 'suborg-list-adapter' ? [] : generateRows(n);
    const list = await impl.make(rows, n);
    // Every list mounts into a page that has finished its own start-up (script compile and
    // caching, the rows just generated): what is measured is the list, not the page load.
    // Idle is not enough: for about a second after a load, the browser's background work
    // competes for this 2-core machine, and it landed in whichever list set up quickest
    // (at 1k, Lit-based lists were ~25% slower than at 100k). So: idle, settle, idle.
    const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
    await idle();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    await idle();
    const firstRowsMs = await timed(list, null, () => list.mount(container));
    const domNodes = countNodes(list.root());
    const heapBytes = window.__heapProbe ? await window.__heapProbe() : null;
    const sortBalance: Query = { sort: 'balance', search: '' };
    const sortBalanceMs = await timed(list, sortBalance, () => list.apply(sortBalance));
    const sortName: Query = { sort: 'name', search: '' };
    const sortNameMs = await timed(list, sortName, () => list.apply(sortName));
    const filter: Query = { sort: 'name', search: SEARCH };
    const filterMs = await timed(list, filter, () => list.apply(filter));
    return { available: true, firstRowsMs, sortBalanceMs, sortNameMs, filterMs, domNodes, heapBytes };
  } catch (e) {
    return { available: true, error: e instanceof Error ? e.message : String(e) };
  }
};
