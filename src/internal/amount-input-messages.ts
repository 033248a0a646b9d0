import type { ParseErrorCode } from '../domain/parse-result.js';

/** Why an amount is refused: the parser's code. */
export type AmountErrorCode = ParseErrorCode;

/**
 * Message keys: one per code, plus `too-precise-whole` for currencies without a minor unit.
 * Placeholders: `{example}` (a well-formed amount in the locale), `{digits}` (allowed fraction
 * digits).
 */
export type AmountMessageKey = AmountErrorCode | 'too-precise-whole';
export type AmountMessages = Record<AmountMessageKey, string>;

const NOT_A_NUMBER = 'Enter a number, like {example}.';

export const DEFAULT_AMOUNT_MESSAGES: AmountMessages = {
  empty: 'Enter an amount.',
  'not-a-number': NOT_A_NUMBER,
  ambiguous: 'Check the separators: write it like {example}.',
  negative: 'Enter zero or more.',
  'too-precise': 'Use at most {digits} decimal places.',
  'too-precise-whole': 'Use a whole number, without decimals.',
  'too-large': 'That amount is too large.',
  'non-finite': NOT_A_NUMBER,
};
