// The one result shape every domain parser returns: a value, or a machine code the UI maps to a message.

/** Why a person's input was refused. */
export type ParseErrorCode = 'empty' | 'not-a-number' | 'ambiguous' | 'negative' | 'too-precise' | 'too-large' | 'non-finite';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ParseErrorCode };

export function parsed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function refused<T = never>(error: ParseErrorCode): ParseResult<T> {
  return { ok: false, error };
}
