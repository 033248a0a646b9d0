// Loads the reference API (TypeScript, shared with the browser's memory backend)
// into Node for the test runner and scripts: one esbuild bundle, no extra loader.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function loadApi() {
  const outfile = `${root}.tmp/api-handler.mjs`;
  await mkdir(`${root}.tmp`, { recursive: true });
  await build({
    entryPoints: [`${root}demo/api/handler.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
