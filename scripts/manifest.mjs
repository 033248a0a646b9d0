// custom-elements.json from the elements' JSDoc headers (@summary, @fires, @csspart,
// @cssprop) and Lit properties, with @custom-elements-manifest/analyzer used as a library
// (its CLI would also rewrite package.json). Tags come from our guarded
// `defineElement('tag', Class)` calls, which the analyzer does not know about.
// Usage: node scripts/manifest.mjs   → writes ./custom-elements.json, prints a summary.
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIRS = ['src/components', 'src/context', 'src/internal'];

function sourceFiles() {
  const files = [];
  for (const dir of DIRS) {
    if (!existsSync(path.join(root, dir))) continue;
    for (const f of readdirSync(path.join(root, dir), { recursive: true })) {
      const rel = path.posix.join(dir, String(f).split(path.sep).join('/'));
      if (rel.endsWith('.ts') && !rel.endsWith('.d.ts') && !rel.endsWith('.test.ts')) files.push(rel);
    }
  }
  return files.sort();
}

/** Finds `defineElement('tag', ClassName)` and gives the class its tag and a definition export. */
function defineElementPlugin() {
  const definitions = []; // { tag, className, module }
  return {
    name: 'suborg-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (tagArg && classArg && ts.isStringLiteralLike(tagArg) && ts.isIdentifier(classArg)) {
        definitions.push({ tag: tagArg.text, className: classArg.text, module: moduleDoc.path });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const def of definitions) {
        const owner = customElementsManifest.modules.find((m) => m.declarations?.some((d) => d.kind === 'class' && d.name === def.className));
        if (!owner) continue;
        const decl = owner.declarations.find((d) => d.kind === 'class' && d.name === def.className);
        decl.tagName = def.tag;
        decl.customElement = true;
        const defModule = customElementsManifest.modules.find((m) => m.path === def.module);
        defModule?.exports.push({ kind: 'custom-element-definition', name: def.tag, declaration: { name: def.className, module: owner.path } });
      }
    },
  };
}

/**
 * The analyzer also reports events it finds in code (`emit(name, …)`, `new CustomEvent(type)`),
 * where it reads a variable's name or nothing. Our public events are the documented
 * `suborg-…` ones: keep those, once each.
 */
function publicEventsPlugin() {
  return {
    name: 'suborg-public-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const m of customElementsManifest.modules) {
        for (const d of m.declarations ?? []) {
          if (!d.events) continue;
          const seen = new Set();
          d.events = d.events.filter((e) => /^suborg-[a-z-]+$/.test(e.name ?? '') && !seen.has(e.name) && seen.add(e.name));
        }
      }
    },
  };
}

export function generateManifest() {
  const modules = sourceFiles().map((file) => ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.ES2022, true));
  return create({ modules, plugins: [...litPlugin(), defineElementPlugin(), publicEventsPlugin()] });
}

export function elementsOf(manifest) {
  return manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, module: m.path })));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = generateManifest();
  writeFileSync(path.join(root, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const elements = elementsOf(manifest);
  console.log(`custom-elements.json: ${elements.length} element${elements.length === 1 ? '' : 's'}`);
  for (const el of elements) {
    const n = (k) => el[k]?.length ?? 0;
    const gaps = ['summary'].filter((k) => !el[k]);
    console.log(
      `  <${el.tagName}> ${n('attributes')} attributes, ${n('events')} events, ${n('cssParts')} parts, ${n('cssProperties')} CSS properties${gaps.length ? `  (missing: ${gaps.join(', ')})` : ''}`,
    );
  }
}
