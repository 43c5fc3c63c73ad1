// Wall-clock arithmetic in IANA zones on the built-in Intl API (luxon gave the same answers for ≈70 KB of bundle).
// Pure: every function takes the instants it needs. Words are English (en-US), as luxon printed them on Lambda.

const MINUTE = 60_000;
const DAY = 86_400_000;

// luxon reads "utc" and "gmt" (any case) as its fixed UTC zone: ISO offset "Z", zone name "UTC".
const isUtcAlias = (zone: string) => /^(utc|gmt)$/i.test(zone);

// Building an Intl.DateTimeFormat costs far more than using one, so there is one per zone and purpose.
const fieldFormats = new Map<string, Intl.DateTimeFormat>();
const nameFormats = new Map<string, Intl.DateTimeFormat>();

function fieldFormat(zone: string): Intl.DateTimeFormat {
  let f = fieldFormats.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    fieldFormats.set(zone, f);
  }
  return f;
}

function nameFormat(zone: string): Intl.DateTimeFormat {
  let f = nameFormats.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
    nameFormats.set(zone, f);
  }
  return f;
}

export function isValidZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.length === 0) return false;
  if (fieldFormats.has(zone)) return true;
  try {
    fieldFormat(zone); // throws RangeError for a zone Intl does not know; the format is kept for later use
    return true;
  } catch {
    return false;
  }
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Epoch ms of a wall clock read as if it were UTC (Date.UTC maps years 0–99 onto 1900–1999, hence setUTCFullYear). */
function wallAsUtc(w: Wall): number {
  const d = new Date(Date.UTC(2000, w.month - 1, w.day, w.hour, w.minute, w.second));
  d.setUTCFullYear(w.year);
  return d.getTime();
}

function wallOf(ts: number, zone: string): Wall {
  if (isUtcAlias(zone)) {
    const d = new Date(ts);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
  }
  const w: Wall = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of fieldFormat(zone).formatToParts(ts)) {
    switch (p.type) {
      case 'year': w.year = Number(p.value); break;
      case 'month': w.month = Number(p.value); break;
      case 'day': w.day = Number(p.value); break;
      case 'hour': w.hour = Number(p.value) % 24; break; // some engines print midnight as "24" even with h23
      case 'minute': w.minute = Number(p.value); break;
      case 'second': w.second = Number(p.value); break;
    }
  }
  return w;
}

/** Offset from UTC in minutes in force in `zone` at epoch ms `ts`. */
function offsetAt(ts: number, zone: string): number {
  if (isUtcAlias(zone)) return 0;
  const whole = ts - (((ts % 1000) + 1000) % 1000); // Intl drops the milliseconds, so compare whole seconds
  return (wallAsUtc(wallOf(ts, zone)) - whole) / MINUTE;
}

/** Offset from UTC in minutes in force in `zone` at `instant`: -300 for New York in winter. */
export function offsetMinutes(instant: Date, zone: string): number {
  return offsetAt(instant.getTime(), zone);
}

/**
 * The instants at which a wall clock (read as UTC: `local`) happens in `zone`: one normally, two in a fall-back
 * overlap (earlier first), none in a spring-forward gap. Offsets a day either side bracket any one DST change.
 */
function instantsOf(local: number, zone: string): { times: number[]; before: number } {
  const before = offsetAt(local - DAY, zone);
  const after = offsetAt(local + DAY, zone);
  const times: number[] = [];
  for (const o of before === after ? [before] : [before, after]) {
    const t = local - o * MINUTE;
    if (offsetAt(t, zone) === o) times.push(t);
  }
  return { times: times.sort((a, b) => a - b), before };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDateOf = (w: Wall) => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;

/** Local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(instant: Date, zone: string): string {
  return isoDateOf(wallOf(instant.getTime(), zone));
}

function parseDate(date: string): { y: number; m: number; d: number } | null {
  const r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!r) return null;
  const [y, m, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d ? { y, m, d } : null;
}

function parseDateOrThrow(date: string): { y: number; m: number; d: number } {
  const p = parseDate(date);
  if (!p) throw new RangeError(`"${date}" is not a YYYY-MM-DD date`);
  return p;
}

/**
 * The instant at wall-clock `hh:mm` on local date `date` in `zone`.
 * A time inside a DST gap resolves to the later valid instant; a time that occurs twice takes the earlier offset.
 * An impossible date, time or zone gives an invalid Date, as luxon did.
 */
export function atLocal(date: string, hour: number, minute: number, zone: string): Date {
  const p = parseDate(date);
  const timeOk = Number.isInteger(hour) && Number.isInteger(minute) && minute >= 0 && minute <= 59 && ((hour >= 0 && hour <= 23) || (hour === 24 && minute === 0));
  if (!p || !timeOk || !isValidZone(zone)) return new Date(NaN);
  const local = wallAsUtc({ year: p.y, month: p.m, day: p.d, hour, minute, second: 0 });
  const { times, before } = instantsOf(local, zone);
  // In a gap, keep the offset from before it: the clock reading moves forward by the gap (02:30 → 03:30 EDT).
  return new Date(times.length ? times[0] : local - before * MINUTE);
}

/** Whether the wall-clock reading of `instant` in `zone` happens only once (not in a fall-back overlap). */
export function wallTimeIsUnique(instant: Date, zone: string): boolean {
  const ts = instant.getTime();
  if (isUtcAlias(zone)) return true;
  return instantsOf(wallAsUtc(wallOf(ts, zone)), zone).times.length === 1;
}

/** Add calendar days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const { y, m, d } = parseDateOrThrow(date);
  const t = new Date(wallAsUtc({ year: y, month: m, day: d, hour: 0, minute: 0, second: 0 }) + days * DAY);
  return isoDateOf({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), hour: 0, minute: 0, second: 0 });
}

/** ISO weekday of a YYYY-MM-DD date: 1 = Monday … 7 = Sunday. */
export function weekday(date: string): number {
  const { y, m, d } = parseDateOrThrow(date);
  return isoWeekday(y, m, d);
}

function isoWeekday(y: number, m: number, d: number): number {
  const wd = new Date(wallAsUtc({ year: y, month: m, day: d, hour: 0, minute: 0, second: 0 })).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** Saturday or Sunday moves to the next Monday. */
export function weekendAdjusted(date: string): string {
  const wd = weekday(date);
  return wd === 6 ? addDays(date, 2) : wd === 7 ? addDays(date, 1) : date;
}

/** The first Monday–Friday strictly after `date`. */
export function firstBusinessDayAfter(date: string): string {
  let d = addDays(date, 1);
  while (weekday(d) > 5) d = addDays(d, 1);
  return d;
}

/** Local hour and minute of an instant in a zone. */
export function localClock(instant: Date, zone: string): { hour: number; minute: number } {
  const w = wallOf(instant.getTime(), zone);
  return { hour: w.hour, minute: w.minute };
}

function isoOffset(offset: number): string {
  const a = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${pad(Math.trunc(a / 60))}:${pad(Math.trunc(a % 60))}`;
}

/** ISO 8601 with the offset in force in `zone`, to the second: 2026-03-10T10:00:00-05:00 (milliseconds only when not 0). */
export function isoInZone(instant: Date, zone: string): string {
  const ts = instant.getTime();
  const w = wallOf(ts, zone);
  const ms = ((ts % 1000) + 1000) % 1000;
  const offset = isUtcAlias(zone) ? 'Z' : isoOffset(offsetAt(ts, zone));
  return `${isoDateOf(w)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${ms ? `.${pad(ms, 3)}` : ''}${offset}`;
}

/** ISO UTC instant to the second: 2026-03-10T15:00:00Z */
export function isoUtc(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// ---- formatting with luxon's tokens ---------------------------------------------------------------------------

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The zone's short name at `ts` as luxon's ZZZZ prints it in en-US: "CDT", "GMT+1", "GMT+5:30", "UTC". */
function zoneName(ts: number, zone: string): string {
  if (isUtcAlias(zone)) return 'UTC';
  return nameFormat(zone).formatToParts(ts).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

type Field = (w: Wall, ts: number, zone: string) => string;
const wd = (w: Wall) => WEEKDAYS[isoWeekday(w.year, w.month, w.day) - 1];
const FIELDS: Record<string, Field> = {
  cccc: (w) => wd(w),
  ccc: (w) => wd(w).slice(0, 3),
  LLLL: (w) => MONTHS[w.month - 1],
  LLL: (w) => MONTHS[w.month - 1].slice(0, 3),
  yyyy: (w) => pad(w.year, 4),
  MM: (w) => pad(w.month),
  dd: (w) => pad(w.day),
  d: (w) => String(w.day),
  HH: (w) => pad(w.hour),
  h: (w) => String(w.hour % 12 === 0 ? 12 : w.hour % 12),
  mm: (w) => pad(w.minute),
  ss: (w) => pad(w.second),
  a: (w) => (w.hour < 12 ? 'AM' : 'PM'),
  ZZZZ: (_w, ts, zone) => zoneName(ts, zone),
};

const compiled = new Map<string, (string | Field)[]>();

/** A format string split like luxon splits it: runs of one letter are tokens, 'quoted' and non-letters are literal. */
function compile(pattern: string): (string | Field)[] {
  let out = compiled.get(pattern);
  if (out) return out;
  out = [];
  for (const m of pattern.matchAll(/'([^']*)'|([A-Za-z])\2*|[^A-Za-z']+/g)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] === undefined) out.push(m[0]);
    else {
      const f = FIELDS[m[0]];
      if (!f) throw new Error(`format token "${m[0]}" is not supported by shared/time.ts`);
      out.push(f);
    }
  }
  compiled.set(pattern, out);
  return out;
}

/**
 * An instant formatted in `zone` with luxon's tokens (cccc ccc LLLL LLL yyyy MM dd d HH h mm ss a ZZZZ, 'literal'),
 * in English: formatInZone(t, 'America/Chicago', "cccc, LLLL d 'at' h:mm a") → "Tuesday, March 10 at 10:00 AM".
 */
export function formatInZone(instant: Date, zone: string, pattern: string): string {
  const parts = compile(pattern);
  const ts = instant.getTime();
  if (Number.isNaN(ts) || !isValidZone(zone)) return 'Invalid DateTime';
  const w = wallOf(ts, zone);
  return parts.map((p) => (typeof p === 'string' ? p : p(w, ts, zone))).join('');
}

/** A YYYY-MM-DD calendar date formatted with the same tokens (no time of day): "Friday, March 27". */
export function formatDate(date: string, pattern: string): string {
  const p = parseDate(date);
  return p ? formatInZone(new Date(wallAsUtc({ year: p.y, month: p.m, day: p.d, hour: 0, minute: 0, second: 0 })), 'UTC', pattern) : 'Invalid DateTime';
}

/** Human wording for prompts: "Tue, Mar 10, 10:00 AM CDT". */
export function humanTime(instant: Date, zone: string): string {
  return formatInZone(instant, zone, 'ccc, LLL d, h:mm a ZZZZ');
}

/** The wall clock of an instant in a zone to the second, as EventBridge Scheduler's at() takes it: 2026-03-10T10:00:00 */
export function wallTime(instant: Date, zone: string): string {
  return formatInZone(instant, zone, "yyyy-MM-dd'T'HH:mm:ss");
}
