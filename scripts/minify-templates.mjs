// Build-time minification of the static text of Lit's `css`, `html` and `svg` tagged templates.
// Minifiers leave template literals alone, yet they hold every style sheet and template of the
// kit. Only the literal text between `${…}` expressions changes; expressions are untouched.
// Line breaks are kept (in CSS, moved to the end of the text), so source maps stay right by line.
// One function, used by the library/demo/bench builds (vite), the size gate and the test server.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);

/** Collapses each whitespace run to its line breaks, or to one space when it has none. */
const squeezeRun = (run) => run.replace(/[^\n]/g, '') || ' ';

/**
 * CSS: drops comments and the whitespace around `{ } ; , :` (after a colon only, so selectors like
 * `a :hover` keep their meaning). Quoted strings are copied as they are. The line breaks move to
 * the end of the text, where a run of them costs gzip next to nothing.
 */
function minifyCss(text, first, last) {
  let out = '';
  let lines = 0;
  for (const piece of text.split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/)) {
    if (piece.startsWith('"') || piece.startsWith("'")) {
      out += piece;
      continue;
    }
    lines += piece.split('\n').length - 1;
    out += piece
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;\}/g, '}');
  }
  // The sheet's own edges need no space; next to a `${…}` one may separate two values.
  if (first) out = out.trimStart();
  if (last) out = out.trimEnd();
  return out + '\n'.repeat(lines);
}

/** HTML: whitespace runs become one space (or their line breaks), which renders the same outside `<pre>`. */
const minifyHtml = (text) => text.replace(/\s{2,}|\n/g, squeezeRun);

/** Literal pieces of a tagged template: [start, end) of each raw text run inside the backticks. */
function literalRanges(template, source) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart() + 1, template.end - 1]];
  const ranges = [[template.head.getStart() + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const lit = span.literal;
    const closing = ts.isTemplateTail(lit) ? 1 : 2;
    ranges.push([lit.getStart(source) + 1, lit.end - closing]);
  }
  return ranges;
}

/** Returns `code` with the static text of every css/html/svg tagged template minified. */
export function minifyTemplates(code, fileName = 'file.ts') {
  if (!/\b(css|html|svg)`/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
      const ranges = literalRanges(node.template, source);
      ranges.forEach(([start, end], i) => {
        const text = code.slice(start, end);
        const next = minify(text, i === 0, i === ranges.length - 1);
        if (next !== text) edits.push([start, end, next]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** Our own TypeScript sources, the only files the transform touches. */
export const isOwnSource = (id) => /[\\/]src[\\/].*\.ts$/.test(id) && !/node_modules/.test(id);

/** The same transform as an esbuild plugin (the size gate and size-by-file). */
export const esbuildMinifyTemplates = () => ({
  name: 'suborg-minify-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => ({ contents: minifyTemplates(await readFile(path, 'utf8'), path), loader: 'ts' }));
  },
});
