// Gate: every private token a source file reads (`var(--_x`) is defined (`--_x:`) in that
// file or in the shared tokens file (DESIGN §6: global → component → private `--_x`).
// A typo in a private name silently falls back to nothing; this catches it.
//
//   node scripts/check-private-tokens.mjs [srcDir]      (default: src; shared file: <srcDir>/theme/tokens.ts)
//
// The analysis is a pure function so a browser test can import it; Node modules are
// loaded only when run as a script.

const USE = /var\(\s*(--_[A-Za-z0-9_-]+)/g;
// `--_x: …` in CSS, `'--_x': …` in a styleMap object, `setProperty('--_x', …)` at runtime.
const DEFINE = [/(--_[A-Za-z0-9_-]+)['"]?\s*:/g, /setProperty\(\s*['"](--_[A-Za-z0-9_-]+)['"]/g];

/** The private tokens `text` reads, and the ones it defines. */
export function scanPrivateTokens(text) {
  const used = new Set([...text.matchAll(USE)].map((m) => m[1]));
  const defined = new Set(DEFINE.flatMap((re) => [...text.matchAll(re)].map((m) => m[1])));
  return { used, defined };
}

/**
 * @param {{ path: string, text: string }[]} files the sources to check
 * @param {string} sharedText the shared tokens file, whose definitions every file may use
 * @returns {{ path: string, token: string }[]} each use with no definition
 */
export function findUndefinedPrivateTokens(files, sharedText) {
  const shared = scanPrivateTokens(sharedText).defined;
  const offenders = [];
  for (const { path, text } of files) {
    const { used, defined } = scanPrivateTokens(text);
    for (const token of [...used].sort()) if (!defined.has(token) && !shared.has(token)) offenders.push({ path, token });
  }
  return offenders;
}

async function main() {
  const { readFile, readdir } = await import('node:fs/promises');
  const { join, relative } = await import('node:path');
  const srcDir = process.argv[2] ?? 'src';

  async function walk(dir) {
    const out = [];
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) out.push(...(await walk(full)));
      else if (entry.name.endsWith('.ts')) out.push(full);
    }
    return out;
  }

  const paths = await walk(srcDir);
  const files = await Promise.all(paths.map(async (path) => ({ path: relative(process.cwd(), path), text: await readFile(path, 'utf8') })));
  const sharedText = await readFile(join(srcDir, 'theme', 'tokens.ts'), 'utf8').catch(() => '');
  const offenders = findUndefinedPrivateTokens(files, sharedText);
  if (offenders.length === 0) {
    console.log(`private tokens: ${files.length} files, every var(--_…) is defined`);
    return;
  }
  console.error('Private tokens used but not defined in the file or in theme/tokens.ts:');
  for (const { path, token } of offenders) console.error(`  ${path}: ${token}`);
  process.exitCode = 1;
}

if (typeof process !== 'undefined' && process.argv?.[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop())) {
  await main();
}
