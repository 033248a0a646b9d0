import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { randomBytes } from 'node:crypto';
import { loadApi } from './scripts/load-api.mjs';
import { isOwnSource, minifyTemplates } from './scripts/minify-templates.mjs';

const { createApiHandler } = await loadApi();
const api = createApiHandler({ control: true });

/** The strict page of DESIGN §7, with a fresh nonce for the runner's own inline scripts. */
function strictPage() {
  return async (ctx, next) => {
    await next();
    if (!ctx.response.is('html') || typeof ctx.body !== 'string') return;
    const nonce = randomBytes(16).toString('base64');
    ctx.body = ctx.body.replace(/<script(?=[\s>])/g, `<script nonce="${nonce}"`);
    ctx.set(
      'Content-Security-Policy',
      [
        "default-src 'self'",
        `script-src 'self' 'nonce-${nonce}'`,
        "style-src 'self'",
        "img-src 'self' https: data:",
        "require-trusted-types-for 'script'",
        'trusted-types lit-html',
      ].join('; '),
    );
  };
}

/** The demo's reference API, mounted so tests speak real HTTP. */
function mountApi() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/api/')) return next();
    ctx.respond = false;
    await new Promise((resolve) => {
      ctx.res.once('finish', resolve);
      ctx.res.once('close', resolve);
      api(ctx.req, ctx.res);
    });
  };
}

/** Runs before esbuild, on the TypeScript source, as the vite plugin does in the builds. */
function templatesPlugin() {
  return {
    name: 'suborg-minify-templates',
    transform(context) {
      if (isOwnSource(context.path) && typeof context.body === 'string') return { body: minifyTemplates(context.body, context.path) };
    },
  };
}

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts'],
  port: Number(process.env.WTR_PORT || 8000),
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 300_000,
  browserStartTimeout: 60_000,
  // Tests run on the same minified template text that the builds ship.
  plugins: [templatesPlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [mountApi(), strictPage()],
  testRunnerHtml: (framework) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body>` +
    `<script type="module" src="/test/helpers/strict-page.ts"></script>` +
    `<script type="module" src="${framework}"></script></body></html>`,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      // A page per browser context: with two test files at once, tabs sharing a context
      // leave one hidden, and a hidden page gets no animation frames.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: chromePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  ],
};
