// shared/time.ts against luxon, which it replaced: luxon is the oracle here and nowhere in the runtime code.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime, IANAZone, Settings } from 'luxon';
import {
  addDays,
  atLocal,
  firstBusinessDayAfter,
  formatDate,
  formatInZone,
  humanTime,
  isoInZone,
  isoUtc,
  isValidZone,
  localClock,
  localDate,
  offsetMinutes,
  wallTime,
  wallTimeIsUnique,
  weekday,
  weekendAdjusted,
} from '../../shared/time.js';
import { atExpression } from '../../shared/adapters/eventbridge-scheduler.js';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 2000) }; // FC_RUNS=50000 for a deeper look
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FROM = Date.UTC(1990, 0, 1);
const TO = Date.UTC(2040, 11, 31);

const ZONES = [
  'America/New_York', 'America/Chicago', 'America/St_Johns', 'America/Santiago', 'Europe/London', 'Europe/Berlin',
  'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Australia/Sydney', 'Pacific/Chatham', 'Pacific/Apia',
  'Africa/Casablanca', 'UTC', 'Etc/GMT+12',
];
const EXTRA_ZONES = ['utc', 'GMT', 'Etc/UTC', 'Europe/Dublin', 'Asia/Tehran', 'America/Havana', 'Pacific/Kiritimati'];

// The words luxon printed on Lambda, whose locale is en-US; pinned so the oracle does not follow this machine's.
const lux = (t: Date | number, zone: string) => DateTime.fromMillis(+t, { zone, locale: 'en-US' });

/**
 * Where each zone's offset changes, 1990–2040, found with luxon: a day-by-day scan, then a binary search to the
 * minute. `before`/`after` are the offsets either side, in minutes.
 */
function transitions(zone: string): { at: number; before: number; after: number }[] {
  const z = IANAZone.create(zone);
  const found: { at: number; before: number; after: number }[] = [];
  for (let t = FROM; t < TO; t += DAY) {
    const a = z.offset(t);
    const b = z.offset(t + DAY);
    if (a === b) continue;
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (z.offset(mid) === a) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, before: a, after: b });
  }
  return found;
}
const TRANSITIONS = ZONES.flatMap((zone) => transitions(zone).map((tr) => ({ zone, ...tr })));

const zoneArb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ZONES) }, { weight: 1, arbitrary: fc.constantFrom(...EXTRA_ZONES) });
const anyZoneArb = fc.oneof(zoneArb, fc.constantFrom(...Intl.supportedValuesOf('timeZone')));
const randomInstant = fc.integer({ min: FROM, max: TO }).map((t) => new Date(t));
// Instants within three hours of a DST change, to the millisecond.
const nearTransition = fc
  .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -3 * HOUR, max: 3 * HOUR }))
  .map(([tr, d]) => ({ zone: tr.zone, at: new Date(tr.at + d) }));
const instantInZone = fc.oneof(
  fc.record({ zone: anyZoneArb, at: randomInstant }),
  nearTransition,
);

const wall = (local: number) => {
  const d = new Date(local);
  return { date: d.toISOString().slice(0, 10), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
};
// Wall-clock readings around DST changes (inside gaps and overlaps, and either side), and anywhere at all.
const wallNearTransition = fc
  .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -180, max: 180 }))
  .map(([tr, m]) => {
    const span = Math.abs(tr.after - tr.before);
    const local = tr.at + tr.before * 60_000 + Math.round((m / 180) * (span + 120)) * 60_000;
    return { zone: tr.zone, ...wall(local) };
  });
const wallAnywhere = fc
  .record({ zone: zoneArb, day: fc.integer({ min: 0, max: (TO - FROM) / DAY }), hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) })
  .map(({ zone, day, hour, minute }) => ({ zone, date: new Date(FROM + day * DAY).toISOString().slice(0, 10), hour, minute }));
const wallArb = fc.oneof(wallNearTransition, wallAnywhere);

/**
 * luxon's wall → instant. Its first guess at the offset is the zone's offset at the current time, and in a fall-back
 * overlap that guess picks the occurrence; with the clock pinned a day before (after) the wall time it picks the
 * earlier (later) one. Everywhere else the guess does not matter.
 */
function luxonAt(date: string, hour: number, minute: number, zone: string, clock: 'before' | 'after' | 'now'): DateTime {
  const [year, month, day] = date.split('-').map(Number);
  const saved = Settings.now;
  const local = Date.UTC(year, month - 1, day, hour, minute);
  if (clock !== 'now') Settings.now = () => local + (clock === 'before' ? -DAY : DAY);
  try {
    return DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  } finally {
    Settings.now = saved;
  }
}

/** The luxon atExpression this project had, with luxon's clock pinned after `at` (see luxonAt). */
function luxonAtExpression(at: Date, zone: string): { expression: string; timeZone: string } {
  const saved = Settings.now;
  Settings.now = () => at.getTime() + DAY;
  try {
    const local = DateTime.fromJSDate(at, { zone });
    const w = local.toFormat("yyyy-MM-dd'T'HH:mm:ss");
    const back = DateTime.fromFormat(w, "yyyy-MM-dd'T'HH:mm:ss", { zone });
    const ambiguous = !local.isValid || back.toMillis() !== Math.floor(at.getTime() / 1000) * 1000 || local.minus({ hours: 1 }).offset !== local.offset;
    if (ambiguous) return { expression: `at(${DateTime.fromJSDate(at, { zone: 'UTC' }).toFormat("yyyy-MM-dd'T'HH:mm:ss")})`, timeZone: 'UTC' };
    return { expression: `at(${w})`, timeZone: zone };
  } finally {
    Settings.now = saved;
  }
}

describe('time helpers: the generators reach DST changes', () => {
  it('found gaps and overlaps in every zone that has them', () => {
    // Assess
    const zonesWithChanges = new Set(TRANSITIONS.map((t) => t.zone));
    for (const z of ZONES.filter((x) => !['Asia/Kolkata', 'Asia/Kathmandu', 'UTC', 'Etc/GMT+12'].includes(x))) expect(zonesWithChanges).toContain(z);
    expect(TRANSITIONS.some((t) => t.zone === 'Pacific/Apia' && t.after - t.before === 24 * 60)).toBe(true); // 2011's skipped day
    expect(TRANSITIONS.some((t) => t.zone === 'Australia/Lord_Howe' && Math.abs(t.after - t.before) === 30)).toBe(true);
  });
});

describe('time helpers agree with luxon at any instant', () => {
  it('localDate, localClock, offsetMinutes', () => {
    fc.assert(
      fc.property(instantInZone, ({ zone, at }) => {
        const dt = lux(at, zone);
        expect(localDate(at, zone)).toBe(dt.toISODate());
        expect(localClock(at, zone)).toEqual({ hour: dt.hour, minute: dt.minute });
        expect(offsetMinutes(at, zone)).toBe(dt.offset);
      }),
      RUNS,
    );
  });

  it('isoInZone and isoUtc', () => {
    fc.assert(
      fc.property(instantInZone, ({ zone, at }) => {
        expect(isoInZone(at, zone)).toBe(lux(at, zone).toISO({ suppressMilliseconds: true, includeOffset: true }));
        expect(isoUtc(at)).toBe(lux(at, 'UTC').set({ millisecond: 0 }).toISO({ suppressMilliseconds: true }));
      }),
      RUNS,
    );
  });

  it('humanTime, wallTime and the message formats', () => {
    const formats = ['cccc', 'LLLL d', "cccc, LLLL d 'at' h:mm a", 'h:mm a ZZZZ', 'ccc, LLL d, h:mm a ZZZZ', 'yyyy-MM-dd HH:mm:ss'];
    fc.assert(
      fc.property(instantInZone, fc.constantFrom(...formats), ({ zone, at }, f) => {
        const dt = lux(at, zone);
        expect(humanTime(at, zone)).toBe(dt.toFormat('ccc, LLL d, h:mm a ZZZZ'));
        expect(wallTime(at, zone)).toBe(dt.toFormat("yyyy-MM-dd'T'HH:mm:ss"));
        expect(formatInZone(at, zone, f)).toBe(dt.toFormat(f));
      }),
      RUNS,
    );
  });

  it('atExpression matches the luxon version (with luxon reading both fall-back occurrences as ambiguous)', () => {
    fc.assert(
      fc.property(instantInZone, ({ zone, at }) => {
        expect(atExpression(at, zone)).toEqual(luxonAtExpression(at, zone));
      }),
      RUNS,
    );
  });
});

describe('atLocal agrees with luxon', () => {
  it('gaps move forward by the gap; repeated times take the earlier instant', () => {
    fc.assert(
      fc.property(wallArb, ({ zone, date, hour, minute }) => {
        expect(atLocal(date, hour, minute, zone).getTime()).toBe(luxonAt(date, hour, minute, zone, 'before').toMillis());
      }),
      RUNS,
    );
  });

  // Unpinned, luxon also errs when the zone's offset today is far from the one then: Pacific/Apia (UTC+13 now, UTC-11
  // in 2010) reads 2010-09-26 01:00, just after that spring-forward, as inside the gap and moves it to 02:00.
  it('luxon on its own clock differs only in choosing the other occurrence of a repeated time, or in its guess going wrong', () => {
    fc.assert(
      fc.property(wallArb, ({ zone, date, hour, minute }) => {
        const ours = atLocal(date, hour, minute, zone);
        const theirs = luxonAt(date, hour, minute, zone, 'now');
        if (theirs.toMillis() === ours.getTime()) return;
        const asked = `${date} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        if (theirs.toFormat('yyyy-MM-dd HH:mm') !== asked) {
          expect(lux(ours, zone).toFormat('yyyy-MM-dd HH:mm')).toBe(asked);
          return;
        }
        const later = luxonAt(date, hour, minute, zone, 'after');
        expect(theirs.toMillis()).toBe(later.toMillis());
        expect(ours.getTime()).toBeLessThan(later.toMillis());
        expect(lux(ours, zone).toFormat('yyyy-MM-dd HH:mm')).toBe(later.toFormat('yyyy-MM-dd HH:mm'));
        expect(wallTimeIsUnique(ours, zone)).toBe(false);
      }),
      RUNS,
    );
  });

  it('round-trips every instant whose wall time occurs once', () => {
    fc.assert(
      fc.property(instantInZone, ({ zone, at }) => {
        const whole = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
        const { hour, minute } = localClock(whole, zone);
        const back = atLocal(localDate(whole, zone), hour, minute, zone);
        if (wallTimeIsUnique(whole, zone)) expect(back).toEqual(whole);
        else expect(back.getTime()).toBeLessThanOrEqual(whole.getTime());
      }),
      RUNS,
    );
  });
});

describe('calendar dates agree with luxon', () => {
  const dateArb = fc.integer({ min: 0, max: (TO - FROM) / DAY }).map((n) => new Date(FROM + n * DAY).toISOString().slice(0, 10));
  const luxDate = (s: string) => DateTime.fromISO(s, { zone: 'UTC' });

  it('addDays, weekday, weekendAdjusted, firstBusinessDayAfter, formatDate', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -800, max: 800 }), (date, n) => {
        const dt = luxDate(date);
        expect(addDays(date, n)).toBe(dt.plus({ days: n }).toISODate());
        expect(weekday(date)).toBe(dt.weekday);
        const adjusted = dt.weekday === 6 ? dt.plus({ days: 2 }) : dt.weekday === 7 ? dt.plus({ days: 1 }) : dt;
        expect(weekendAdjusted(date)).toBe(adjusted.toISODate());
        let next = dt.plus({ days: 1 });
        while (next.weekday > 5) next = next.plus({ days: 1 });
        expect(firstBusinessDayAfter(date)).toBe(next.toISODate());
        expect(formatDate(date, 'cccc, LLLL d')).toBe(DateTime.fromISO(date, { locale: 'en-US' }).toFormat('cccc, LLLL d'));
      }),
      RUNS,
    );
  });
});

describe('isValidZone agrees with luxon', () => {
  it('on every zone Intl knows, near-misses and junk', () => {
    const candidates = fc.oneof(
      fc.constantFrom(...Intl.supportedValuesOf('timeZone'), ...EXTRA_ZONES, 'america/new_york', 'EST5EDT', 'Etc/GMT-14'),
      fc.constantFrom('', 'Fantasia/Castle', 'America/New York', 'UTC+5', '+05:00', 'Europe/', 'local', 'system', 'Z'),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(candidates, (z) => {
        expect(isValidZone(z)).toBe(z.length > 0 && IANAZone.isValidZone(z));
      }),
      RUNS,
    );
    expect(isValidZone(undefined as unknown as string)).toBe(false);
    expect(isValidZone(42 as unknown as string)).toBe(false);
  });
});

describe('time helpers: worked examples', () => {
  it('formats the prompt wording and ISO forms', () => {
    // Prepare
    const t = new Date('2026-03-10T15:00:00Z');
    // Act / Assess
    expect(humanTime(t, 'America/Chicago')).toBe('Tue, Mar 10, 10:00 AM CDT');
    expect(humanTime(t, 'Asia/Kolkata')).toBe('Tue, Mar 10, 8:30 PM GMT+5:30');
    expect(humanTime(t, 'Europe/London')).toBe('Tue, Mar 10, 3:00 PM GMT');
    expect(humanTime(t, 'Australia/Sydney')).toBe('Wed, Mar 11, 2:00 AM GMT+11');
    expect(humanTime(t, 'UTC')).toBe('Tue, Mar 10, 3:00 PM UTC');
    expect(isoInZone(t, 'America/Chicago')).toBe('2026-03-10T10:00:00-05:00');
    expect(isoInZone(t, 'UTC')).toBe('2026-03-10T15:00:00Z');
    expect(isoInZone(t, 'Etc/UTC')).toBe('2026-03-10T15:00:00+00:00');
    expect(isoInZone(new Date('2026-03-10T15:00:00.250Z'), 'UTC')).toBe('2026-03-10T15:00:00.250Z');
    expect(isoUtc(new Date('2026-03-10T15:00:00.250Z'))).toBe('2026-03-10T15:00:00Z');
    expect(formatInZone(t, 'America/New_York', "cccc, LLLL d 'at' h:mm a")).toBe('Tuesday, March 10 at 11:00 AM');
    expect(wallTime(t, 'Asia/Kathmandu')).toBe('2026-03-10T20:45:00');
  });

  it('resolves DST gaps forward and overlaps to the earlier instant', () => {
    // Act / Assess
    expect(isoInZone(atLocal('2026-03-08', 2, 30, 'America/New_York'), 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
    expect(isoInZone(atLocal('2026-11-01', 1, 30, 'America/New_York'), 'America/New_York')).toBe('2026-11-01T01:30:00-04:00');
    expect(isoInZone(atLocal('2026-10-04', 2, 15, 'Australia/Lord_Howe'), 'Australia/Lord_Howe')).toBe('2026-10-04T02:45:00+11:00');
    expect(isoInZone(atLocal('2011-12-30', 10, 0, 'Pacific/Apia'), 'Pacific/Apia')).toBe('2011-12-31T10:00:00+14:00');
    expect(atLocal('2026-02-30', 9, 30, 'UTC').getTime()).toBeNaN();
    expect(atLocal('2026-03-10', 9, 30, 'Fantasia/Castle').getTime()).toBeNaN();
  });

  it('writes schedules in UTC around fall-back and for unknown zones', () => {
    // Act / Assess
    expect(atExpression(new Date('2026-03-10T15:00:00Z'), 'America/New_York')).toEqual({ expression: 'at(2026-03-10T11:00:00)', timeZone: 'America/New_York' });
    expect(atExpression(new Date('2026-11-01T05:30:00Z'), 'America/New_York')).toEqual({ expression: 'at(2026-11-01T05:30:00)', timeZone: 'UTC' });
    expect(atExpression(new Date('2026-11-01T06:30:00Z'), 'America/New_York')).toEqual({ expression: 'at(2026-11-01T06:30:00)', timeZone: 'UTC' });
    expect(atExpression(new Date('2026-03-10T15:00:00Z'), 'Fantasia/Castle')).toEqual({ expression: 'at(2026-03-10T15:00:00)', timeZone: 'UTC' });
  });
});
