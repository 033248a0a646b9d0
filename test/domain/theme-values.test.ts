import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PROPERTY_TIMEOUT_MS } from './property-timeout.js';
import { CSS_NAMED_COLORS } from './theme-values-named-colors.js';
import { FORBIDDEN_THEME_TOKENS, LENGTH_UNITS, parseColor, parseFontFamily, parseLength, parseThemeValue } from '../../src/domain/theme-values.js';

const num = fc.oneof(fc.integer({ min: 0, max: 255 }).map(String), fc.integer({ min: 0, max: 1000 }).map((n) => (n / 1000).toString()));
const pct = fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`);
const hue = fc.oneof(fc.integer({ min: -360, max: 720 }).map(String), fc.tuple(fc.integer({ min: 0, max: 360 }), fc.constantFrom('deg', 'rad', 'grad', 'turn')).map(([n, u]) => `${n}${u}`));
const alpha = fc.oneof(fc.integer({ min: 0, max: 100 }).map((n) => `${n / 100}`), pct);
const hex = fc.constantFrom(3, 4, 6, 8).chain((n) => fc.stringMatching(new RegExp(`^[0-9a-fA-F]{${n}}$`)).map((h) => `#${h}`));

/** Valid colors in every supported syntax. */
const validColor = fc.oneof(
  hex,
  fc.constantFrom(...CSS_NAMED_COLORS, 'transparent', 'currentColor', 'CurrentColor', 'RED'),
  fc.tuple(fc.constantFrom('rgb', 'rgba'), fc.oneof(fc.tuple(num, num, num), fc.tuple(pct, pct, pct)), fc.option(alpha, { nil: undefined })).map(([f, c, a]) => `${f}(${c.join(', ')}${a ? `, ${a}` : ''})`),
  fc.tuple(fc.constantFrom('rgb', 'rgba'), fc.tuple(fc.oneof(num, pct), fc.oneof(num, pct), fc.oneof(num, pct, fc.constant('none'))), fc.option(alpha, { nil: undefined })).map(([f, c, a]) => `${f}(${c.join(' ')}${a ? ` / ${a}` : ''})`),
  fc.tuple(fc.constantFrom('hsl', 'hsla'), hue, pct, pct, fc.option(alpha, { nil: undefined })).map(([f, h, s, l, a]) => `${f}(${h}, ${s}, ${l}${a ? `, ${a}` : ''})`),
  fc.tuple(fc.constantFrom('hsl', 'HSL'), hue, pct, pct, fc.option(alpha, { nil: undefined })).map(([f, h, s, l, a]) => `${f}(${h} ${s} ${l}${a ? ` / ${a}` : ''})`),
  fc.tuple(fc.oneof(pct, num), num, hue, fc.option(alpha, { nil: undefined })).map(([l, c, h, a]) => `oklch(${l} ${c} ${h}${a ? ` / ${a}` : ''})`),
  fc.tuple(fc.oneof(pct, num), fc.integer({ min: -40, max: 40 }), fc.integer({ min: -40, max: 40 }), fc.option(alpha, { nil: undefined })).map(([l, a, b, al]) => `oklab(${l} ${a / 100} ${b / 100}${al ? ` / ${al}` : ''})`),
);

const validLength = fc.oneof(
  fc.constant('0'),
  fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(...LENGTH_UNITS, 'PX', 'Rem')).map(([i, f, u]) => `${i}${f ? `.${f}` : ''}${u}`),
);

const ident = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,12}$/).filter((s) => !['inherit', 'initial', 'unset', 'revert', 'revert-layer', 'default'].includes(s.toLowerCase()));
const family = fc.oneof(
  fc.constantFrom('serif', 'sans-serif', 'monospace', 'system-ui', 'ui-rounded', 'cursive'),
  fc.array(ident, { minLength: 1, maxLength: 3 }).map((ids) => ids.join(' ')),
  fc.tuple(fc.constantFrom('"', "'"), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,20}$/)).map(([q, n]) => `${q}${n}${q}`),
);
const validFontFamily = fc.array(family, { minLength: 1, maxLength: 5 }).map((f) => f.join(', '));

const forbidden = fc.oneof(fc.constantFrom(...FORBIDDEN_THEME_TOKENS, 'URL(', 'Expression(', '@IMPORT', 'Var('), fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)), fc.constantFrom('\u007f', '\u0085', '\u2028', '\u200b', '\u202e'));

function insertAt(v: string, pos: number, token: string): string {
  const i = pos % (v.length + 1);
  return v.slice(0, i) + token + v.slice(i);
}

describe('theme values', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  it('the named color list is exactly what the browser knows, and every named color is accepted', () => {
    for (const name of CSS_NAMED_COLORS) expect(CSS.supports('color', name), name).to.equal(true);
    expect(CSS_NAMED_COLORS.size).to.equal(148);
    for (const name of CSS_NAMED_COLORS) expect(parseColor(name.toUpperCase()), name).to.equal(name);
  });

  it('without a browser to ask (no CSS global, as on a server), passes only hex and currentColor', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'CSS')!;
    Object.defineProperty(globalThis, 'CSS', { value: undefined, configurable: true, writable: true });
    try {
      expect(parseColor('#ABC')).to.equal('#abc');
      expect(parseColor('currentColor')).to.equal('currentColor');
      for (const refused of ['red', 'transparent', 'rgb(1 2 3)', 'hsl(1, 2%, 3%)']) expect(parseColor(refused), refused).to.equal(null);
    } finally {
      Object.defineProperty(globalThis, 'CSS', descriptor);
    }
  });

  it('refuses bare words the browser does not know as colors, and CSS-wide keywords', () => {
    for (const word of ['notacolor', 'inherit', 'initial', 'unset', 'revert', 'revert-layer', 'default', 'none', 'auto', 'red-ish']) expect(parseColor(word), word).to.equal(null);
  });

  it('accepts generated valid colors, normalised to something the browser parses', () => {
    fc.assert(
      fc.property(validColor, (c) => {
        const out = parseColor(c);
        expect(out, c).to.be.a('string');
        expect(CSS.supports('color', out!), `${c} → ${out}`).to.equal(true);
        expect(parseColor(out), 'idempotent').to.equal(out);
      }),
      { numRuns: 500 },
    );
  });

  it('normalises case and spacing', () => {
    expect(parseColor('#ABCDEF')).to.equal('#abcdef');
    expect(parseColor('  RebeccaPurple ')).to.equal('rebeccapurple');
    expect(parseColor('currentcolor')).to.equal('currentColor');
    expect(parseColor('RGB( 1 ,2, 3 )')).to.equal('rgb(1, 2, 3)');
    expect(parseColor('rgb(1   2 3/50%)')).to.equal('rgb(1 2 3 / 50%)');
  });

  it('refuses colors outside the grammar', () => {
    const bad = ['#ab', '#abcde', '#ggg', 'notacolor', 'rgb(1, 2)', 'rgb(1, 2%, 3)', 'rgb(1 2 3 4)', 'rgb(1, 2, 3, 4, 5)', 'rgb(none, 1, 2)', 'hsl(1, 2, 3)',
      'oklch(1, 2, 3)', 'lab(1 2 3)', 'color(srgb 1 1 1)', 'rgb(1 2 3 / 4 / 5)', 'rgb(1deg 2 3)', 'oklch(1 2 3deg4)', 'red blue', '', '   ', 'rgb(calc(1) 2 3)',
      'inherit', 'rgb(1e3 2 3)', 42, null, {}];
    for (const b of bad) expect(parseColor(b), String(b)).to.equal(null);
  });

  it('accepts generated valid lengths, normalised', () => {
    fc.assert(
      fc.property(validLength, (l) => {
        const out = parseLength(l);
        expect(out, l).to.be.a('string');
        expect(CSS.supports('width', out!), `${l} → ${out}`).to.equal(true);
        const m = /^([\d.]+)([a-z%]*)$/i.exec(l)!;
        expect(out).to.equal(m[2] ? `${Number(m[1])}${m[2].toLowerCase()}` : '0');
      }),
    );
  });

  it('clamps to a per-unit maximum and refuses negatives unless allowed', () => {
    expect(parseLength('48px', { max: { px: 24 } })).to.equal('24px');
    expect(parseLength('2rem', { max: { px: 24 } })).to.equal('2rem');
    expect(parseLength('2rem', { max: { rem: 1.5 } })).to.equal('1.5rem');
    expect(parseLength('-4px')).to.equal(null);
    expect(parseLength('-4px', { allowNegative: true })).to.equal('-4px');
    expect(parseLength('-0px')).to.equal('0px');
    for (const b of ['4', '4 px', 'px', '4pt', '1e3px', 'calc(1px)', '4px 4px', '.px', '1234567px']) expect(parseLength(b), b).to.equal(null);
  });

  it('accepts generated font-family lists the browser also accepts', () => {
    fc.assert(
      fc.property(validFontFamily, (f) => {
        const out = parseFontFamily(f);
        expect(out, f).to.be.a('string');
        expect(CSS.supports('font-family', out!), `${f} → ${out}`).to.equal(true);
        expect(parseFontFamily(out)).to.equal(out);
      }),
    );
    expect(parseFontFamily("'Helvetica Neue',Arial,  sans-serif")).to.equal('"Helvetica Neue", Arial, sans-serif');
    expect(parseFontFamily('Noto   Sans JP, 思源黑体')).to.equal('Noto Sans JP, 思源黑体');
    for (const b of ['inherit', '"a', 'a,,b', ',', '1font', '"a"b', '"a" "b"', '"a\'"', 'a, b, c, d, e, f, g, h, i, j, k', '""']) expect(parseFontFamily(b), b).to.equal(null);
  });

  it('refuses any value with a forbidden token or control character at any position', () => {
    fc.assert(
      fc.property(fc.constantFrom('color', 'length', 'font-family') as fc.Arbitrary<'color' | 'length' | 'font-family'>, validColor, validLength, validFontFamily, forbidden, fc.nat(), (kind, color, length, font, token, pos) => {
        const value = kind === 'color' ? color : kind === 'length' ? length : font;
        expect(parseThemeValue(kind, value), value).to.not.equal(null);
        expect(parseThemeValue(kind, insertAt(value, pos, token)), JSON.stringify(insertAt(value, pos, token))).to.equal(null);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses overlong values', () => {
    expect(parseFontFamily(`"${'a'.repeat(90)}", "${'b'.repeat(90)}"`)).to.be.a('string');
    expect(parseFontFamily(`"${'a'.repeat(99)}", "${'b'.repeat(99)}", serif`)).to.equal(null);
    expect(parseColor(`${' '.repeat(200)}red`)).to.equal(null);
  });

  it('whatever it accepts from arbitrary text, the browser parses as that kind', () => {
    const alphabet = fc.constantFrom(...'#0123456789abcdefABCDEF(),./% -+rgbhslokcnepxmvwd;{}"\'u'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 30 }), (s) => {
        const color = parseColor(s);
        if (color !== null) expect(CSS.supports('color', color), `${s} → ${color}`).to.equal(true);
        const length = parseLength(s);
        if (length !== null) expect(CSS.supports('width', length), `${s} → ${length}`).to.equal(true);
        const font = parseFontFamily(s);
        if (font !== null) expect(CSS.supports('font-family', font), `${s} → ${font}`).to.equal(true);
      }),
      { numRuns: 2000 },
    );
  });
});
