// Text hygiene for names people type and data we display.

/** Bidi marks, embeddings, overrides and isolates (they can reorder the text around them). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Embeddings, overrides and isolates only: the controls that can spoof surrounding UI text ("Trojan Source"). */
const BIDI_FORMATTING = /[\u202A-\u202E\u2066-\u2069]/g;
/** Zero-width and other invisible format characters. */
const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;
/** Unicode White_Space (JS `\s`) plus the invisibles above, at either end. */
const EDGE_JUNK = /^[\s\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]+|[\s\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]+$/g;

/** A whitespace run inside a name, with any zero-width space, word joiner or soft hyphen caught in it. */
const INNER_SPACE_RUN = /[\s\u00AD\u200B\u2060]*\s[\s\u00AD\u200B\u2060]*/g;

/** Removes bidi controls and zero-width characters everywhere. */
export function stripInvisible(s: string): string {
  return s.replace(BIDI_CONTROLS, '').replace(ZERO_WIDTH, '');
}

/** Letters that render as nothing (Hangul fillers, braille blank): a classic way to fake an empty name. */
const BLANK_LOOKALIKES = /[\u115F\u1160\u2800\u3164\uFFA0]/g;

/** True when `s` holds nothing a person could see: whitespace, zero-width, bidi controls and blank look-alikes only. */
export function isBlank(s: string): boolean {
  return stripInvisible(s).replace(BLANK_LOOKALIKES, '').trim() === '';
}

/**
 * The canonical form of a name a person typed: NFC, no bidi embedding/override/isolate controls,
 * no whitespace or invisibles at the ends, inner whitespace runs collapsed to one space.
 * Zero-width joiners inside stay: emoji sequences and Persian/Indic spellings need them.
 */
export function normalizeName(s: string): string {
  return s.normalize('NFC').replace(BIDI_FORMATTING, '').replace(EDGE_JUNK, '').replace(INNER_SPACE_RUN, ' ');
}

/**
 * `s` between a first-strong isolate and its pop: a name from data set inside a sentence
 * keeps its own direction and cannot reorder the words around it (an Arabic or emoji name
 * in an English sentence, or an English one in RTL).
 */
export const isolate = (s: unknown): string => `\u2068${s}\u2069`;
