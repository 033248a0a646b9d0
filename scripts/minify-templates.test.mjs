// The template minifier must not change what a style sheet or template means.
// Run by `npm test` (node --test). Every css`` in src is checked against esbuild's own CSS
// minifier: the minified sheet and the original must minify to the same CSS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { minifyTemplates } from './minify-templates.mjs';

const one = (code) => minifyTemplates(code, 'x.ts');

test('CSS: whitespace and comments go, meaning stays', () => {
  assert.equal(one('css`\n  a :hover  {\n    color:  red; /* why */\n  }\n`'), 'css`a :hover{color:red}\n\n\n\n`');
  assert.equal(one("css`a{content:'  x  ';b: calc(1px * 2)}`"), "css`a{content:'  x  ';b:calc(1px * 2)}`");
  assert.equal(one('css`a{margin: ${x} ${y};}`'), 'css`a{margin:${x} ${y}}`');
});

test('HTML: runs of whitespace become one, expressions are untouched', () => {
  assert.equal(one('html`<p   class="a">\n    ${x ? html`<b>  y  </b>` : "  z  "}\n  </p>`'), 'html`<p class="a">\n${x ? html`<b> y </b>` : "  z  "}\n</p>`');
  assert.equal(one('foo`  a  `; `  b  `'), 'foo`  a  `; `  b  `');
});

test('line breaks are kept, so source maps stay right by line', () => {
  const src = readFileSync(new URL('../src/internal/dialog.ts', import.meta.url), 'utf8');
  assert.equal(one(src).split('\n').length, src.split('\n').length);
});

function cssTemplates(code) {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'css') {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t.text] : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)];
      found.push(parts.map((p, i) => (i ? `--x${i}` : '') + p).join(''));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('every style sheet in src means the same after minification', () => {
  const files = readdirSync(new URL('../src', import.meta.url), { recursive: true }).filter((f) => f.endsWith('.ts'));
  let sheets = 0;
  for (const file of files) {
    const code = readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8');
    const before = cssTemplates(code);
    const after = cssTemplates(one(code));
    assert.equal(after.length, before.length, file);
    before.forEach((sheet, i) => {
      // esbuild keeps custom-property values as written; their edge whitespace is insignificant.
      const norm = (css) => transformSync(css, { loader: 'css', minify: true }).code.replace(/([:,]) /g, '$1').replace(/ ([};])/g, '$1');
      assert.equal(norm(after[i]), norm(sheet), `${file}: sheet ${i}`);
      sheets++;
    });
  }
  assert.ok(sheets > 10, `checked ${sheets} sheets`);
});
