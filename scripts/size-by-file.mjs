// Where the bytes go: `node scripts/size-by-file.mjs [base|list|billing|kit] [minBytes]`.
// Bundles the same self-contained entry as scripts/size.mjs (shared base + element) and
// prints the gzip total, then each input file's minified bytes in that bundle, largest first.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { baseSource, bundleOptions } from './size.mjs';

const entries = {
  base: '',
  list: `import './src/components/suborg-list/suborg-list.define.ts';`,
  billing: `import './src/components/suborg-billing/suborg-billing.define.ts';`,
  kit: `import './src/define.ts';`,
};
const which = process.argv[2] ?? 'kit';
const minBytes = Number(process.argv[3] ?? 200);
if (!(which in entries)) throw new Error(`unknown entry ${which}; one of ${Object.keys(entries).join(', ')}`);

const result = await build({ ...bundleOptions(`${baseSource()}\n${entries[which]}`), metafile: true });
const code = result.outputFiles[0].contents;
console.log(`${which}: gzip -9 ${gzipSync(code, { level: 9 }).length} B, minified ${code.length} B`);
const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
const groups = new Map();
for (const [file, { bytesInOutput }] of inputs) {
  const group = file.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, '$1').replace(/^src\/([^/]+\/?[^/]*)\/.*/, 'src/$1');
  groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
  if (bytesInOutput >= minBytes) console.log(String(bytesInOutput).padStart(8), file);
}
console.log('\nby folder (minified bytes):');
for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) console.log(String(bytes).padStart(8), group);
