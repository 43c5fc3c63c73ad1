// A lean iCalendar reader: the few properties an interview invite needs, with real time-zone handling
// (IANA TZIDs, Windows names, custom VTIMEZONE rules, floating times next to a VTIMEZONE).
// Written instead of node-ical because it is several times faster and handles custom/Windows zones directly.
import { DateTime } from 'luxon';
import { plainWallToInstant } from './tz.js';
import { canonicalZone, namedZone, validIana, WINDOWS_ZONES } from './zones.js';

export interface IcsPerson {
  name: string | null;
  email: string | null;
  role: string | null;
  cutype: string | null;
}

export interface IcsTime {
  /** The instant (UTC) */
  instant: Date;
  /** IANA zone the time was written in, when known */
  zone: string | null;
  /** Offset at that instant in minutes east of UTC (from the custom VTIMEZONE or the zone) */
  offset: number;
  /** the zone came from a Windows or display name rather than an IANA TZID */
  generic: boolean;
  utc: boolean;
  floating: boolean;
  dateOnly: boolean;
}

export interface IcsEvent {
  uid: string | null;
  sequence: number | null;
  summary: string | null;
  description: string | null;
  location: string | null;
  url: string | null;
  status: string | null;
  start: IcsTime | null;
  end: IcsTime | null;
  organizer: IcsPerson | null;
  attendees: IcsPerson[];
  conferenceUrl: string | null;
  recurring: boolean;
  recurrenceId: boolean;
}

export interface IcsCalendar {
  method: string | null;
  events: IcsEvent[];
}

interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}

interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  /** local wall-clock start, in minutes since 0000-03-01 style epoch (see civilMinutes) */
  start: number;
  startYear: number;
  month: number;
  hour: number;
  minute: number;
  offsetFrom: number;
  offsetTo: number;
  rule: { byMonth: number | null; byDay: { n: number; wd: number } | null; byMonthDay: number | null; until: number | null } | null;
  rdates: number[];
}

interface VTimezone {
  tzids: string[];
  observances: Observance[];
}

const MAX_ICS_CHARS = 512 * 1024;
const MAX_EVENTS = 50;

function unfold(text: string): string[] {
  return text.slice(0, MAX_ICS_CHARS).replace(/\r\n?/g, '\n').replace(/\n[ \t]/g, '').split('\n');
}

function parseLine(line: string): Prop | null {
  let i = 0;
  let inQuote = false;
  let colon = line.indexOf(':');
  const quote = line.indexOf('"');
  // no quote before the first colon (nearly every line): that colon ends the name and parameters
  if (colon < 0 || (quote >= 0 && quote < colon)) colon = -1;
  else i = line.length;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) inQuote = !inQuote;
    else if (c === 58 && !inQuote) {
      colon = i;
      break;
    }
  }
  // broken quoting seen in Exchange exports: TZID="W. Europe Standard Time:20200609T090000"
  const broken = colon < 0;
  if (broken) colon = line.lastIndexOf(':');
  if (colon <= 0) return null;
  const head = broken ? line.slice(0, colon).replace(/"/g, '') : line.slice(0, colon);
  const value = broken ? line.slice(colon + 1).replace(/"/g, '') : line.slice(colon + 1);
  let parts: string[];
  if (!head.includes('"')) parts = head.split(';');
  else {
    parts = [];
    let cur = '';
    inQuote = false;
    for (const ch of head) {
      if (ch === '"') inQuote = !inQuote;
      if (ch === ';' && !inQuote) {
        parts.push(cur);
        cur = '';
      } else cur += ch;
    }
    parts.push(cur);
  }
  const params: Record<string, string> = {};
  for (const p of parts.slice(1)) {
    const eq = p.indexOf('=');
    if (eq > 0) params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
  }
  return { name: parts[0].toUpperCase(), params, value };
}

export function unescapeText(v: string): string {
  return v.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

// Days since 1970-01-01 for a proleptic Gregorian date (works for year 1 too, unlike Date.UTC).
function civilDays(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
/** 0 = Sunday … 6 = Saturday */
function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}
function daysInMonth(y: number, m: number): number {
  return civilDays(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - civilDays(y, m, 1);
}

interface Wall {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  utc: boolean;
  dateOnly: boolean;
}

function parseWall(v: string): Wall | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/.exec(v.trim());
  if (!m) return null;
  const w = { y: +m[1], mo: +m[2], d: +m[3], h: m[4] ? +m[4] : 0, mi: m[5] ? +m[5] : 0, s: m[6] ? +m[6] : 0, utc: !!m[7], dateOnly: !m[4] };
  if (w.mo < 1 || w.mo > 12 || w.d < 1 || w.d > 31 || w.h > 24 || w.mi > 59) return null;
  return w;
}

function wallMinutes(w: { y: number; mo: number; d: number; h: number; mi: number }): number {
  return civilDays(w.y, w.mo, w.d) * 1440 + w.h * 60 + w.mi;
}

const WD: Record<string, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };

function parseOffset(v: string | undefined): number {
  const m = /^([+-])(\d{2})(\d{2})/.exec((v ?? '').trim());
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) : 0;
}

function parseObservance(kind: 'STANDARD' | 'DAYLIGHT', props: Prop[]): Observance | null {
  const get = (n: string) => props.find((p) => p.name === n);
  const ds = parseWall(get('DTSTART')?.value ?? '');
  if (!ds) return null;
  let rule: Observance['rule'] = null;
  const rr = get('RRULE')?.value;
  if (rr) {
    const parts: Record<string, string> = {};
    for (const kv of rr.split(';')) {
      const [k, v] = kv.split('=');
      if (k && v) parts[k.toUpperCase()] = v;
    }
    if (!parts.FREQ || parts.FREQ === 'YEARLY') {
      const bd = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(parts.BYDAY ?? '');
      const until = parts.UNTIL ? parseWall(parts.UNTIL) : null;
      rule = {
        byMonth: parts.BYMONTH ? +parts.BYMONTH : null,
        byDay: bd ? { n: bd[1] ? +bd[1] : 1, wd: WD[bd[2]] } : null,
        byMonthDay: parts.BYMONTHDAY ? +parts.BYMONTHDAY : null,
        until: until ? wallMinutes(until) : null,
      };
    }
  }
  const rdates: number[] = [];
  for (const p of props)
    if (p.name === 'RDATE')
      for (const v of p.value.split(',')) {
        const w = parseWall(v);
        if (w) rdates.push(wallMinutes(w));
      }
  return {
    kind,
    start: wallMinutes(ds),
    startYear: ds.y,
    month: ds.mo,
    hour: ds.h,
    minute: ds.mi,
    offsetFrom: parseOffset(get('TZOFFSETFROM')?.value),
    offsetTo: parseOffset(get('TZOFFSETTO')?.value),
    rule,
    rdates,
  };
}

/** Onset of an observance in a given year (local wall minutes), or null. */
function onsetIn(o: Observance, year: number): number | null {
  if (!o.rule) return null;
  if (year < o.startYear) return null;
  const month = o.rule.byMonth ?? o.month;
  let day: number;
  if (o.rule.byDay) {
    const { n, wd } = o.rule.byDay;
    if (n > 0) {
      const first = civilDays(year, month, 1);
      day = 1 + ((wd - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
      if (o.rule.byMonthDay) {
        // BYDAY with BYMONTHDAY (e.g. SU with 8..14): first matching weekday on or after the month day
        const md = civilDays(year, month, o.rule.byMonthDay);
        day = o.rule.byMonthDay + ((wd - weekdayOf(md) + 7) % 7);
      }
    } else {
      const dim = daysInMonth(year, month);
      const last = civilDays(year, month, dim);
      day = dim - ((weekdayOf(last) - wd + 7) % 7) + (n + 1) * 7;
    }
  } else day = o.rule.byMonthDay ?? 1;
  const at = civilDays(year, month, day) * 1440 + o.hour * 60 + o.minute;
  if (at < o.start) return null;
  if (o.rule.until !== null && at > o.rule.until + 1440) return null;
  return at;
}

/** Offset (minutes east) in force at a local wall time under a VTIMEZONE's rules. */
function offsetAtWall(tz: VTimezone, local: number, year: number): number | null {
  if (!tz.observances.length) return null;
  let best: { at: number; o: Observance } | null = null;
  let earliest: Observance | null = null;
  for (const o of tz.observances) {
    if (!earliest || o.start < earliest.start) earliest = o;
    const cands = [o.start, ...o.rdates];
    for (const y of [year - 1, year]) {
      const at = onsetIn(o, y);
      if (at !== null) cands.push(at);
    }
    for (const at of cands) if (at <= local && (!best || at > best.at)) best = { at, o };
  }
  return best ? best.o.offsetTo : earliest!.offsetFrom;
}

/** Guess an IANA zone from a custom VTIMEZONE's standard/daylight offsets (Outlook "Customized Time Zone"). */
function guessZone(tz: VTimezone, year: number): string | null {
  const jan = offsetAtWall(tz, civilDays(year, 1, 15) * 1440 + 720, year);
  const jul = offsetAtWall(tz, civilDays(year, 7, 15) * 1440 + 720, year);
  const key = `${jan}/${jul}`;
  const table: Record<string, string> = {
    '-300/-240': 'America/New_York', '-360/-300': 'America/Chicago', '-420/-360': 'America/Denver',
    '-420/-420': 'America/Phoenix', '-480/-420': 'America/Los_Angeles', '0/60': 'Europe/London',
    '60/120': 'Europe/Berlin', '120/180': 'Europe/Athens', '330/330': 'Asia/Kolkata', '480/480': 'Asia/Singapore',
    '660/600': 'Australia/Sydney', '540/540': 'Asia/Tokyo', '0/0': 'UTC',
  };
  return table[key] ?? null;
}

interface ZoneResolver {
  resolve(tzid: string | undefined, w: Wall): IcsTime;
}

function makeResolver(tzs: VTimezone[], calZone: string | null): ZoneResolver {
  const byId = new Map<string, VTimezone>();
  for (const tz of tzs) for (const id of tz.tzids) byId.set(id, tz);
  // A floating time next to exactly one VTIMEZONE means that zone (Exchange and school calendars do this)
  const floatingTz = calZone ?? (tzs.length ? tzs[0].tzids[tzs[0].tzids.length - 1] : null);

  const viaIana = (zone: string, w: Wall, floating: boolean, generic = false): IcsTime | null => {
    // the common case (no DST change near the time) without building a luxon DateTime
    const plain = plainWallToInstant(w.y, w.mo, w.d, w.h, w.mi, w.s, zone);
    if (plain) return { instant: new Date(plain.ms), zone: canonicalZone(zone), offset: plain.offset, generic, utc: false, floating, dateOnly: w.dateOnly };
    const dt = DateTime.fromObject({ year: w.y, month: w.mo, day: w.d, hour: w.h, minute: w.mi, second: w.s }, { zone });
    if (!dt.isValid) return null;
    return { instant: dt.toJSDate(), zone: canonicalZone(zone), offset: dt.offset, generic, utc: false, floating, dateOnly: w.dateOnly };
  };
  const viaRules = (tz: VTimezone, tzid: string, w: Wall, floating: boolean): IcsTime | null => {
    const local = wallMinutes(w);
    const off = offsetAtWall(tz, local, w.y);
    if (off === null) return null;
    const named = namedZone(tzid);
    const zone = named?.kind === 'iana' ? named.zone : guessZone(tz, w.y);
    const ms = (local - off) * 60_000 + w.s * 1000;
    return { instant: new Date(ms), zone, offset: off, generic: true, utc: false, floating, dateOnly: w.dateOnly };
  };
  const byName = (tzid: string, w: Wall, floating: boolean): IcsTime | null => {
    const clean = tzid.replace(/^\/+/, '').trim();
    if (validIana(clean)) return viaIana(clean, w, floating);
    const win = WINDOWS_ZONES[clean.toLowerCase()];
    if (win) return viaIana(win, w, floating, true);
    const tz = byId.get(tzid) ?? byId.get(clean);
    if (tz) {
      // a VTIMEZONE block may list several TZIDs; the last valid IANA one wins, like node-ical
      const iana = [...tz.tzids].reverse().find((id) => validIana(id));
      if (iana && iana !== clean) return viaIana(iana, w, floating);
      const r = viaRules(tz, clean, w, floating);
      if (r) return r;
    }
    const named = namedZone(clean.replace(/^\(?(?:UTC|GMT)[+\-−]?\d{0,2}:?\d{0,2}\)?\s*/, ''));
    if (named?.kind === 'iana') return viaIana(named.zone, w, floating, true);
    return null;
  };

  return {
    resolve(tzid, w) {
      if (w.utc) {
        const ms = wallMinutes(w) * 60_000 + w.s * 1000;
        return { instant: new Date(ms), zone: null, offset: 0, generic: false, utc: true, floating: false, dateOnly: false };
      }
      if (tzid) {
        const r = byName(tzid, w, false);
        if (r) return r;
      }
      if (floatingTz) {
        const r = byName(floatingTz, w, true);
        if (r) return r;
      }
      // truly floating: keep wall time as if UTC and flag it so the caller applies the user's zone
      const ms = wallMinutes(w) * 60_000 + w.s * 1000;
      return { instant: new Date(ms), zone: null, offset: 0, generic: false, utc: false, floating: true, dateOnly: w.dateOnly };
    },
  };
}

function parsePerson(p: Prop): IcsPerson {
  const mail = /^mailto:(.+)$/i.exec(p.value.trim());
  const cn = p.params.CN ? p.params.CN.trim() : null;
  return {
    name: cn && !cn.includes('@') ? cn : null,
    email: mail ? mail[1].trim().toLowerCase() : cn && cn.includes('@') ? cn.toLowerCase() : null,
    role: p.params.ROLE ?? null,
    cutype: p.params.CUTYPE ?? null,
  };
}

function parseDuration(v: string): number | null {
  const m = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(v.trim());
  if (!m) return null;
  const mins = (+(m[2] ?? 0)) * 7 * 1440 + (+(m[3] ?? 0)) * 1440 + (+(m[4] ?? 0)) * 60 + +(m[5] ?? 0) + +(m[6] ?? 0) / 60;
  return (m[1] === '-' ? -1 : 1) * mins;
}

/** Parse one iCalendar text. Never throws; unknown or broken lines are skipped. */
export function readCalendar(text: string): IcsCalendar {
  const lines = unfold(text);
  const cal: IcsCalendar = { method: null, events: [] };
  const tzs: VTimezone[] = [];
  const rawEvents: Prop[][] = [];
  let calZone: string | null = null;
  const stack: string[] = [];
  let curTz: VTimezone | null = null;
  let obsProps: Prop[] | null = null;
  let evProps: Prop[] | null = null;
  for (const line of lines) {
    if (!line) continue;
    const p = parseLine(line);
    if (!p) continue;
    if (p.name === 'BEGIN') {
      const what = p.value.trim().toUpperCase();
      stack.push(what);
      if (what === 'VTIMEZONE') curTz = { tzids: [], observances: [] };
      else if ((what === 'STANDARD' || what === 'DAYLIGHT') && curTz) obsProps = [];
      else if (what === 'VEVENT' && stack.length <= 3) evProps = [];
      continue;
    }
    if (p.name === 'END') {
      const what = stack.pop();
      if (what === 'VTIMEZONE' && curTz) {
        tzs.push(curTz);
        curTz = null;
      } else if ((what === 'STANDARD' || what === 'DAYLIGHT') && curTz && obsProps) {
        const o = parseObservance(what, obsProps);
        if (o) curTz.observances.push(o);
        obsProps = null;
      } else if (what === 'VEVENT' && evProps) {
        if (rawEvents.length < MAX_EVENTS) rawEvents.push(evProps);
        evProps = null;
      }
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === 'VCALENDAR') {
      if (p.name === 'METHOD') cal.method = p.value.trim().toUpperCase();
      else if (p.name === 'X-WR-TIMEZONE') calZone = p.value.trim();
    } else if (top === 'VTIMEZONE' && curTz && p.name === 'TZID') curTz.tzids.push(p.value.trim());
    else if ((top === 'STANDARD' || top === 'DAYLIGHT') && obsProps) obsProps.push(p);
    else if (top === 'VEVENT' && evProps && evProps.length < 2000) evProps.push(p);
  }
  const resolver = makeResolver(tzs, calZone && (validIana(calZone) || WINDOWS_ZONES[calZone.toLowerCase()]) ? calZone : null);
  for (const props of rawEvents) cal.events.push(buildEvent(props, resolver));
  return cal;
}

function buildEvent(props: Prop[], resolver: ZoneResolver): IcsEvent {
  // the first property of each name, as props.find would return it
  const first = new Map<string, Prop>();
  for (const p of props) if (!first.has(p.name)) first.set(p.name, p);
  const get = (n: string) => first.get(n);
  const text = (n: string) => {
    const p = get(n);
    const v = p ? unescapeText(p.value).trim() : '';
    return v || null;
  };
  const time = (n: string): IcsTime | null => {
    const p = get(n);
    if (!p) return null;
    const w = parseWall(p.value);
    return w ? resolver.resolve(p.params.TZID, w) : null;
  };
  const start = time('DTSTART');
  let end = time('DTEND');
  if (!end && start) {
    const dur = get('DURATION');
    const mins = dur ? parseDuration(dur.value) : null;
    if (mins !== null) end = { ...start, instant: new Date(start.instant.getTime() + mins * 60_000) };
  }
  const seq = get('SEQUENCE');
  const org = get('ORGANIZER');
  return {
    uid: text('UID'),
    sequence: seq && /^\s*\d+\s*$/.test(seq.value) ? Number(seq.value) : null,
    summary: text('SUMMARY'),
    description: text('DESCRIPTION'),
    location: text('LOCATION'),
    url: text('URL'),
    status: text('STATUS')?.toUpperCase() ?? null,
    start,
    end,
    organizer: org ? parsePerson(org) : null,
    attendees: props.filter((p) => p.name === 'ATTENDEE').slice(0, 100).map(parsePerson),
    conferenceUrl: text('X-GOOGLE-CONFERENCE') ?? text('X-MICROSOFT-SKYPETEAMSMEETINGURL') ?? null,
    recurring: !!get('RRULE'),
    recurrenceId: !!get('RECURRENCE-ID'),
  };
}
