// Exact conversions between decimal strings and integer smallest units (money minor units,
// credit hundredths). Strings and bigint only: no float ever touches an amount.

const PLAIN_DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Integer smallest units of a decimal string like "-12.340" or "1.5e3" (exponent form is what
 * `String(number)` gives for very large or small numbers, so the wire path must read it).
 * Throws RangeError when the value needs more than `exponent` fraction digits, or is not a decimal.
 */
export function unitsFromDecimalString(text: string, exponent: number): bigint {
  const m = PLAIN_DECIMAL.exec(text.trim());
  if (!m) throw new RangeError(`Not a decimal number: ${JSON.stringify(text)}`);
  const [, sign = '', intDigits = '', fracDigits = '', exp = '0'] = m;
  if (intDigits === '' && fracDigits === '') throw new RangeError(`Not a decimal number: ${JSON.stringify(text)}`);
  if (exp.replace(/^[+-]/, '').length > 6) throw new RangeError(`Exponent out of range: ${JSON.stringify(text)}`);
  // Move the decimal point `exp` places right, then `exponent` more to reach smallest units.
  const shift = Number(exp) + exponent;
  let digits = intDigits + fracDigits;
  let point = intDigits.length + shift;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  const whole = digits.slice(0, point).padEnd(point, '0');
  const rest = digits.slice(point);
  if (/[1-9]/.test(rest)) throw new RangeError(`More than ${exponent} fraction digits: ${JSON.stringify(text)}`);
  const units = BigInt(whole === '' ? '0' : whole);
  return sign === '-' ? -units : units;
}

/** The exact decimal string of `units` smallest units, e.g. (-1234n, 2) → "-12.34", (5n, 0) → "5". */
export function unitsToDecimalString(units: bigint | number, exponent: number): string {
  const n = BigInt(units);
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/**
 * Wire decimal (a JSON number or a decimal string) → safe-integer smallest units, exactly.
 * A JSON number's shortest round-trip string (`String(n)`) is the decimal the sender wrote.
 */
export function unitsFromWire(value: number | string, exponent: number): number {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`Not a finite amount: ${value}`);
  if (typeof value !== 'number' && typeof value !== 'string') throw new RangeError('Not an amount');
  const units = unitsFromDecimalString(String(value), exponent);
  if (units > BigInt(Number.MAX_SAFE_INTEGER) || units < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`Amount too large: ${String(value)}`);
  }
  // `-0` would print as "0" anyway, but keep the integer clean.
  return Number(units) || 0;
}

/**
 * Smallest units → the wire's decimal number: the double nearest the exact decimal, which
 * `JSON.stringify` prints back as that decimal. Throws RangeError when no double does
 * (more than 15 significant digits), rather than sending a different amount.
 */
export function unitsToWire(units: number, exponent: number): number {
  if (!Number.isSafeInteger(units)) throw new RangeError(`Not an integer amount: ${units}`);
  const exact = unitsToDecimalString(units, exponent);
  const wire = Number(exact);
  if (unitsFromDecimalString(String(wire), exponent) !== BigInt(units)) {
    throw new RangeError(`No JSON number carries ${exact} exactly`);
  }
  return wire;
}
