import { expect } from '@open-wc/testing';

// The gate script is plain Node ESM; its analysis is a pure export, loaded here by URL
// (a variable specifier keeps TypeScript from asking for declarations).
interface Checker {
  findUndefinedPrivateTokens(files: Array<{ path: string; text: string }>, sharedText: string): Array<{ path: string; token: string }>;
}
const scriptUrl = '/scripts/check-private-tokens.mjs';

describe('scripts/check-private-tokens.mjs', () => {
  let check: Checker['findUndefinedPrivateTokens'];
  before(async () => {
    check = ((await import(/* @vite-ignore */ scriptUrl)) as Checker).findUndefinedPrivateTokens;
  });

  it('passes tokens defined in the same file or in the shared tokens file', () => {
    const files = [
      { path: 'a.ts', text: 'css`:host { --_row: var(--suborg-row, 3rem); } .r { height: var(--_row); color: var(--_primary); }`' },
      { path: 'b.ts', text: "this.style.setProperty('--_w', w); const s = styleMap({ '--_h': h }); css`.x { width: var(--_w); height: var( --_h ); }`" },
    ];
    expect(check(files, ':host { --_primary: var(--suborg-color-primary, #4338ca); }')).to.deep.equal([]);
  });

  it('lists each use with no definition, by file', () => {
    const files = [
      { path: 'a.ts', text: 'css`:host { --_row: 1px; } .r { height: var(--_rwo); margin: var(--_space); }`' },
      { path: 'b.ts', text: 'css`.x { color: var(--_row); }`' },
    ];
    expect(check(files, ':host { --_space: 0.5rem; }')).to.deep.equal([
      { path: 'a.ts', token: '--_rwo' },
      { path: 'b.ts', token: '--_row' },
    ]);
  });

  it('holds for the real shared tokens: everything tokens.ts reads it defines', async () => {
    const tokens = await (await fetch('/src/theme/tokens.ts')).text();
    expect(tokens).to.contain('--_primary');
    expect(check([{ path: 'tokens.ts', text: tokens }], '')).to.deep.equal([]);
  });
});
