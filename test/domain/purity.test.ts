import { expect } from '@open-wc/testing';

// DESIGN §3: domain/ is pure logic: no DOM, no Lit, no adapters. Read the served modules and check.
const MODULES = [
  'credits', 'date-range', 'decimal', 'idempotency', 'initials', 'money', 'number-input', 'pagination', 'parse-result', 'text',
  'theme-values', 'url-safety', 'number-format',
];

describe('domain purity', () => {
  for (const name of MODULES) {
    it(`${name}.ts imports only domain modules and domain types, and touches no DOM`, async () => {
      const response = await fetch(new URL(`../../src/domain/${name}.ts`, import.meta.url));
      expect(response.ok, name).to.equal(true);
      const source = await response.text();
      const specifiers = [...source.matchAll(/\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);
      for (const spec of specifiers) expect(/^\.\/[a-z-]+\.(js|ts)$|^\.\.\/api\/types\.(js|ts)$/.test(spec!), `${name} imports ${spec}`).to.equal(true);
      expect(source, name).to.not.match(/\b(document|window|customElements|HTMLElement|localStorage|sessionStorage|fetch)\b\s*[.(]/);
    });
  }
});
