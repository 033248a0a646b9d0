// Initials for logo and avatar placeholders: the first grapheme of the first two words.
import { stripInvisible } from './text.js';

const words = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
const graphemes = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

function wordsOf(s: string): string[] {
  if (!words) return s.split(/[\s\p{P}]+/u).filter(Boolean);
  const out: string[] = [];
  for (const seg of words.segment(s)) if (seg.isWordLike) out.push(seg.segment);
  return out;
}

function firstGrapheme(word: string): string {
  if (!graphemes) return Array.from(word)[0] ?? '';
  for (const seg of graphemes.segment(word)) return seg.segment;
  return '';
}

/** "Acme Rocket Co" → "AR", "émile" → "É", "" → "?". Bidi and zero-width characters are ignored. */
export function initials(name: string): string {
  const clean = stripInvisible(typeof name === 'string' ? name : '').normalize('NFC');
  // Words are what spaces separate ("Jean-Luc Picard" → "JP"); each gives its first letter-like grapheme.
  const letters: string[] = [];
  for (const spaced of clean.split(/\s+/)) {
    const word = wordsOf(spaced)[0];
    if (word) letters.push(firstGrapheme(word).toLocaleUpperCase());
    if (letters.length === 2) break;
  }
  return letters.join('') || '?';
}
