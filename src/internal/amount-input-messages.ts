import type { ParseErrorCode } from '../domain/parse-result.js';

/** Why an amount is refused: a parser code, or a bound the field sets. */
export type AmountErrorCode = ParseErrorCode | 'below-min' | 'above-max';

/**
 * Message keys: one per code, plus `too-precise-whole` for currencies without a minor unit.
 * Placeholders: `{example}` (a well-formed amount in the locale), `{digits}` (allowed fraction
 * digits), `{min}`, `{max}` (formatted bounds).
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
  'below-min': 'Enter at least {min}.',
  'above-max': 'Enter at most {max}.',
};

/** Fills `{name}` placeholders; unknown ones are left as written. */
export function fillMessage(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
