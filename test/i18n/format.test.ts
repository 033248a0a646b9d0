import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { deCommon } from '../../src/i18n/de/common.js';
import { commonStrings } from '../../src/i18n/en/common.js';
import {
  formatDate,
  formatMessage,
  formatRelative,
  localeChain,
  lookupMessage,
  normalizeLocale,
  normalizeTimeZone,
  selectPlural,
  translate,
} from '../../src/i18n/format.js';
import { mergeLocalePacks, mergeStrings } from '../../src/i18n/merge.js';
import { de } from '../../src/i18n/de/index.js';
import { billingStrings } from '../../src/i18n/en/suborg-billing.js';
import { listStrings } from '../../src/i18n/en/suborg-list.js';
import { defineSlice, type Slice } from '../../src/i18n/types.js';

const slice = defineSlice('demo-el', {
  hello: 'Hello {name}',
  rows: { one: '{count} row', other: '{count} rows' },
  zero: { zero: 'No rows', one: 'One row', other: '{count} rows' },
});

describe('i18n lookup', () => {
  it('takes element overrides over context overrides over the locale pack over English', () => {
    const packs = { de: { 'demo-el': { hello: 'Hallo {name}' } } };
    const base = { locale: 'de-AT', packs };
    expect(translate(slice, 'hello', { name: 'Ada' }, { locale: 'en' })).to.equal('Hello Ada');
    expect(translate(slice, 'hello', { name: 'Ada' }, base)).to.equal('Hallo Ada');
    expect(translate(slice, 'hello', { name: 'Ada' }, { ...base, context: { 'demo-el': { hello: 'Ctx {name}' } } })).to.equal('Ctx Ada');
    expect(
      translate(slice, 'hello', { name: 'Ada' }, { ...base, context: { 'demo-el': { hello: 'Ctx {name}' } }, element: { 'demo-el': { hello: 'El {name}' } } }),
    ).to.equal('El Ada');
  });

  it('puts the provider\'s packs above the element\'s bundled packs', () => {
    const bundled = { de: { 'demo-el': { hello: 'Bundled {name}', rows: { other: '{count} Zeilen' } } } };
    const packs = { de: { 'demo-el': { hello: 'Provided {name}' } } };
    expect(translate(slice, 'hello', { name: 'A' }, { locale: 'de', bundled })).to.equal('Bundled A');
    expect(translate(slice, 'hello', { name: 'A' }, { locale: 'de', bundled, packs })).to.equal('Provided A');
    expect(translate(slice, 'rows', { count: 2 }, { locale: 'de', bundled, packs })).to.equal('2 Zeilen');
    expect(translate(slice, 'hello', { name: 'A' }, { locale: 'fr', bundled, packs })).to.equal('Hello A');
  });

  it('falls back key by key, and ignores values that are not messages', () => {
    const sources = { locale: 'fr', packs: { fr: { 'demo-el': { rows: { other: '{count} lignes' } } } }, context: { 'demo-el': { hello: 42 as unknown as string } } };
    expect(lookupMessage(slice, 'hello', sources)).to.equal('Hello {name}');
    expect(translate(slice, 'rows', { count: 3 }, sources)).to.equal('3 lignes');
  });

  it('tries the region tag, then the language', () => {
    expect(localeChain('de-AT')).to.deep.equal(['de-AT', 'de']);
    expect(localeChain('de')).to.deep.equal(['de']);
  });

  it('normalizes locales and time zones, rejecting garbage', () => {
    expect(normalizeLocale('EN-gb')).to.equal('en-GB');
    expect(normalizeLocale('not a locale!')).to.equal('en');
    expect(normalizeLocale(undefined)).to.equal('en');
    expect(normalizeTimeZone('Europe/Berlin')).to.equal('Europe/Berlin');
    expect(normalizeTimeZone('Mars/Olympus')).to.equal(undefined);
  });
});

describe('i18n formatting', () => {
  it('picks plural forms through Intl.PluralRules', () => {
    expect(formatMessage(slice.en.rows, { count: 1 }, 'en')).to.equal('1 row');
    expect(formatMessage(slice.en.rows, { count: 2 }, 'en')).to.equal('2 rows');
    expect(formatMessage(slice.en.zero, { count: 0 }, 'en')).to.equal('No rows');
    // Polish has a "few" category; a message without it uses "other".
    expect(selectPlural({ one: 'jeden', few: 'kilka', other: 'wiele' }, 3, 'pl')).to.equal('kilka');
    expect(selectPlural({ one: 'jeden', other: 'wiele' }, 3, 'pl')).to.equal('wiele');
    expect(formatMessage(deCommon.credits, { count: 1 }, 'de')).to.equal('1 Credit');
    expect(formatMessage(deCommon.credits, { count: 2500 }, 'de')).to.equal('2.500 Credits');
  });

  it('inserts params as plain text, never markup, and leaves unknown holes', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const out = formatMessage('Hi {name}, {missing}', { name }, 'en');
        expect(out).to.equal(`Hi ${name}, {missing}`);
      }),
    );
  });

  it('formats numbers in params for the locale', () => {
    expect(formatMessage('{n} items', { n: 1234567.5 }, 'de')).to.equal('1.234.567,5 items');
    expect(formatMessage('{n} items', { n: 1234567.5 }, 'en-US')).to.equal('1,234,567.5 items');
  });

  it('formats dates in the time zone given', () => {
    const iso = '2026-03-01T01:30:00Z';
    expect(formatDate(iso, 'en-US', 'America/New_York', { dateStyle: 'medium' })).to.equal('Feb 28, 2026');
    expect(formatDate(iso, 'de', 'Europe/Berlin', { dateStyle: 'medium' })).to.equal('01.03.2026');
    expect(formatDate('not a date', 'en', undefined)).to.equal('—');
  });

  it('formats relative times by the largest whole unit', () => {
    const now = Date.parse('2026-06-10T12:00:00Z');
    expect(formatRelative('2026-06-07T12:00:00Z', 'en', now)).to.equal('3 days ago');
    expect(formatRelative('2026-06-10T14:00:00Z', 'en', now)).to.equal('in 2 hours');
    expect(formatRelative('2026-06-09T12:00:00Z', 'de', now)).to.equal('gestern');
    expect(formatRelative('2026-06-10T12:00:00Z', 'en', now)).to.equal('now');
  });
});

describe('locale packs', () => {
  it('the German pack covers every key of every English slice, with the same {holes}', () => {
    const holes = (m: unknown) => [...JSON.stringify(m).matchAll(/\{([a-z0-9_]+)\}/gi)].map((x) => x[1]).sort();
    for (const slice of [commonStrings, listStrings, billingStrings] as Slice[]) {
      const german = de[slice.name];
      expect(german, slice.name).to.exist;
      for (const key of Object.keys(slice.en)) {
        expect(german![key], `${slice.name}.${key}`).to.exist;
        expect(holes(german![key]), `${slice.name}.${key}`).to.deep.equal(holes(slice.en[key]));
      }
    }
    expect(de.common).to.equal(deCommon);
  });

  it('merges overrides key by key (inner wins, outer keys survive)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.dictionary(fc.constantFrom('x', 'y', 'z'), fc.string())),
        fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.dictionary(fc.constantFrom('x', 'y', 'z'), fc.string())),
        (outer, inner) => {
          const merged = mergeStrings(outer, inner);
          for (const [s, keys] of Object.entries(outer)) for (const [k, v] of Object.entries(keys)) if (inner[s]?.[k] === undefined) expect(merged[s]?.[k]).to.equal(v);
          for (const [s, keys] of Object.entries(inner)) for (const [k, v] of Object.entries(keys)) expect(merged[s]?.[k]).to.equal(v);
        },
      ),
    );
    expect(mergeLocalePacks({ de: { common: { retry: 'A', cancel: 'B' } } }, { de: { common: { retry: 'C' } } })).to.deep.equal({
      de: { common: { retry: 'C', cancel: 'B' } },
    });
  });
});
