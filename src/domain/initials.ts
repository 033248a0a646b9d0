// Initials for logo and avatar placeholders: the first grapheme of the first two words.
import { stripInvisible } from './text.js';

// Made on first use: a segmenter's first run loads ICU break data, milliseconds of a first render.
let segmenters: [Intl.Segmenter, Intl.Segmenter] | null | undefined;
const segmentersOrNull = () =>
  (segmenters ??= typeof Intl.Segmenter === 'function' ? [new Intl.Segmenter(undefined, { granularity: 'word' }), new Intl.Segmenter(undefined, { granularity: 'grapheme' })] : null);

/** The first grapheme of the first word-like segment of `s` ('' when there is none). */
function firstLetter(s: string): string {
  const seg = segmentersOrNull();
  if (!seg) return Array.from(s.split(/[\s\p{P}]+/u).filter(Boolean)[0] ?? '')[0] ?? '';
  for (const word of seg[0].segment(s)) if (word.isWordLike) for (const g of seg[1].segment(word.segment)) return g.segment;
  return '';
}

// A plain-ASCII word that starts with a letter or digit: that character is what the
// segmenters would answer (property-tested), without starting them (most names).
const ASCII_WORD = /^[A-Za-z0-9][\x20-\x7e]*$/;

/** "Acme Rocket Co" → "AR", "émile" → "É", "" → "?". Bidi and zero-width characters are ignored. */
export function initials(name: string): string {
  const clean = stripInvisible(typeof name === 'string' ? name : '').normalize('NFC');
  // Words are what spaces separate ("Jean-Luc Picard" → "JP"); each gives its first letter-like grapheme.
  const letters: string[] = [];
  for (const spaced of clean.split(/\s+/)) {
    const letter = ASCII_WORD.test(spaced) ? spaced[0]! : firstLetter(spaced);
    if (letter) letters.push(letter.toLocaleUpperCase());
    if (letters.length === 2) break;
  }
  return letters.join('') || '?';
}
