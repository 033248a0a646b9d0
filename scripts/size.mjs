// Size budgets: `node scripts/size.mjs [--build] [--json]`.
// --build first runs the library build (`vite build`), then checks that importing the
// built entries on a server does not throw and that bundlers keep every registration.
// An entry's size is a self-contained, minified esbuild bundle of it together with the
// shared base (Lit, zod/mini, the provider, the REST adapter), gzipped at level 9.
// Entries whose files have not landed yet are listed as "not present", not failed.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { esbuildMinifyTemplates } from './minify-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const abs = (p) => path.join(root, p);
const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Tags present in src/components, keyed to their define file. */
function presentElements() {
  const dir = abs('src/components');
  const found = {};
  if (!existsSync(dir)) return found;
  for (const tag of readdirSync(dir)) {
    const file = `./src/components/${tag}/${tag}.define.ts`;
    if (existsSync(abs(file))) found[tag] = file;
  }
  return found;
}

/**
 * Minified bundle of `source` (resolved from the repo root); returns gzip bytes and the
 * side-effect imports esbuild dropped because of package.json `sideEffects` — a dropped
 * registration is a bug, not a saving.
 */
/** The esbuild options of every measured bundle (scripts/size-by-file.mjs uses them too). */
export const bundleOptions = (source) => ({
  stdin: { contents: source, resolveDir: root, sourcefile: 'size-entry.js', loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  legalComments: 'none',
  tsconfig: abs('tsconfig.json'),
  plugins: [esbuildMinifyTemplates()], // as the builds ship them
  write: false,
  logLevel: 'silent',
});

async function bundleSize(source) {
  const result = await build(bundleOptions(source));
  const dropped = result.warnings.filter((w) => /no side effects|sideEffects/i.test(w.text + (w.notes ?? []).map((n) => n.text).join(' ')));
  const bytes = result.outputFiles[0].contents;
  return { raw: bytes.length, gzip: gzipSize(bytes), dropped: dropped.map((w) => `${w.text} ${w.location ? `(${w.location.file})` : ''}`) };
}

/** The shared base every element entry carries, from size-budgets.json. */
export function baseSource(budgets = JSON.parse(readFileSync(abs('size-budgets.json'), 'utf8'))) {
  const lines = [];
  for (const file of budgets.base.imports) if (existsSync(abs(file))) lines.push(`import ${JSON.stringify(file)};`);
  for (const [name, file] of Object.entries(budgets.base.exports)) if (existsSync(abs(file))) lines.push(`export { ${name} } from ${JSON.stringify(file)};`);
  // Lit and zod/mini are part of the base whether or not the present files use them yet.
  lines.push(`export { LitElement } from 'lit';`, `export { object as zObject } from 'zod/mini';`);
  return lines.join('\n');
}

function missingBase(budgets) {
  return [...budgets.base.imports, ...Object.values(budgets.base.exports)].filter((f) => !existsSync(abs(f)));
}

/** Every row of the size table: `{ name, bytes, budget, status, note }`. */
export async function measureSizes() {
  const budgets = JSON.parse(readFileSync(abs('size-budgets.json'), 'utf8'));
  const elements = presentElements();
  const base = baseSource(budgets);
  const baseMissing = missingBase(budgets);
  const jobs = [];

  const measure = (name, budget, source, note = '') =>
    jobs.push(
      bundleSize(source).then(
        (r) => ({ name, bytes: r.gzip, budget, note, dropped: r.dropped }),
        (e) => ({ name, bytes: null, budget, note: `bundle failed: ${e.message.split('\n')[0]}`, error: true }),
      ),
    );
  const notPresent = (name, budget, note) => jobs.push(Promise.resolve({ name, bytes: null, budget, note, absent: true }));

  for (const ref of budgets.reference) measure(ref.name, null, ref.source, 'reference');
  measure('shared base (Lit, zod/mini, provider, REST adapter)', null, base, baseMissing.length ? `base not complete, missing: ${baseMissing.join(', ')}` : 'included in every row below');

  const own = new Map(budgets.budgets.filter((b) => b.elements?.length === 1).map((b) => [b.elements[0], b.max]));
  const named = new Set(budgets.budgets.flatMap((b) => b.elements ?? []));
  const allTags = [...new Set([...named, ...Object.keys(elements)])];
  for (const tag of allTags) {
    if (own.has(tag)) continue; // measured under its own budget entry below
    if (elements[tag]) measure(tag, budgets.eachElement, `${base}\nimport ${JSON.stringify(elements[tag])};`);
    else notPresent(tag, budgets.eachElement, 'not present');
  }

  for (const b of budgets.budgets) {
    if (b.elements) {
      const present = b.elements.filter((t) => elements[t]);
      const missing = b.elements.filter((t) => !elements[t]);
      if (present.length === 0) notPresent(b.name, b.max, 'not present');
      else measure(b.name, b.max, `${base}\n${present.map((t) => `import ${JSON.stringify(elements[t])};`).join('\n')}`, missing.length ? `partial: missing ${missing.join(', ')}` : '');
    } else if (b.entry) {
      if (!existsSync(abs(b.entry))) notPresent(b.name, b.max, 'not present');
      else measure(b.name, b.max, `${base}\nimport ${JSON.stringify(b.entry)};`);
    } else if (b.file) {
      if (!existsSync(abs(b.file))) notPresent(b.name, b.max, 'not built (run with --build)');
      else jobs.push(Promise.resolve({ name: b.name, bytes: gzipSize(readFileSync(abs(b.file))), budget: b.max, note: '' }));
    }
  }

  const rows = await Promise.all(jobs);
  const targets = new Map(budgets.budgets.map((b) => [b.name, b.target ?? b.max]));
  for (const row of rows) {
    row.target = targets.get(row.name) ?? null;
    row.status = row.absent ? 'not present' : row.error ? 'error' : row.dropped?.length ? 'dropped registration' : row.budget == null ? '' : row.bytes <= row.budget ? 'ok' : 'OVER';
  }
  return rows;
}

const kb = (n) => (n == null ? '–' : (n / 1024).toFixed(1));

/** A markdown table; `bench.mjs` prints the same. */
export function sizeTable(rows) {
  const lines = ['| entry | gzip bytes | KB | max KB (gate) | target KB (issue) | ok |', '|---|---:|---:|---:|---:|---|'];
  for (const r of rows) {
    const note = r.note ? ` (${r.note})` : '';
    const overTarget = r.target != null && r.bytes != null && r.bytes > r.target ? ', over target' : '';
    lines.push(`| ${r.name}${note} | ${r.bytes ?? '–'} | ${kb(r.bytes)} | ${r.budget == null ? '' : kb(r.budget)} | ${r.target == null ? '' : kb(r.target)} | ${r.status}${overTarget} |`);
  }
  return lines.join('\n');
}

/** Importing the built package on a server must not throw (DESIGN §7 "Host API"). */
function checkServerImports() {
  const entries = ['dist/index.js', 'dist/define.js', ...readdirSync(abs('dist')).filter((f) => /^[a-z]+-[a-z-]+\.js$/.test(f) && !f.includes('drop-in')).map((f) => `dist/${f}`)];
  const present = entries.filter((f) => existsSync(abs(f)));
  const script = present.map((f) => `await import(${JSON.stringify(pathToFileURL(abs(f)).href)});`).join('\n');
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return { entries: present, ok: run.status === 0, output: (run.stderr || run.stdout).trim().split('\n').slice(0, 8).join('\n') };
}

/** A consumer's bundler must keep every registration of the built files (package.json `sideEffects`). */
async function checkDistRegistrations() {
  const files = ['dist/define.js', ...readdirSync(abs('dist')).filter((f) => /^[a-z]+-[a-z-]+\.js$/.test(f) && !f.includes('drop-in')).map((f) => `dist/${f}`)].filter((f) => existsSync(abs(f)));
  const problems = [];
  for (const f of files) {
    try {
      const r = await bundleSize(`import ${JSON.stringify(`./${f}`)};`);
      if (r.dropped.length) problems.push(`${f}: ${r.dropped.join('; ')}`);
    } catch (e) {
      problems.push(`${f}: does not bundle: ${e.message.split('\n').slice(0, 3).join(' ')}`);
    }
  }
  return { files, problems };
}

async function main() {
  const args = new Set(process.argv.slice(2));
  let failed = false;
  const started = Date.now();

  if (args.has('--build')) {
    console.log('── vite build (library, manifest, drop-in)');
    // Declarations are not part of the budget check; `npm run build` emits them (tsc is the slow part).
    const env = { ...process.env, SUBORG_SKIP_TYPES: '1' };
    const vite = spawnSync(process.execPath, [abs('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env });
    if (vite.status !== 0) {
      console.log('✗ build failed');
      process.exit(1);
    }
    const ssr = checkServerImports();
    console.log(`${ssr.ok ? '✓' : '✗'} server import (Node) of ${ssr.entries.join(', ')}${ssr.ok ? '' : `:\n${ssr.output}`}`);
    failed ||= !ssr.ok;
    const reg = await checkDistRegistrations();
    console.log(`${reg.problems.length ? '✗' : '✓'} registrations survive tree-shaking in ${reg.files.length} built entr${reg.files.length === 1 ? 'y' : 'ies'}`);
    for (const p of reg.problems) console.log(`  ${p}`);
    failed ||= reg.problems.length > 0;
  }

  const rows = await measureSizes();
  if (args.has('--json')) console.log(JSON.stringify(rows, null, 2));
  else console.log(`\n${sizeTable(rows)}\n`);

  for (const r of rows) {
    if (r.dropped?.length) console.log(`✗ ${r.name}: a registration was tree-shaken away:\n  ${r.dropped.join('\n  ')}`);
    if (r.error) console.log(`✗ ${r.name}: ${r.note}`);
  }
  const over = rows.filter((r) => r.status === 'OVER');
  for (const r of over) console.log(`✗ ${r.name}: ${r.bytes} B > budget ${r.budget} B`);
  const absent = rows.filter((r) => r.status === 'not present').map((r) => r.name);
  if (absent.length) console.log(`not present yet (not a failure): ${absent.join(', ')}`);
  failed ||= rows.some((r) => ['OVER', 'error', 'dropped registration'].includes(r.status));
  console.log(`${failed ? '✗ size budgets failed' : '✓ size budgets met'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
