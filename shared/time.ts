// Wall-clock arithmetic in IANA zones (luxon). Pure: every function takes the instants it needs.
import { DateTime, IANAZone } from 'luxon';

export function isValidZone(zone: string): boolean {
  return typeof zone === 'string' && zone.length > 0 && IANAZone.isValidZone(zone);
}

/** Local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/**
 * The instant at wall-clock `hh:mm` on local date `date` in `zone`.
 * A time inside a DST gap resolves to the later valid instant; a time that occurs twice takes the earlier offset.
 */
export function atLocal(date: string, hour: number, minute: number, zone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const dt = DateTime.fromObject({ year: y, month: m, day: d, hour, minute }, { zone });
  return dt.toJSDate();
}

/** Add calendar days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

/** ISO weekday of a YYYY-MM-DD date: 1 = Monday … 7 = Sunday. */
export function weekday(date: string): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).weekday;
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
  const dt = DateTime.fromJSDate(instant, { zone });
  return { hour: dt.hour, minute: dt.minute };
}

/** ISO 8601 with the offset in force in `zone`, to the second: 2026-03-10T10:00:00-05:00 */
export function isoInZone(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true, includeOffset: true })!;
}

/** ISO UTC instant to the second: 2026-03-10T15:00:00Z */
export function isoUtc(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Human wording for prompts: "Tue, Mar 10, 10:00 AM CDT". */
export function humanTime(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("ccc, LLL d, h:mm a ZZZZ");
}
