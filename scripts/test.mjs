// `npm test`: the whole gate, in order: lint, types, build + size budgets, browser tests.
// Every gate step counts as one check; the browser tests count one each.
// Ends with one plain line: `N passed, N failed`.
import { spawn } from 'node:child_process';

const steps = [
  ['lint', 'npx', ['eslint', '.']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['typecheck bench pages', 'npx', ['tsc', '-p', 'bench']],
  ['build scripts: template minifier, manifest', 'node', ['--test', 'scripts/minify-templates.test.mjs', 'scripts/manifest.test.mjs']],
  ['private tokens defined', 'node', ['scripts/check-private-tokens.mjs']],
  ['build + size budgets', 'node', ['scripts/size.mjs', '--build']],
];

function run(cmd, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    if (capture) {
      for (const s of [child.stdout, child.stderr]) s.on('data', (d) => { out += d; process.stdout.write(d); });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

let passed = 0;
let failed = 0;
const started = Date.now();
for (const [name, cmd, args] of steps) {
  console.log(`\n── ${name}`);
  const { code } = await run(cmd, args);
  if (code === 0) passed++;
  else { failed++; console.log(`✗ ${name} failed`); }
}

console.log('\n── browser tests');
const { code, out } = await run('npx', ['wtr', '--static-logging'], { capture: true });
// eslint-disable-next-line no-control-regex
const plain = out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
const counts = [...plain.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
if (counts) {
  passed += Number(counts[1]);
  failed += Number(counts[2]);
}
if (code !== 0 && (!counts || Number(counts[2]) === 0)) failed++; // the runner failed outside a test
if (!counts) console.log('✗ the browser test runner reported no counts');

console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
