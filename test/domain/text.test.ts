import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PROPERTY_TIMEOUT_MS } from './property-timeout.js';
import { initials } from '../../src/domain/initials.js';
import { isBlank, normalizeName, stripInvisible } from '../../src/domain/text.js';

const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u061C', '\uFEFF', '\u2060', '\u00AD'];
const SPACES = [' ', '\t', '\n', '\u00A0', '\u2003', '\u202F', '\u3000'];
const invisibleOrSpace = fc.constantFrom(...INVISIBLE, ...SPACES);

describe('text', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  it('isBlank is true exactly for strings of whitespace and invisibles', () => {
    fc.assert(
      fc.property(fc.array(invisibleOrSpace, { maxLength: 10 }), (chars) => {
        expect(isBlank(chars.join(''))).to.equal(true);
      }),
    );
    fc.assert(
      fc.property(fc.array(invisibleOrSpace, { maxLength: 5 }), fc.constantFrom('a', 'ب', '字', '😀', '0', '.'), fc.nat(), (chars, visible, pos) => {
        chars.splice(pos % (chars.length + 1), 0, visible);
        expect(isBlank(chars.join(''))).to.equal(false);
      }),
    );
  });

  it('isBlank sees through blank look-alike letters', () => {
    for (const s of ['\u3164', '\u115F\u1160', '\u2800 \u2800', '\uFFA0']) expect(isBlank(s), JSON.stringify(s)).to.equal(true);
    expect(isBlank('\u3164a')).to.equal(false);
  });

  it('stripInvisible removes every invisible and nothing else', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 5 }), (s, inserts) => {
        const clean = stripInvisible(s);
        let dirty = clean;
        for (const [pos, ch] of inserts) dirty = dirty.slice(0, pos % (dirty.length + 1)) + ch + dirty.slice(pos % (dirty.length + 1));
        expect(stripInvisible(dirty)).to.equal(clean);
        expect(stripInvisible(clean)).to.equal(clean);
      }),
    );
  });

  it('normalizeName trims, collapses whitespace, drops bidi overrides, and is idempotent', () => {
    expect(normalizeName('  Acme\u00A0\u00A0 Rockets\n ')).to.equal('Acme Rockets');
    expect(normalizeName('\u200B\u202EAcme\u202C Inc\uFEFF')).to.equal('Acme Inc');
    expect(normalizeName('Cafe\u0301')).to.equal('Café');
    expect(normalizeName('Acme \u200B Inc')).to.equal('Acme Inc');
    expect(normalizeName('Acme\u200BInc')).to.equal('Acme\u200BInc');
    expect(normalizeName('👨\u200D👩\u200D👧 family')).to.equal('👨\u200D👩\u200D👧 family');
    expect(normalizeName('می\u200Cخواهم')).to.equal('می\u200Cخواهم');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 4 }), invisibleOrSpace), { maxLength: 12 }), (parts) => {
        const out = normalizeName(parts.join(''));
        expect(normalizeName(out)).to.equal(out);
        expect(out).to.not.match(/^\s|\s$|\s\s|[\u202A-\u202E\u2066-\u2069]/);
      }),
    );
  });
});

describe('initials', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  it('takes the first grapheme of the first two words', () => {
    const cases: [string, string][] = [
      ['Acme Rocket Co', 'AR'], ['acme', 'A'], ['  jean-luc  picard ', 'JP'], ['émile zola', 'ÉZ'], ['E\u0301mile Zola', 'ÉZ'],
      ['\u202EAcme\u202C \u200BBolt', 'AB'], ['(Acme) Corp', 'AC'], ['Ölfabrik Übel', 'ÖÜ'], ['محمد علي', 'مع'], ['阿里巴巴 集团', '阿集'],
      ['', '?'], ['   ', '?'], ['\u200B\u202E', '?'], ['---', '?'], ['123 Main', '1M'],
    ];
    for (const [name, want] of cases) expect(initials(name), JSON.stringify(name)).to.equal(want);
  });

  it('answers as the word and grapheme segmenters do, also where it skips them (ASCII starts)', () => {
    const words = new Intl.Segmenter(undefined, { granularity: 'word' });
    const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const bySegmenters = (name: string) => {
      const letters: string[] = [];
      for (const spaced of stripInvisible(name).normalize('NFC').split(/\s+/)) {
        const word = [...words.segment(spaced)].find((w) => w.isWordLike)?.segment;
        if (word) letters.push([...graphemes.segment(word)][0]!.segment.toLocaleUpperCase());
        if (letters.length === 2) break;
      }
      return letters.join('') || '?';
    };
    const piece = fc.oneof(fc.string({ maxLength: 5, unit: fc.constantFrom(...'aZ09 _-(\'.\u0301\u00e9\u200b') }), fc.string({ maxLength: 4, unit: 'grapheme' }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }), (parts) => {
        expect(initials(parts.join(' ')), JSON.stringify(parts.join(' '))).to.equal(bySegmenters(parts.join(' ')));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives at most two graphemes, never an invisible character, and ? only when nothing word-like is there', () => {
    const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 6, unit: 'grapheme' }), invisibleOrSpace), { maxLength: 8 }), (parts) => {
        const name = parts.join('');
        const out = initials(name);
        expect(stripInvisible(out)).to.equal(out);
        if (out === '?') {
          expect([...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(stripInvisible(name))].some((s) => s.isWordLike)).to.equal(false);
        } else {
          // Upper-casing may expand one letter (ß → SS), so count the source graphemes: one per word, at most two.
          expect([...graphemes.segment(out)].length).to.be.at.most(4);
          expect(out.length).to.be.greaterThan(0);
        }
      }),
    );
  });
});
