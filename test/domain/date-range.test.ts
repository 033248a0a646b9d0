import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PROPERTY_TIMEOUT_MS } from './property-timeout.js';
import { addDays, DATE_RANGE_PRESETS, daysBetween, isIsoDate, MAX_RANGE_DAYS, PRESET_DAYS, resolveDateRange, todayIn } from '../../src/domain/date-range.js';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'] as const;

/** DST changes (and year ends) in the zones above, as UTC instants. */
const TRANSITIONS = [
  '2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z', // New York
  '2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', // Berlin
  '2026-04-04T14:00:00Z', '2026-09-26T14:00:00Z', // Chatham
  '2026-12-31T10:15:00Z', '2026-12-31T18:30:00Z', '2027-01-01T05:00:00Z', '2026-12-31T23:00:00Z', '2024-02-29T12:00:00Z',
].map((s) => Date.parse(s));

/** Reference "today": shift the instant by the zone's offset at that instant (read from Intl's GMT±hh:mm), then read the UTC date. */
function referenceToday(timeZone: string, at: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name)!;
  const offsetMin = m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return new Date(at.getTime() + offsetMin * 60_000).toISOString().slice(0, 10);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Reference addDays: step one calendar day at a time with a month-length table. */
function referenceAddDays(iso: string, n: number): string {
  let [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const monthLength = () => (m === 2 && leap(y) ? 29 : MONTH_DAYS[m - 1]!);
  for (let i = 0; i < Math.abs(n); i++) {
    if (n > 0) {
      if (++d > monthLength()) [d, m] = [1, m + 1];
      if (m > 12) [m, y] = [1, y + 1];
    } else if (--d < 1) {
      if (--m < 1) [m, y] = [12, y - 1];
      d = monthLength();
    }
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const isoDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const nearTransition = fc.tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -3 * 86_400, max: 3 * 86_400 })).map(([t, s]) => new Date(t + s * 1000));

describe('todayIn', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  it('turns the day at local midnight across DST changes and year ends', () => {
    const cases: [string, string, string][] = [
      ['America/New_York', '2026-03-08T04:59:59Z', '2026-03-07'], ['America/New_York', '2026-03-08T05:00:00Z', '2026-03-08'],
      ['America/New_York', '2026-03-09T03:59:59Z', '2026-03-08'], ['America/New_York', '2026-03-09T04:00:00Z', '2026-03-09'],
      ['America/New_York', '2026-11-02T04:59:59Z', '2026-11-01'], ['America/New_York', '2026-11-02T05:00:00Z', '2026-11-02'],
      ['Europe/Berlin', '2026-03-28T22:59:59Z', '2026-03-28'], ['Europe/Berlin', '2026-03-28T23:00:00Z', '2026-03-29'],
      ['Europe/Berlin', '2026-03-29T21:59:59Z', '2026-03-29'], ['Europe/Berlin', '2026-03-29T22:00:00Z', '2026-03-30'],
      ['Asia/Kolkata', '2026-12-31T18:29:59Z', '2026-12-31'], ['Asia/Kolkata', '2026-12-31T18:30:00Z', '2027-01-01'],
      ['Pacific/Chatham', '2026-04-04T10:14:59Z', '2026-04-04'], ['Pacific/Chatham', '2026-04-04T10:15:00Z', '2026-04-05'],
      ['Pacific/Chatham', '2026-04-05T11:14:59Z', '2026-04-05'], ['Pacific/Chatham', '2026-04-05T11:15:00Z', '2026-04-06'],
      ['Pacific/Chatham', '2026-12-31T10:14:59Z', '2026-12-31'], ['Pacific/Chatham', '2026-12-31T10:15:00Z', '2027-01-01'],
      ['America/New_York', '2027-01-01T04:59:59Z', '2026-12-31'], ['America/New_York', '2027-01-01T05:00:00Z', '2027-01-01'],
    ];
    for (const [tz, at, day] of cases) expect(todayIn(tz, new Date(at)), `${at} in ${tz}`).to.equal(day);
  });

  it('matches the offset-based reference near every transition and at random instants', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.oneof(nearTransition, fc.date({ min: new Date('1971-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })), (tz, at) => {
        expect(todayIn(tz, at), `${at.toISOString()} ${tz}`).to.equal(referenceToday(tz, at));
      }),
      { numRuns: 1000 },
    );
  });

  it('throws RangeError for an unknown zone', () => {
    expect(() => todayIn('Mars/Olympus_Mons', new Date())).to.throw(RangeError);
  });
});

describe('addDays / daysBetween', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  it('matches day-by-day calendar stepping', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -800, max: 800 }), (d, n) => {
        expect(addDays(d, n), `${d} + ${n}`).to.equal(referenceAddDays(d, n));
        expect(addDays(addDays(d, n), -n)).to.equal(d);
        expect(daysBetween(d, addDays(d, n))).to.equal(n);
      }),
    );
  });

  it('knows leap years and refuses invalid dates', () => {
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2100-02-28', 1)).to.equal('2100-03-01');
    expect(addDays('2000-02-28', 1)).to.equal('2000-02-29');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-1', '2026-01-01T00:00', '20260101', '', 'yesterday']) {
      expect(isIsoDate(bad), bad).to.equal(false);
      expect(() => addDays(bad, 1), bad).to.throw(RangeError);
    }
    expect(() => addDays('2026-01-01', 1.5)).to.throw(RangeError);
  });
});

describe('resolveDateRange', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  it('covers the N calendar days ending today in the zone, at any instant', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), nearTransition, fc.constantFrom('last-7-days', 'last-30-days', 'last-90-days') as fc.Arbitrary<'last-7-days' | 'last-30-days' | 'last-90-days'>, (timeZone, now, preset) => {
        const result = resolveDateRange(preset, { now, timeZone });
        if (!result.ok) throw new Error(result.error);
        expect(result.value.toDate).to.equal(referenceToday(timeZone, now));
        expect(daysBetween(result.value.fromDate, result.value.toDate) + 1).to.equal(PRESET_DAYS[preset]);
        expect(result.value.fromDate).to.equal(referenceAddDays(result.value.toDate, 1 - PRESET_DAYS[preset]));
      }),
      { numRuns: 500 },
    );
  });

  it('gives last 7 days the week ending today on a DST day', () => {
    const now = new Date('2026-03-08T07:30:00Z');
    expect(resolveDateRange('last-7-days', { now, timeZone: 'America/New_York' })).to.deep.equal({ ok: true, value: { fromDate: '2026-03-02', toDate: '2026-03-08' } });
    const newYear = new Date('2026-12-31T11:00:00Z');
    expect(resolveDateRange('last-7-days', { now: newYear, timeZone: 'Pacific/Chatham' })).to.deep.equal({ ok: true, value: { fromDate: '2026-12-26', toDate: '2027-01-01' } });
    expect(resolveDateRange('last-7-days', { now: newYear, timeZone: 'America/New_York' })).to.deep.equal({ ok: true, value: { fromDate: '2026-12-25', toDate: '2026-12-31' } });
  });

  it('validates custom ranges', () => {
    const base = { now: new Date('2026-06-01T00:00:00Z'), timeZone: 'UTC' };
    expect(resolveDateRange('custom', { ...base, from: '2026-01-01', to: '2026-01-31' })).to.deep.equal({ ok: true, value: { fromDate: '2026-01-01', toDate: '2026-01-31' } });
    expect(resolveDateRange('custom', { ...base, from: '2026-01-01', to: '2026-01-01' })).to.deep.equal({ ok: true, value: { fromDate: '2026-01-01', toDate: '2026-01-01' } });
    expect(resolveDateRange('custom', { ...base, from: '2026-01-02', to: '2026-01-01' })).to.deep.equal({ ok: false, error: 'reversed' });
    expect(resolveDateRange('custom', { ...base, from: '2026-02-30', to: '2026-03-01' })).to.deep.equal({ ok: false, error: 'invalid-date' });
    expect(resolveDateRange('custom', { ...base, from: '2026-01-01' })).to.deep.equal({ ok: false, error: 'missing' });
    expect(resolveDateRange('custom', { ...base, from: '2024-01-01', to: addDays('2024-01-01', MAX_RANGE_DAYS - 1) }).ok).to.equal(true);
    expect(resolveDateRange('custom', { ...base, from: '2024-01-01', to: addDays('2024-01-01', MAX_RANGE_DAYS) })).to.deep.equal({ ok: false, error: 'too-long' });
    expect(resolveDateRange('custom', { ...base, from: '2026-01-01', to: '2026-01-10', maxDays: 7 })).to.deep.equal({ ok: false, error: 'too-long' });
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const result = resolveDateRange('custom', { ...base, from: a, to: b });
        const span = daysBetween(a, b) + 1;
        if (span < 1) expect(result).to.deep.equal({ ok: false, error: 'reversed' });
        else if (span > MAX_RANGE_DAYS) expect(result).to.deep.equal({ ok: false, error: 'too-long' });
        else expect(result).to.deep.equal({ ok: true, value: { fromDate: a, toDate: b } });
      }),
    );
  });

  it('reports an unknown zone or preset instead of throwing', () => {
    expect(resolveDateRange('last-7-days', { now: new Date(), timeZone: 'Nowhere/Land' })).to.deep.equal({ ok: false, error: 'invalid-time-zone' });
    expect(resolveDateRange('last-30-days', { now: new Date(NaN), timeZone: 'UTC' })).to.deep.equal({ ok: false, error: 'invalid-date' });
    expect(resolveDateRange('someday' as unknown as 'last-7-days', { now: new Date(), timeZone: 'UTC' })).to.deep.equal({ ok: false, error: 'invalid-preset' });
    expect(DATE_RANGE_PRESETS).to.deep.equal(['last-7-days', 'last-30-days', 'last-90-days', 'custom']);
  });
});
