// `npm run bench`: a benchmark, not a test. Prints the bundle-size table (the same
// measuring code as scripts/size.mjs) and a list-rendering table measured in headless
// Chromium against a production build of bench/ for N = 1k, 10k, 100k rows:
// time to first rows on screen, sort by balance, sort by name, filter (each from the
// moment the query is applied to the start of the frame after the one that paints them),
// DOM nodes, and JS heap after a forced GC. Median and min–max of BENCH_RUNS (≥ 5) runs.
// Results: bench-results/<timestamp>.json and bench-results/latest.json.
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { measureSizes, sizeTable } from './size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const vite = path.join(root, 'node_modules/vite/bin/vite.js');
const port = Number(process.env.BENCH_PORT ?? 4174);
const origin = `http://localhost:${port}`;
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const IMPLS = [
  { id: 'vanilla-windowed', label: 'vanilla DOM, windowed (floor)' },
  { id: 'vanilla-full', label: 'vanilla DOM, every row', maxN: 10_000 },
  { id: 'lit-virtualizer', label: '@lit-labs/virtualizer' },
  { id: 'suborg-list-local', label: '<suborg-list> local (items)' },
  { id: 'suborg-list-adapter', label: '<suborg-list> adapter (memory)' },
];
const METRICS = [
  ['firstRowsMs', 'first rows ms'],
  ['sortBalanceMs', 'sort balance ms'],
  ['sortNameMs', 'sort name ms'],
  ['filterMs', 'filter ms'],
  ['domNodes', 'DOM nodes'],
  ['heapBytes', 'JS heap MB'],
];
const RUN_TIMEOUT_MS = 90_000;

async function startPreview() {
  const child = spawn(process.execPath, [vite, 'preview', '--mode', 'bench', '--port', String(port), '--strictPort'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return child;
    } catch {
      // not yet
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`vite preview (bench) did not start:\n${log}`);
}

async function oneRun(browser, impl, n) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.exposeFunction('__heapProbe', async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  });
  try {
    await page.goto(`${origin}/?impl=${impl}&n=${n}`);
    await page.waitForFunction(() => typeof window.__bench === 'function');
    const result = await Promise.race([
      page.evaluate(() => window.__bench()),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`run timed out after ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS)),
    ]);
    if (errors.length) result.pageErrors = errors.slice(0, 3);
    return result;
  } catch (e) {
    return { available: true, error: e.message.split('\n')[0] };
  } finally {
    await page.close();
  }
}

function summarize(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v.at(-1), n: v.length, missing: values.length - v.length };
}

function cell(stat, key) {
  if (!stat) return 'n/a';
  const f = key === 'heapBytes' ? (x) => (x / 1_048_576).toFixed(1) : key === 'domNodes' ? (x) => String(Math.round(x)) : (x) => x.toFixed(1);
  const range = stat.min === stat.max ? '' : ` (${f(stat.min)}–${f(stat.max)})`;
  return `${f(stat.median)}${range}${stat.missing ? ` [${stat.missing} timed out]` : ''}`;
}

function listTable(results) {
  const head = `| list | N | ${METRICS.map(([, l]) => l).join(' | ')} |`;
  const lines = [head, `|---|---:|${METRICS.map(() => '---:').join('|')}|`];
  for (const r of results) {
    if (r.status !== 'measured') {
      lines.push(`| ${r.label} | ${r.n.toLocaleString('en')} | ${r.status} |${METRICS.slice(1).map(() => ' |').join('')}`);
      continue;
    }
    lines.push(`| ${r.label} | ${r.n.toLocaleString('en')} | ${METRICS.map(([k]) => cell(r.stats[k], k)).join(' | ')} |`);
  }
  return lines.join('\n');
}

async function main() {
  const started = Date.now();
  // The dist rows measure files on disk: build them now, or a stale dist/ is what gets reported.
  const dropIn = spawnSync(process.execPath, [vite, 'build', '--mode', 'drop-in', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (dropIn.status !== 0) throw new Error('drop-in build failed');
  console.log('## Bundle sizes (gzip -9, minified, with Lit, zod/mini, provider and REST adapter)\n');
  console.log(sizeTable(await measureSizes()));

  console.log('\n── vite build --mode bench');
  const build = spawnSync(process.execPath, [vite, 'build', '--mode', 'bench', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('bench build failed');
  const preview = await startPreview();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
  });
  const results = [];
  try {
    for (const n of SIZES) {
      for (const impl of IMPLS) {
        const entry = { impl: impl.id, label: impl.label, n, runs: [] };
        results.push(entry);
        if (impl.maxN && n > impl.maxN) {
          entry.status = 'skipped (not run above 10k)';
          continue;
        }
        for (let i = 0; i < RUNS; i++) {
          const run = await oneRun(browser, impl.id, n);
          if (!run.available) break;
          entry.runs.push(run);
          if (run.error) break; // one broken run says enough; don't spend minutes repeating it
        }
        if (entry.runs.length === 0) entry.status = 'missing (element not registered yet)';
        else if (entry.runs.some((r) => r.error)) entry.status = `error: ${entry.runs.find((r) => r.error).error}`;
        else {
          entry.status = 'measured';
          entry.stats = Object.fromEntries(METRICS.map(([k]) => [k, summarize(entry.runs.map((r) => r[k]))]));
        }
        process.stdout.write(`  ${impl.id} n=${n}: ${entry.status}${entry.stats ? `, first rows ${cell(entry.stats.firstRowsMs, 'firstRowsMs')} ms` : ''}\n`);
      }
    }
  } finally {
    await browser.close();
    preview.kill();
  }

  const browserVersion = spawnSync(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim();
  const report = { date: new Date().toISOString(), runs: RUNS, sizes: SIZES, browser: browserVersion, node: process.version, results };
  await mkdir(path.join(root, 'bench-results'), { recursive: true });
  const stamp = report.date.replace(/[:.]/g, '-');
  await writeFile(path.join(root, 'bench-results', `${stamp}.json`), JSON.stringify(report, null, 2));
  await writeFile(path.join(root, 'bench-results', 'latest.json'), JSON.stringify(report, null, 2));

  const heading = `## List rendering (median (min–max) of ${RUNS} runs; ${browserVersion}, headless)`;
  console.log(`\n${heading}\n`);
  console.log(listTable(results));
  await writeFile(path.join(root, 'bench-results', 'latest.md'), `${heading}\n\n${listTable(results)}\n`);
  console.log(`\nTimes run from applying the query to the start of the frame after the first one that paints the updated first row (checked after layout, before paint; frame granularity).`);
  console.log(`Each list mounts once its page is idle, has rested 1.5 s and is idle again (SETTLE_MS), and every timed step follows 300 ms of busy CPU (WARM_UP_MS in bench/main.ts): neither the browser's start-up work nor a cold CPU is measured.`);
  console.log(`Filter sets the element's \`search\` property, which applies at once; only typing in its search box is debounced (SEARCH_DEBOUNCE_MS).`);
  console.log(`Written to bench-results/${stamp}.json (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

await main();
process.exit(0); // a lingering browser pipe must not keep the process alive
