// Independent oracle for /work/shared/timing-policy.md (Timing policy v1).
// Written from the policy text alone; uses luxon only for zone offsets / local dates.
import { DateTime, IANAZone } from 'luxon';

export type Format = 'phone' | 'video' | 'onsite';
export type PromptType = 'prep' | 'final-check' | 'thank-you' | 'check-in';
export interface OracleEvent {
  intent: string;
  at: Date;
  date?: string | null;
}
export interface OracleInput {
  interview: { start: Date; end: Date | null; format: Format };
  userTimeZone: string;
  recordedAt: Date;
  events: OracleEvent[];
}
export interface OraclePrompt {
  type: PromptType;
  at: Date;
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DEFAULT_LENGTH_MIN: Record<Format, number> = { phone: 30, video: 45, onsite: 180 };
/** Table order, used to break ties at the same instant. */
const TABLE_ORDER: Record<string, number> = { prep: 0, 'final-check': 1, 'thank-you': 2, 'check-in-1': 3, 'check-in-2': 4 };

// ---------- calendar dates (plain Y-M-D, zone-free) ----------
interface YMD {
  y: number;
  m: number;
  d: number;
}
function ymdToDays(x: YMD): number {
  return Math.floor(Date.UTC(x.y, x.m - 1, x.d) / 86_400_000);
}
function daysToYmd(n: number): YMD {
  const dt = new Date(n * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
function addDays(x: YMD, n: number): YMD {
  return daysToYmd(ymdToDays(x) + n);
}
/** 0 = Sunday ... 6 = Saturday */
function weekday(x: YMD): number {
  return new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();
}
function isBusinessDay(x: YMD): boolean {
  const w = weekday(x);
  return w >= 1 && w <= 5;
}
/** Saturday or Sunday -> next Monday. */
function weekendAdjust(x: YMD): YMD {
  const w = weekday(x);
  if (w === 6) return addDays(x, 2);
  if (w === 0) return addDays(x, 1);
  return x;
}
/** First business day strictly after x. */
function firstBusinessDayAfter(x: YMD): YMD {
  let c = addDays(x, 1);
  while (!isBusinessDay(c)) c = addDays(c, 1);
  return c;
}
function parseYmd(s: string): YMD {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new Error(`bad date ${s}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

// ---------- zone arithmetic ----------
function offsetMs(zone: IANAZone, ts: number): number {
  return zone.offset(ts) * MIN;
}
/** Local date (in zone) of an instant. */
function localDate(zone: string, t: number): YMD {
  const dt = DateTime.fromMillis(t, { zone });
  return { y: dt.year, m: dt.month, d: dt.day };
}
/** Local wall-clock minutes since midnight of an instant. */
function localMinutes(zone: string, t: number): number {
  const dt = DateTime.fromMillis(t, { zone });
  return dt.hour * 60 + dt.minute + dt.second / 60 + dt.millisecond / 60000;
}
/**
 * The instant at wall-clock hh:mm on local date x in zone.
 * Gap: later valid instant (Temporal 'later': wall time shifted forward by the gap length).
 * Overlap: earlier offset (i.e. the earlier instant).
 */
export function wallToInstant(zone: string, x: YMD, hh: number, mm: number): number {
  const z = IANAZone.create(zone);
  if (!z.isValid) throw new Error(`bad zone ${zone}`);
  const wall = Date.UTC(x.y, x.m - 1, x.d, hh, mm);
  const offs = new Set<number>();
  for (const probe of [-48, -24, -12, 0, 12, 24, 48]) offs.add(offsetMs(z, wall + probe * HOUR));
  const valid: number[] = [];
  for (const o of offs) {
    const cand = wall - o;
    if (offsetMs(z, cand) === o) valid.push(cand);
  }
  if (valid.length > 0) return Math.min(...valid); // overlap -> earlier instant
  // Gap: interpret using the offset in force before the transition => shifted forward by gap length.
  const before = offsetMs(z, wall - 48 * HOUR);
  return wall - before;
}

// ---------- the policy ----------
interface Pending {
  type: PromptType;
  slot: keyof typeof TABLE_ORDER;
  at: number;
  seq: number; // creation order for tie-breaks among equal slots
}

export function oraclePlan(input: OracleInput): OraclePrompt[] {
  const U = input.userTimeZone;
  const S = input.interview.start.getTime();
  const E = input.interview.end ? input.interview.end.getTime() : S + DEFAULT_LENGTH_MIN[input.interview.format] * MIN;
  const R = input.recordedAt.getTime();
  let seq = 0;
  const pending: Pending[] = [];
  const add = (type: PromptType, slot: keyof typeof TABLE_ORDER, at: number) => pending.push({ type, slot, at, seq: seq++ });

  // prep: 18:00 U on the local day before S's local date
  const sDate = localDate(U, S);
  const prepAt = wallToInstant(U, addDays(sDate, -1), 18, 0);
  if (prepAt >= R) add('prep', 'prep', prepAt);
  else if (S - R > 120 * MIN) add('prep', 'prep', R);

  // final-check: S - 60 min, skipped if passed
  const fc = S - 60 * MIN;
  if (fc >= R) add('final-check', 'final-check', fc);

  // thank-you: E + 30 min with quiet hours, then already-passed test
  let ty = E + 30 * MIN;
  const tyMin = localMinutes(U, ty);
  if (tyMin >= 21 * 60) ty = wallToInstant(U, addDays(localDate(U, ty), 1), 8, 0);
  else if (tyMin < 8 * 60) ty = wallToInstant(U, localDate(U, ty), 8, 0);
  add('thank-you', 'thank-you', ty < R ? R : ty);

  // check-ins
  let c1Date = weekendAdjust(addDays(sDate, 7));
  let c1 = wallToInstant(U, c1Date, 9, 30);
  if (c1 < R) {
    c1Date = firstBusinessDayAfter(localDate(U, R));
    c1 = wallToInstant(U, c1Date, 9, 30);
  }
  const scheduleC2 = (d1: YMD) => {
    const d2 = weekendAdjust(addDays(d1, 14));
    add('check-in', 'check-in-2', wallToInstant(U, d2, 9, 30));
  };
  add('check-in', 'check-in-1', c1);
  scheduleC2(c1Date);

  // replies
  const fired: Pending[] = [];
  const fireUpTo = (x: number) => {
    // Prompts at or before x have fired.
    for (let i = pending.length - 1; i >= 0; i--) {
      if (pending[i].at <= x) {
        fired.push(pending[i]);
        pending.splice(i, 1);
      }
    }
  };
  const dropWhere = (pred: (p: Pending) => boolean) => {
    for (let i = pending.length - 1; i >= 0; i--) if (pred(pending[i])) pending.splice(i, 1);
  };
  const scheduleNewCheckIns = (d1Candidate: YMD, x: number) => {
    let d1 = d1Candidate;
    let t1 = wallToInstant(U, d1, 9, 30);
    if (t1 <= x) {
      d1 = firstBusinessDayAfter(localDate(U, x));
      t1 = wallToInstant(U, d1, 9, 30);
    }
    add('check-in', 'check-in-1', t1);
    scheduleC2(d1);
  };

  const events = input.events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at.getTime() - b.e.at.getTime() || a.i - b.i)
    .map((x) => x.e);
  let closed = false;
  for (const ev of events) {
    if (closed) break;
    const X = ev.at.getTime();
    fireUpTo(X);
    switch (ev.intent) {
      case 'sent':
        dropWhere((p) => p.type === 'thank-you');
        break;
      case 'heard-back': {
        dropWhere((p) => p.type === 'check-in');
        scheduleNewCheckIns(weekendAdjust(addDays(localDate(U, X), 7)), X);
        break;
      }
      case 'decision-date': {
        if (!ev.date) break; // no date given: nothing to schedule from
        dropWhere((p) => p.type === 'check-in');
        scheduleNewCheckIns(firstBusinessDayAfter(parseYmd(ev.date)), X);
        break;
      }
      case 'next-round':
      case 'offer':
      case 'rejected':
      case 'withdrawn':
      case 'missed':
      case 'stop':
        pending.length = 0;
        closed = true;
        break;
      default:
        // bombed, note, help, snooze: no change to the timed table
        break;
    }
  }
  fired.push(...pending);
  fired.sort((a, b) => a.at - b.at || TABLE_ORDER[a.slot] - TABLE_ORDER[b.slot] || a.seq - b.seq);
  return fired.map((p) => ({ type: p.type, at: new Date(p.at) }));
}
