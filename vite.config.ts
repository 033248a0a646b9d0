// One config, four jobs, chosen by command and mode:
//   `vite` (npm start)          the demo portal on :5173 with the reference API under /api
//   `vite build`                the library into dist/ (ESM per element, index, define, testing,
//                               .d.ts, custom-elements.json) and then the drop-in bundle
//   `vite build --mode demo`    the demo portal into dist-demo/ (what `vite preview` serves)
//   `vite build --mode drop-in` only dist/suborg-elements.drop-in.js (one file, Lit included)
//   `vite build --mode bench`   the benchmark pages into .tmp/bench-dist/
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerResponse } from 'node:http';
import type { Connect, Plugin, UserConfig } from 'vite';
import { build, defineConfig } from 'vite';
import { isOwnSource, minifyTemplates } from './scripts/minify-templates.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const here = (...p: string[]) => path.join(root, ...p);

/** The strict page of DESIGN §7. The built demo and bench pages have no inline script or style. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const DROP_IN_FILE = 'suborg-elements.drop-in.js';

/**
 * Registration modules and the zod/mini config module run for their effect. Our own builds
 * keep them whatever package.json `sideEffects` says (consumers still need that field right).
 */
const EFFECT_MODULES = /(\.define\.ts|[\\/]src[\\/]define\.ts|[\\/]api[\\/]schemas[\\/]zod\.ts)$/;
function keepEffects(): Plugin {
  return {
    name: 'suborg:keep-effects',
    transform(code, id) {
      return EFFECT_MODULES.test(id) ? { code, map: null, moduleSideEffects: true } : null;
    },
  };
}

/** The static text of css/html/svg templates, minified in every build (lines kept, so maps hold). */
function templates(): Plugin {
  return {
    name: 'suborg:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      return isOwnSource(id) ? { code: minifyTemplates(code, id), map: null } : null;
    },
  };
}

// ── library entries: discovered, so the build follows the files as they land ──────────

/** `{ entryName: sourceFile }`: dist/<entryName>.js for each. */
function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  const add = (name: string, file: string) => {
    if (existsSync(here(file))) entries[name] = here(file);
  };
  add('index', 'src/index.ts');
  add('define', 'src/define.ts');
  add('testing', 'src/testing/index.ts');
  add('suborg-provider', 'src/context/suborg-provider.define.ts');
  add('locale-de', 'src/context/locale-de.define.ts'); // opt-in German for every element
  add('classes/suborg-provider', 'src/context/suborg-provider.ts');
  const components = here('src/components');
  if (existsSync(components)) {
    for (const tag of readdirSync(components)) {
      add(tag, `src/components/${tag}/${tag}.define.ts`); // registers <tag>
      add(`classes/${tag}`, `src/components/${tag}/${tag}.ts`); // the class, defines nothing
    }
  }
  return entries;
}

/** The package's dependencies (lit, @lit/*, zod) stay imports; everything else (compiler helpers too) is bundled. */
const dependencies = Object.keys((JSON.parse(readFileSync(here('package.json'), 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {});
const isDependency = (id: string) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/**
 * After the ESM build: per-entry `.d.ts` shims (so `exports["./*"].types` works),
 * the declaration files, the custom-elements manifest, and the drop-in bundle.
 */
function libraryExtras(entries: Record<string, string>): Plugin {
  return {
    name: 'suborg:library-extras',
    apply: 'build',
    async closeBundle() {
      for (const [name, file] of Object.entries(entries)) {
        const target = path.relative(here('src'), file).replace(/\.ts$/, '.js');
        const up = name.includes('/') ? '../' : './';
        await mkdir(path.dirname(here('dist', name)), { recursive: true });
        await writeFile(here('dist', `${name}.d.ts`), `export * from '${up}types/${target}';\n`);
      }
      if (!process.env.SUBORG_SKIP_TYPES) {
        const tsc = spawnSync(process.execPath, [here('node_modules/typescript/bin/tsc'), '-p', here('tsconfig.build.json')], { encoding: 'utf8' });
        // Declarations are emitted even when others' work-in-progress has type errors; say so, don't fail the build.
        if (tsc.status !== 0) console.warn(`[suborg] tsc reported type errors while emitting declarations:\n${tsc.stdout.split('\n').slice(0, 10).join('\n')}`);
      }
      const manifest = spawnSync(process.execPath, [here('scripts/manifest.mjs')], { encoding: 'utf8', stdio: 'inherit' });
      if (manifest.status !== 0) this.error('custom-elements manifest generation failed');
      await build({ configFile: here('vite.config.ts'), mode: 'drop-in', logLevel: 'warn' });
    },
  };
}

function libraryConfig(): UserConfig {
  const entries = libraryEntries();
  return {
    root,
    publicDir: false,
    plugins: [templates(), keepEffects(), libraryExtras(entries)],
    build: {
      outDir: here('dist'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      minify: false, // consumers minify; keeps the ESM readable and tree-shakable
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        external: isDependency,
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
}

/** German, loaded by the drop-in file from beside itself when a page first asks for it. */
const DROP_IN_DE_FILE = 'suborg-elements.drop-in.de.js';
const DROP_IN_FILES = [DROP_IN_FILE, DROP_IN_DE_FILE];

/**
 * One self-contained file (src/drop-in.ts): Lit, zod/mini, every element, registered on load;
 * German in a second file beside it, fetched only by a page that asks for it.
 * An app build rather than library mode, because library-mode ESM keeps its whitespace.
 */
function dropInConfig(): UserConfig {
  return {
    root,
    publicDir: false,
    plugins: [templates(), keepEffects()],
    build: {
      outDir: here('dist'),
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: here('src/drop-in.ts'),
        preserveEntrySignatures: false,
        output: { format: 'es', entryFileNames: DROP_IN_FILE, chunkFileNames: DROP_IN_DE_FILE, comments: { legal: false, annotation: false, jsdoc: false } },
      },
    },
  };
}

// ── demo portal (dev server and built preview) ──────────────────────────────────────

/** The reference REST API, mounted at /api on the dev and preview servers. */
function referenceApi(): Plugin {
  let handler: ((req: Connect.IncomingMessage, res: ServerResponse) => void) | undefined;
  const mount = async (middlewares: Connect.Server) => {
    // The same esbuild-bundled handler the test runner uses (TypeScript with `.js` specifiers).
    // @ts-expect-error plain ESM helper without types
    const { loadApi } = await import('./scripts/load-api.mjs');
    const { createApiHandler } = await loadApi();
    handler = createApiHandler({ control: true });
    middlewares.use((req, res, next) => {
      if (handler && req.url && (req.url === '/api' || req.url.startsWith('/api/'))) return handler(req, res);
      // The API's redirect URLs name the stub pages under /demo/; the portal is served from the
      // root. A redirect, not a rewrite: the pages' relative script and style URLs need the real path.
      if (req.url?.startsWith('/demo/') && /^\/demo\/[\w-]+\.html(\?|$)/.test(req.url)) {
        res.writeHead(302, { Location: req.url.slice('/demo'.length) }).end();
        return;
      }
      // The demo's "signed-in agency": a same-origin session cookie, as an agency portal would have.
      if (!/(^|;\s*)suborg_demo_session=1(;|$)/.test(req.headers.cookie ?? '')) {
        res.setHeader('Set-Cookie', 'suborg_demo_session=1; Path=/; SameSite=Lax; HttpOnly');
      }
      next();
    });
  };
  return {
    name: 'suborg:reference-api',
    configureServer: (server) => mount(server.middlewares),
    configurePreviewServer: (server) => mount(server.middlewares),
  };
}

/** The drop-in files in dist/, built once when missing (the demo's dev server and build serve them). */
let dropInBuild: Promise<unknown> | undefined;
async function droppedIn(name: string): Promise<Buffer> {
  if (!DROP_IN_FILES.every((f) => existsSync(here('dist', f)))) await (dropInBuild ??= build({ configFile: here('vite.config.ts'), mode: 'drop-in', logLevel: 'warn' }));
  return readFileSync(here('dist', name));
}

/** demo/plain.html loads the drop-in file exactly as a no-code site would: from the built dist/. */
function serveDropIn(): Plugin {
  return {
    name: 'suborg:serve-drop-in',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const name = req.url?.split('?')[0]?.slice(1) ?? '';
        if (!DROP_IN_FILES.includes(name)) return next();
        const source = await droppedIn(name);
        res.setHeader('Content-Type', 'text/javascript');
        res.end(source);
      });
    },
  };
}

/** The built demo carries the drop-in files at its root, next to plain.html. */
function emitDropIn(): Plugin {
  return {
    name: 'suborg:emit-drop-in',
    apply: 'build',
    async generateBundle() {
      for (const fileName of DROP_IN_FILES) this.emitFile({ type: 'asset', fileName, source: await droppedIn(fileName) });
    },
  };
}

function htmlInputs(dir: string): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const f of readdirSync(dir)) if (f.endsWith('.html')) inputs[f.replace(/\.html$/, '')] = path.join(dir, f);
  return inputs;
}

function demoConfig(): UserConfig {
  return {
    root: here('demo'),
    publicDir: here('demo/public'),
    plugins: [templates(), keepEffects(), referenceApi(), serveDropIn(), emitDropIn()],
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': STRICT_CSP } },
    build: {
      outDir: here('dist-demo'),
      emptyOutDir: true,
      target: 'es2022',
      assetsInlineLimit: 0, // no data: URLs for scripts or fonts; images stay files
      rolldownOptions: { input: htmlInputs(here('demo')) },
    },
  };
}

function benchConfig(): UserConfig {
  return {
    root: here('bench'),
    publicDir: false,
    logLevel: 'warn',
    plugins: [templates(), keepEffects()],
    build: {
      outDir: here('.tmp/bench-dist'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: htmlInputs(here('bench')) },
    },
  };
}

export default defineConfig(({ command, mode, isPreview }) => {
  if (mode === 'bench') return benchConfig();
  if (command === 'serve' || isPreview || mode === 'demo') return demoConfig();
  if (mode === 'drop-in') return dropInConfig();
  return libraryConfig();
});
