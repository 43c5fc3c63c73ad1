// Fast zone arithmetic for the hot path: offsets from one cached Intl formatter per zone, memoised per UTC hour.
// luxon gives the same answers but builds a DateTime per call, which dominated extraction time.

const formatters = new Map<string, Intl.DateTimeFormat | null>();
/** zone → (UTC hour → offset); per-zone maps avoid building a string key on every lookup. */
const offsets = new Map<string, Map<number, number>>();
const fixedOffsets = new Map<string, number | null>();
const MAX_CACHE = 20_000;
let cached = 0;

function formatter(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    } catch {
      f = null;
    }
    if (formatters.size < 1000) formatters.set(zone, f);
  }
  return f;
}

/** Fixed-offset zone names as luxon writes them ("UTC+2", "UTC-5:30") → minutes, else null. */
function fixedOffset(zone: string): number | null {
  let v = fixedOffsets.get(zone);
  if (v !== undefined) return v;
  if (zone === 'UTC' || zone === 'Etc/UTC' || zone === 'GMT') v = 0;
  else {
    const m = /^UTC([+-])(\d{1,2})(?::(\d{2}))?$/.exec(zone);
    v = m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +(m[3] ?? 0)) : null;
  }
  if (fixedOffsets.size < 1000) fixedOffsets.set(zone, v);
  return v;
}

/** Offset (minutes east of UTC) in force in `zone` at instant `ms`. */
export function offsetAt(zone: string, ms: number): number {
  const fixed = fixedOffset(zone);
  if (fixed !== null) return fixed;
  const hour = Math.floor(ms / 3_600_000);
  let byHour = offsets.get(zone);
  if (byHour) {
    const hit = byHour.get(hour);
    if (hit !== undefined) return hit;
  }
  const f = formatter(zone);
  let off = 0;
  if (f) {
    const p: Record<string, number> = {};
    for (const part of f.formatToParts(new Date(hour * 3_600_000))) if (part.type !== 'literal') p[part.type] = Number(part.value);
    const local = Date.UTC(p.year, p.month - 1, p.day, p.hour === 24 ? 0 : p.hour, p.minute, p.second);
    off = Math.round((local - hour * 3_600_000) / 60_000);
  }
  if (cached > MAX_CACHE) {
    offsets.clear();
    cached = 0;
    byHour = undefined;
  }
  if (!byHour) offsets.set(zone, (byHour = new Map()));
  byHour.set(hour, off);
  cached++;
  return off;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The instant of a wall time in an IANA zone when that wall time is plainly in one offset (no transition within
 * three hours either side, a modern year, every field in range); null otherwise, so the caller can take the slow,
 * general path for gaps, repeated hours and odd input.
 */
export function plainWallToInstant(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: string): { ms: number; offset: number } | null {
  if (!(y >= 1971 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 59)) return null;
  const leap = mo === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
  if (d > DAYS_IN_MONTH[mo - 1] + (leap ? 1 : 0)) return null;
  if (!formatter(zone) && fixedOffset(zone) === null) return null;
  const local = Date.UTC(y, mo - 1, d, h, mi, s);
  const o1 = offsetAt(zone, local);
  const t = local - o1 * 60_000;
  const o = offsetAt(zone, t);
  if (o !== o1 || offsetAt(zone, t - 3 * 3_600_000) !== o || offsetAt(zone, t + 3 * 3_600_000) !== o) return null;
  return { ms: t, offset: o };
}

/** The instant of a wall time in a zone; a time in a DST gap moves forward, a repeated time takes the earlier one. */
export function wallToInstant(y: number, mo: number, d: number, h: number, mi: number, zone: string): Date {
  const local = Date.UTC(y, mo - 1, d, h, mi);
  const o1 = offsetAt(zone, local);
  let t = local - o1 * 60_000;
  const o2 = offsetAt(zone, t);
  if (o2 !== o1) {
    const t2 = local - o2 * 60_000;
    // repeated hour: prefer the earlier instant; gap: neither matches, take the later valid one
    t = offsetAt(zone, t2) === o2 ? Math.min(t, t2) : Math.max(t, t2);
    if (offsetAt(zone, t) !== Math.round((local - t) / 60_000)) t = Math.max(local - o1 * 60_000, local - o2 * 60_000);
  }
  return new Date(t);
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** ISO 8601 with the offset in force: 2026-03-10T10:00:00-05:00 ("+00:00" for UTC). */
export function isoAt(instant: Date, zone: string): string {
  const ms = instant.getTime();
  const off = offsetAt(zone, ms);
  const l = new Date(ms + off * 60_000);
  const sign = off < 0 ? '-' : '+';
  return `${l.getUTCFullYear()}-${pad(l.getUTCMonth() + 1)}-${pad(l.getUTCDate())}T${pad(l.getUTCHours())}:${pad(l.getUTCMinutes())}:${pad(l.getUTCSeconds())}${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

/** Local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function dateIn(instant: Date, zone: string): string {
  return isoAt(instant, zone).slice(0, 10);
}
