// custom-elements.json (scripts/manifest.mjs) lists each element with what its JSDoc header
// documents. Run by `npm test` (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { elementsOf, generateManifest } from './manifest.mjs';

const elements = new Map(elementsOf(generateManifest()).map((el) => [el.tagName, el]));

/** `@fires name` tags of a source file's element header. */
const documentedEvents = (file) => [...readFileSync(new URL(`../${file}`, import.meta.url), 'utf8').matchAll(/@fires\s+([a-z-]+)/g)].map((m) => m[1]);

for (const [tag, file] of [
  ['suborg-list', 'src/components/suborg-list/suborg-list.ts'],
  ['suborg-billing', 'src/components/suborg-billing/suborg-billing.ts'],
]) {
  test(`${tag}: summary, attributes, every documented event and no other, parts`, () => {
    const el = elements.get(tag);
    assert.ok(el, `${tag} is in the manifest`);
    assert.ok(el.summary, 'summary');
    assert.ok(el.attributes.some((a) => a.name === 'org-id'), 'org-id attribute (from the base element)');
    const events = el.events.map((e) => e.name).sort();
    const documented = [...new Set([...documentedEvents(file), 'suborg-error'])].sort();
    assert.deepEqual(events, documented);
    assert.ok(el.cssParts.length > 5, 'parts');
  });
}

test('the provider lists its no-code attributes', () => {
  const names = elements.get('suborg-provider').attributes.map((a) => a.name);
  for (const a of ['api-base-url', 'org-id', 'auth', 'token-function', 'brand-primary', 'color-scheme']) assert.ok(names.includes(a), a);
});
