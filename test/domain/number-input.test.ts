import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PROPERTY_TIMEOUT_MS } from './property-timeout.js';
import { DEFAULT_MAX_UNITS, parseDecimalInput } from '../../src/domain/number-input.js';

const LOCALES = [
  'en-US', 'de-DE', 'fr-FR', 'ar-EG', 'hi-IN', 'ja-JP', 'de-CH', 'es-ES', 'fa-IR', 'en-IN', 'sv-SE', 'ru-RU', 'pl-PL', 'pt-BR', 'it-IT',
  'nl-NL', 'de-AT', 'en-ZA', 'ar-SA', 'ar-MA', 'he-IL', 'tr-TR', 'id-ID', 'zh-CN', 'ko-KR', 'th-TH-u-nu-thai', 'bn-BD', 'mr-IN', 'ne-NP',
  'fr-CH', 'es-MX', 'nb-NO', 'fi-FI', 'cs-CZ', 'uk-UA', 'vi-VN', 'ur-PK', 'my-MM',
] as const;

/** Digit-system zeros a person may type with (ASCII, Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai, fullwidth). */
const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10];

function inDigits(ascii: string, zero: number): string {
  return ascii.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));
}

function expected(intDigits: string, fracDigits: string, k: number): number {
  return Number(BigInt(intDigits + fracDigits.padEnd(k, '0')));
}

const parse = (text: string, locale: string, maxFractionDigits = 2, allowNegative = false) =>
  parseDecimalInput(text, { locale, maxFractionDigits, allowNegative });

describe('parseDecimalInput', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  it('reads the plain examples of the brief', () => {
    expect(parse('1,5', 'en-US')).to.deep.equal({ ok: false, error: 'ambiguous' });
    expect(parse('1,500', 'en-US')).to.deep.equal({ ok: true, value: 150000 });
    expect(parse('1,5', 'de-DE')).to.deep.equal({ ok: true, value: 150 });
    expect(parse('1.5', 'de-DE')).to.deep.equal({ ok: false, error: 'ambiguous' });
    expect(parse('1.5', 'en-US')).to.deep.equal({ ok: true, value: 150 });
    expect(parse('1.500', 'de-DE')).to.deep.equal({ ok: true, value: 150000 });
    expect(parse('-5', 'en-US')).to.deep.equal({ ok: false, error: 'negative' });
    expect(parse('-5', 'en-US', 2, true)).to.deep.equal({ ok: true, value: -500 });
    expect(parse('0', 'en-US')).to.deep.equal({ ok: true, value: 0 });
    expect(parse('-0', 'en-US')).to.deep.equal({ ok: true, value: 0 });
    expect(Object.is((parse('-0.00', 'en-US', 2, true) as { value: number }).value, -0)).to.equal(false);
    expect(parse('1e21', 'en-US')).to.deep.equal({ ok: false, error: 'not-a-number' });
    expect(parse('1E3', 'en-US')).to.deep.equal({ ok: false, error: 'not-a-number' });
    for (const t of ['NaN', 'nan', 'Infinity', '-Infinity', '+inf', '∞']) expect(parse(t, 'en-US', 2, true)).to.deep.equal({ ok: false, error: 'non-finite' }, t);
    expect(parse('12.345', 'en-US')).to.deep.equal({ ok: false, error: 'too-precise' });
    expect(parse('12.5', 'ja-JP', 0)).to.deep.equal({ ok: false, error: 'too-precise' });
    expect(parse('12.0', 'ja-JP', 0)).to.deep.equal({ ok: true, value: 12 });
    expect(parse('12.340', 'en-US')).to.deep.equal({ ok: true, value: 1234 });
  });

  it('reads the locale separators, Arabic-Indic digits and Indian grouping', () => {
    expect(parse('١٢٣٫٤٥', 'ar-EG')).to.deep.equal({ ok: true, value: 12345 });
    expect(parse('١٬٢٣٤٫٥', 'ar-EG')).to.deep.equal({ ok: true, value: 123450 });
    expect(parse('۱۲۳٫۴', 'fa-IR')).to.deep.equal({ ok: true, value: 12340 });
    expect(parse('12,34,567.5', 'hi-IN')).to.deep.equal({ ok: true, value: 123456750 });
    expect(parse('1,234,567.5', 'hi-IN')).to.deep.equal({ ok: true, value: 123456750 });
    expect(parse('１２，３４５．６', 'ja-JP')).to.deep.equal({ ok: true, value: 1234560 });
    expect(parse("1'234.5", 'de-CH')).to.deep.equal({ ok: true, value: 123450 });
    expect(parse('1\u202F234,5', 'fr-FR')).to.deep.equal({ ok: true, value: 123450 });
    expect(parse('1\u00A0234,5', 'fr-FR')).to.deep.equal({ ok: true, value: 123450 });
    expect(parse('1 234.5', 'en-US')).to.deep.equal({ ok: true, value: 123450 });
    expect(parse('  \u200E12.5\u200F ', 'en-US')).to.deep.equal({ ok: true, value: 1250 });
    expect(parse('−3', 'en-US', 2, true)).to.deep.equal({ ok: true, value: -300 });
  });

  it('refuses separators in shapes the locale does not write', () => {
    const ambiguous: [string, string][] = [
      ['1.234.567', 'en-US'], ['1.234,5', 'en-US'], [',5', 'en-US'], ['0,123', 'en-US'], ['1,23', 'en-US'], ['1,2345', 'en-US'],
      ['1,', 'en-US'], ['1,,234', 'en-US'], ['1.5', 'fr-FR'], ['1,234.5', 'de-DE'], ['1 234,567', 'en-US'], ['1,234 567', 'en-US'],
      ['12,3,456', 'hi-IN'],
    ];
    for (const [text, locale] of ambiguous) expect(parse(text, locale), `${text} in ${locale}`).to.deep.equal({ ok: false, error: 'ambiguous' });
  });

  it('says empty for blank input and not-a-number for words, symbols and mixed digit systems', () => {
    for (const t of ['', '   ', '\u200B', '\u00A0\t\n']) expect(parse(t, 'en-US')).to.deep.equal({ ok: false, error: 'empty' });
    for (const t of ['abc', '12abc', '$5', '5-', '1-2', '(5)', '.', '-', '1٢3', '0x10', '5%', '--5', '+-5']) {
      expect(parse(t, 'en-US', 2, true), t).to.deep.equal({ ok: false, error: 'not-a-number' });
    }
  });

  it('applies max (inclusive) and the 10^15 default', () => {
    expect(parseDecimalInput('10', { locale: 'en-US', maxFractionDigits: 2, max: 1000n })).to.deep.equal({ ok: true, value: 1000 });
    expect(parseDecimalInput('10.01', { locale: 'en-US', maxFractionDigits: 2, max: 1000 })).to.deep.equal({ ok: false, error: 'too-large' });
    expect(parseDecimalInput('-10.01', { locale: 'en-US', maxFractionDigits: 2, max: 1000, allowNegative: true })).to.deep.equal({ ok: false, error: 'too-large' });
    expect(parse('10000000000000', 'en-US')).to.deep.equal({ ok: true, value: Number(DEFAULT_MAX_UNITS) });
    expect(parse('10000000000000.01', 'en-US')).to.deep.equal({ ok: false, error: 'too-large' });
    expect(parse('9'.repeat(400), 'en-US')).to.deep.equal({ ok: false, error: 'too-large' });
    expect(parse('0'.repeat(40) + '1', 'en-US')).to.deep.equal({ ok: true, value: 100 });
    expect(parse('x'.repeat(101), 'en-US')).to.deep.equal({ ok: false, error: 'too-large' });
  });

  it('round-trips every value Intl writes, in every locale and fraction size', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.integer({ min: 0, max: 4 }), fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (locale, k, units) => {
        const abs = units < 0n ? -units : units;
        const digits = abs.toString().padStart(k + 1, '0');
        const decimal = `${units < 0n ? '-' : ''}${digits.slice(0, digits.length - k)}${k ? '.' + digits.slice(digits.length - k) : ''}`;
        const text = new Intl.NumberFormat(locale, { minimumFractionDigits: k, maximumFractionDigits: k }).format(decimal as `${number}`);
        const result = parseDecimalInput(text, { locale, maxFractionDigits: k, allowNegative: true });
        expect(result, `${text} (${locale})`).to.deep.equal({ ok: true, value: Number(units) });
      }),
    );
  });

  it('reads every digit system the same as ASCII', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZEROS), fc.stringMatching(/^[0-9]{1,9}(\.[0-9]{0,2})?$/), (zero, ascii) => {
        const plain = parse(ascii, 'en-US');
        expect(plain.ok).to.equal(true);
        expect(parse(inDigits(ascii, zero), 'en-US')).to.deep.equal(plain);
      }),
    );
  });

  it('is exact: the integer and fraction digits are the smallest units, whatever their size', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{0,10}$/), fc.stringMatching(/^[0-9]{0,4}$/), fc.integer({ min: 0, max: 4 }), (intDigits, frac, k) => {
        const result = parse(frac ? `${intDigits}.${frac}` : intDigits, 'en-US', k);
        if (frac.replace(/0+$/, '').length > k) expect(result).to.deep.equal({ ok: false, error: 'too-precise' });
        else expect(result).to.deep.equal({ ok: true, value: expected(intDigits, frac.replace(/0+$/, ''), k) });
      }),
    );
  });

  it('calls a group sign not followed by exactly 3 digits ambiguous', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['en-US', ','], ['de-DE', '.'], ['ja-JP', ','], ['es-ES', '.']),
        fc.stringMatching(/^[1-9][0-9]{0,2}$/),
        fc.stringMatching(/^[0-9]{1,6}$/).filter((s) => s.length !== 3),
        ([locale, group], head, tail) => {
          expect(parse(`${head}${group}${tail}`, locale)).to.deep.equal({ ok: false, error: 'ambiguous' });
        },
      ),
    );
  });

  it('never silently misreads a 2-decimal amount written in the other convention (en-US ↔ de-DE, fr-FR)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.constantFrom(['en-US', 'de-DE'], ['de-DE', 'en-US'], ['en-US', 'fr-FR'], ['fr-FR', 'en-US']), (units, [writer, reader]) => {
        const text = new Intl.NumberFormat(writer, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(`${units / 100}` as `${number}`);
        const result = parse(text, reader!);
        // Either refused as ambiguous, or (when the text is the same in both conventions) read as the same value.
        if (result.ok) expect(result.value, `${text}: ${writer} → ${reader}`).to.equal(units);
        else expect(result.error).to.equal('ambiguous');
      }),
    );
  });

  it('refuses a negative value unless allowed, and then returns its negation', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.integer({ min: 1, max: 10 ** 12 }), (locale, units) => {
        const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(`${units / 100}` as `${number}`);
        expect(parse(`-${text}`, locale)).to.deep.equal({ ok: false, error: 'negative' });
        expect(parse(`-${text}`, locale, 2, true)).to.deep.equal({ ok: true, value: -units });
      }),
    );
  });

  it('never throws and only ever returns safe integers within max', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...LOCALES), fc.integer({ min: 0, max: 6 }), fc.boolean(), (text, locale, k, neg) => {
        const result = parseDecimalInput(text, { locale, maxFractionDigits: k, allowNegative: neg });
        if (result.ok) {
          expect(Number.isSafeInteger(result.value)).to.equal(true);
          expect(Math.abs(result.value) <= Number(DEFAULT_MAX_UNITS)).to.equal(true);
          if (!neg) expect(result.value >= 0).to.equal(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to en-US separators for a locale Intl cannot read', () => {
    expect(parse('1,234.5', 'not a locale!!')).to.deep.equal({ ok: true, value: 123450 });
  });
});
