// Reading dates and clock times out of prose and ATS templates, and resolving them to instants.
// Own reader rather than chrono-node: chrono takes "EST" literally, does not know "Eastern Time" and ignores the
// reference zone; here a zone names a region and relative dates resolve against the original email's date.
import { fold } from './re.js';
import { isoAt, wallToInstant } from './tz.js';
import { findZones, zoneAt, type ZoneRef } from './zones.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_RE = String.raw`(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)`;
const MONTH_RE = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const MONTHS_FR = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const MONTHS_PT = ['janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

function monthNum(s: string): number {
  const k = s.slice(0, 3).toLowerCase();
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(k) + 1;
}
function weekdayNum(s: string): number {
  // "sexta", "Freitag", "jeudi": the other languages' weekdays first (none is an English one's spelling)
  const w = fold(s.toLowerCase()).replace(/-feira$/, '');
  for (const list of [ROMANCE_WEEKDAYS_PT, ROMANCE_WEEKDAYS_ES, ROMANCE_WEEKDAYS_FR, GERMAN_WEEKDAYS]) {
    const i = list.indexOf(w);
    if (i >= 0) return i + 1;
  }
  return ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'].indexOf(w.slice(0, 2)) + 1;
}
const ROMANCE_WEEKDAYS_PT = ['segunda', 'terca', 'quarta', 'quinta', 'sexta', 'sabado', 'domingo'];
const ROMANCE_WEEKDAYS_ES = ['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'];
const ROMANCE_WEEKDAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const GERMAN_WEEKDAYS = ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'];
/** Weekdays as written in Spanish and Portuguese, French and German (the dates' patterns below, and "sexta, 15/05"). */
const ES_PT_WEEKDAY_RE = String.raw`lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?`;
const FR_WEEKDAY_RE = String.raw`lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche`;
const OTHER_WEEKDAY_RE = String.raw`${ES_PT_WEEKDAY_RE}|${FR_WEEKDAY_RE}|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag`;

export interface DateMention {
  index: number;
  end: number;
  y: number | null;
  m: number | null;
  d: number | null;
  weekday: number | null;
  rel: 'today' | 'tomorrow' | null;
  modifier: 'next' | 'this' | null;
  /** numeric like 03/04 where both readings are possible */
  ambiguous: { a: [number, number]; b: [number, number] } | null;
}

type DateKind = 'mdy' | 'dmy' | 'iso' | 'num' | 'es' | 'fr' | 'dotted' | 'cjk';

/** Whether a numeric date pattern can match at all: each needs its separator ("-", "/", ".", "de"). */
function mayHold(kind: DateKind, text: string): boolean {
  if (kind === 'iso') return text.includes('-');
  if (kind === 'num') return text.includes('/');
  if (kind === 'dotted') return text.includes('.');
  if (kind === 'es') return /de/i.test(text);
  if (kind === 'cjk') return text.includes('月') || text.includes('월');
  if (kind === 'fr') return /(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|f[ée]vrier|avril|juin|juillet|ao[uû]t|d[ée]cembre)/i.test(text);
  return true;
}

const DATE_RES: { re: RegExp; kind: DateKind }[] = [
  { re: new RegExp(String.raw`\b(?:(${WEEKDAY_RE})\.?,?\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?[ \t\u00a0]+(?:of\s+)?(${MONTH_RE})\.?,?(?:\s+(\d{4}))?\b`, 'gi'), kind: 'dmy' },
  { re: new RegExp(String.raw`\b(?:(${WEEKDAY_RE})\.?,?\s+)?(${MONTH_RE})\.?[ \t\u00a0]+(\d{1,2})(?:st|nd|rd|th)?\b(?![:.]\d)(?:,?\s+(\d{4})\b)?`, 'gi'), kind: 'mdy' },
  // "18-Jun-2026", "18-Jun-26" (Zoho, Indian and British systems)
  { re: new RegExp(String.raw`\b(?:(${WEEKDAY_RE})\.?,?\s+)?(\d{1,2})-(${MONTH_RE})-(\d{4}|\d{2})\b`, 'gi'), kind: 'dmy' },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, kind: 'iso' },
  // Japanese, Chinese and Korean: "2026年7月15日（水）", "2026년 11월 17일(화)", "7月15日"
  { re: /(?<!\d)(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?:\s*[（(][^）)\n]{1,4}[）)])?/g, kind: 'cjk' },
  { re: new RegExp(String.raw`(?<![\d/.\w])(?:(${WEEKDAY_RE}|${OTHER_WEEKDAY_RE})\.?,?\s+)?(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])`, 'giu'), kind: 'num' },
  { re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/g, kind: 'dotted' },
  // French: "mardi 23 juin 2026", "le 5 novembre"
  { re: new RegExp(String.raw`(?<![\p{L}])(?:(${FR_WEEKDAY_RE}),?\s+)?(?:le\s+)?(\d{1,2})(?:er)?\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)(?:\s+(\d{4}))?(?![\p{L}])`, 'giu'), kind: 'fr' },
  // Spanish and Portuguese: "jueves, 25 de junio de 2026", "quinta-feira, 25 de junho de 2026"
  { re: new RegExp(String.raw`\b(?:(${ES_PT_WEEKDAY_RE}),?\s+)?(\d{1,2})\s+de\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro)(?:\s+(?:de|del)\s+(\d{4}))?`, 'gi'), kind: 'es' },
];
const DAY_ALONE = new RegExp(String.raw`\b(?:(${WEEKDAY_RE}),?\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:${MONTH_RE}))(?=\s*(?:at\b|@|from\b|works\b|is\b|would\b|[,.;:!?)]|$))`, 'gim');
const WEEKDAY_ALONE = new RegExp(String.raw`\b(?:(this|next|coming|on)\s+)?(${WEEKDAY_RE})\b\.?`, 'gi');
/** "tomorrow (Wednesday)", "tomorrow, Wednesday": the weekday said with a relative day. */
const WEEKDAY_SAID = new RegExp(String.raw`^\s*[(,]\s*(${WEEKDAY_RE})\b`, 'i');
const RELATIVE = /\b(today|tomorrow|tonight)\b/gi;

function validYmd(y: number, m: number, d: number): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1)) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A calendar day as UTC midnight, for plain date arithmetic (no zones involved). */
class Day {
  constructor(readonly ms: number) {}
  static of(y: number, m: number, d: number): Day {
    return new Day(Date.UTC(y, m - 1, d));
  }
  static iso(s: string): Day | null {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    return m ? Day.of(+m[1], +m[2], +m[3]) : null;
  }
  get year(): number {
    return new Date(this.ms).getUTCFullYear();
  }
  /** ISO weekday 1 = Monday … 7 = Sunday */
  get weekday(): number {
    return new Date(this.ms).getUTCDay() || 7;
  }
  plus(days: number): Day {
    return new Day(this.ms + days * 86_400_000);
  }
  toISODate(): string {
    return new Date(this.ms).toISOString().slice(0, 10);
  }
  fmt(kind: 'long' | 'short' | 'weekday'): string {
    const d = new Date(this.ms);
    const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.getUTCMonth()];
    const wd = WEEKDAYS[this.weekday - 1];
    if (kind === 'weekday') return wd[0].toUpperCase() + wd.slice(1);
    if (kind === 'short') return `${wd.slice(0, 3).replace(/^./, (c) => c.toUpperCase())} ${month.slice(0, 3)} ${d.getUTCDate()}`;
    return `${month} ${d.getUTCDate()}`;
  }
}

/** All date mentions in text, non-overlapping, in order. */
export function findDates(text: string, limit = 300): DateMention[] {
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([s, e]) => a < e && b > s);
  // every one of these patterns needs a digit
  const digits = /\d/.test(text);
  for (const { re, kind } of DATE_RES) {
    if (!digits || !mayHold(kind, text)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(text)) && n++ < limit) {
      const index = m.index;
      const end = index + m[0].length;
      if (overlaps(index, end)) continue;
      let y: number | null = null;
      let mo = 0;
      let d = 0;
      let wd: number | null = null;
      let ambiguous: DateMention['ambiguous'] = null;
      if (kind === 'mdy') {
        wd = m[1] ? weekdayNum(m[1]) : null;
        mo = monthNum(m[2]);
        d = +m[3];
        y = m[4] ? +m[4] : null;
        // "May" the verb: only a month when a day follows and it is capitalised or has a weekday/year
        if (/^may$/i.test(m[2]) && m[2] !== 'May' && !m[4]) continue;
      } else if (kind === 'dmy') {
        wd = m[1] ? weekdayNum(m[1]) : null;
        d = +m[2];
        mo = monthNum(m[3]);
        y = m[4] ? (m[4].length === 2 ? 2000 + +m[4] : +m[4]) : null;
        if (/^may$/i.test(m[3]) && m[3] !== 'May') continue;
      } else if (kind === 'cjk') {
        y = m[1] ? +m[1] : null;
        mo = +m[2];
        d = +m[3];
      } else if (kind === 'iso') {
        y = +m[1];
        mo = +m[2];
        d = +m[3];
      } else if (kind === 'num') {
        wd = m[1] ? weekdayNum(m[1]) : null;
        const a = +m[2];
        const b = +m[3];
        y = m[4] ? (m[4].length === 2 ? 2000 + +m[4] : +m[4]) : null;
        if (!m[4] && !m[1]) {
          // bare "3/17" without weekday or year: a date only if it reads as one (avoid ratios like 24/7)
          if (a > 12 || b > 31) continue;
        }
        if (a <= 12 && b <= 12 && a !== b) ambiguous = { a: [a, b], b: [b, a] };
        if (a > 12 && b <= 12) {
          mo = b;
          d = a;
        } else {
          mo = a;
          d = b;
        }
      } else if (kind === 'dotted') {
        d = +m[1];
        mo = +m[2];
        y = +m[3];
      } else if (kind === 'fr') {
        wd = m[1] ? ROMANCE_WEEKDAYS_FR.indexOf(fold(m[1])) + 1 || null : null;
        d = +m[2];
        mo = MONTHS_FR.indexOf(fold(m[3])) + 1;
        y = m[4] ? +m[4] : null;
      } else {
        const w = m[1] ? fold(m[1]).replace(/-feira$/, '') : '';
        wd = w ? ROMANCE_WEEKDAYS_ES.indexOf(w) + 1 || ROMANCE_WEEKDAYS_PT.indexOf(w) + 1 || null : null;
        d = +m[2];
        mo = MONTHS_ES.indexOf(m[3].toLowerCase()) + 1 || MONTHS_PT.indexOf(fold(m[3])) + 1;
        y = m[4] ? +m[4] : null;
      }
      if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
      if (y !== null && (y < 1990 || y > 2100)) continue;
      taken.push([index, end]);
      out.push({ index, end, y, m: mo, d, weekday: wd, rel: null, modifier: null, ambiguous });
    }
  }
  let m: RegExpExecArray | null;
  let n = 0;
  // "You're all set for the 14th at 10:30": a day of the month alone, the next one from the email's date
  if (digits && /\d(?:st|nd|rd|th)\b/.test(text)) {
    DAY_ALONE.lastIndex = 0;
    while ((m = DAY_ALONE.exec(text)) && n++ < limit) {
      const index = m.index;
      const end = index + m[0].length;
      const d = +m[2];
      if (overlaps(index, end) || d < 1 || d > 31) continue;
      taken.push([index, end]);
      out.push({ index, end, y: null, m: null, d, weekday: m[1] ? weekdayNum(m[1]) : null, rel: null, modifier: null, ambiguous: null });
    }
    n = 0;
  }
  WEEKDAY_ALONE.lastIndex = 0;
  while ((m = WEEKDAY_ALONE.exec(text)) && n++ < limit) {
    const index = m.index;
    const end = index + m[0].length;
    if (overlaps(index, end)) continue;
    const word = m[2];
    // short forms only when capitalised (avoid "sat", "wed" in prose)
    if (word.length <= 4 && word[0] !== word[0].toUpperCase()) continue;
    if (/^(?:Sun|Sat|Mon)$/.test(word) && !/^[\s,]*\d/.test(text.slice(end, end + 4))) continue;
    // "Thi Thu Ha Nguyen", "Wed Ling": a short form inside a run of capitalised words is part of a name
    if (word.length <= 4 && !m[0].endsWith('.') && /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3)) && !/^[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text.slice(end, end + 5)) && /\p{Lu}\p{Ll}*[ \t]+$/u.test(text.slice(Math.max(0, index - 20), index))) continue;
    // "2026-05-20 (Wednesday)": the weekday of the date just before it, not another day
    const prior = out.find((d) => d.m !== null && d.end <= index && /^[\s(,–-]*$/.test(text.slice(d.end, index)));
    if (prior) {
      if (prior.weekday === null) prior.weekday = weekdayNum(word);
      taken.push([index, end]);
      continue;
    }
    const mod = m[1]?.toLowerCase();
    taken.push([index, end]);
    out.push({ index, end, y: null, m: null, d: null, weekday: weekdayNum(word), rel: null, modifier: mod === 'next' ? 'next' : mod === 'this' || mod === 'coming' ? 'this' : null, ambiguous: null });
  }
  RELATIVE.lastIndex = 0;
  n = 0;
  while ((m = RELATIVE.exec(text)) && n++ < limit) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    const w = m[1].toLowerCase();
    // "tomorrow (Wednesday)": the weekday said with it settles which day "tomorrow" was for the writer
    const said = WEEKDAY_SAID.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    let weekday: number | null = null;
    if (said) {
      weekday = weekdayNum(said[1]);
      const at = m.index + m[0].length;
      const k = out.findIndex((d) => d.index >= at && d.index <= at + 4 && d.m === null && d.weekday === weekday);
      if (k >= 0) out.splice(k, 1);
    }
    out.push({ index: m.index, end: m.index + m[0].length, y: null, m: null, d: null, weekday, rel: w === 'tomorrow' ? 'tomorrow' : 'today', modifier: null, ambiguous: null });
  }
  return out.sort((a, b) => a.index - b.index);
}

export interface ResolvedDate {
  date: string;
  questions: string[];
  /** how firmly the date was stated (1 = full date, lower for relative/ambiguous) */
  certainty: number;
}

/** Resolve a mention to YYYY-MM-DD against the reference local date (the original email's date). */
export function resolveDate(dm: DateMention, ref: string, preferDayFirst = false): ResolvedDate | null {
  const r = Day.iso(ref);
  if (!r) return null;
  const questions: string[] = [];
  if (dm.rel) {
    const base = dm.rel === 'tomorrow' ? r.plus(1) : r;
    // the writer's day may differ from ours by one ("tomorrow (Wednesday)" written late on Tuesday in Pacific time)
    const day = dm.weekday ? [0, -1, 1].map((k) => base.plus(k)).find((c) => c.weekday === dm.weekday) ?? base : base;
    return { date: day.toISODate(), questions, certainty: 0.9 };
  }
  if (dm.m === null && dm.d !== null) {
    // the next such day of the month, this month or the one after
    const rd = new Date(r.ms);
    let y = r.year;
    let mo = rd.getUTCMonth() + 1;
    if (dm.d < rd.getUTCDate()) mo += 1;
    if (mo > 12) {
      mo = 1;
      y += 1;
    }
    if (!validYmd(y, mo, dm.d)) return null;
    const c = Day.of(y, mo, dm.d);
    return { date: c.toISODate(), questions, certainty: dm.weekday && c.weekday !== dm.weekday ? 0.6 : 0.9 };
  }
  if (dm.m === null && dm.weekday) {
    let delta = (dm.weekday - r.weekday + 7) % 7;
    if (delta === 0) delta = 7;
    if (dm.modifier === 'next' && r.weekday < dm.weekday && delta < 7) {
      delta += 7;
      questions.push(`"next ${WEEKDAYS[dm.weekday - 1]}" could mean two dates; I read it as ${r.plus(delta).fmt('short')}.`);
    }
    return { date: r.plus(delta).toISODate(), questions, certainty: 0.85 };
  }
  const pick = (mm: number, dd: number, y: number | null): Day | null => {
    let year = y ?? r.year;
    if (y === null && validYmd(year, mm, dd) && Day.of(year, mm, dd).ms < r.plus(-60).ms) year += 1;
    return validYmd(year, mm, dd) ? Day.of(year, mm, dd) : null;
  };
  if (dm.ambiguous) {
    const first = pick(dm.ambiguous.a[0], dm.ambiguous.a[1], dm.y);
    const second = pick(dm.ambiguous.b[0], dm.ambiguous.b[1], dm.y);
    const [pref, alt] = preferDayFirst ? [second, first] : [first, second];
    if (dm.weekday && pref && alt && pref.weekday !== dm.weekday && alt.weekday === dm.weekday) return { date: alt.toISODate(), questions, certainty: 1 };
    if (dm.weekday && pref && pref.weekday === dm.weekday) return { date: pref.toISODate(), questions, certainty: 1 };
    if (!pref) return alt ? { date: alt.toISODate(), questions, certainty: 0.7 } : null;
    questions.push(`The date ${dm.ambiguous.a.join('/')} could be ${pref.fmt('long')} or ${alt?.fmt('long') ?? 'another day'}; I read it as ${pref.fmt('long')}.`);
    return { date: pref.toISODate(), questions, certainty: 0.6 };
  }
  const c = pick(dm.m!, dm.d!, dm.y);
  if (!c) return null;
  let certainty = 1;
  if (dm.weekday && c.weekday !== dm.weekday) {
    certainty = 0.6;
    questions.push(`The email says ${WEEKDAYS[dm.weekday - 1]} but ${c.fmt('long')} is a ${c.fmt('weekday')}; I used the date.`);
  }
  return { date: c.toISODate(), questions, certainty };
}

export interface TimeMention {
  index: number;
  end: number;
  h: number;
  mi: number;
  endH: number | null;
  endMi: number | null;
  zone: ZoneRef | null;
  /** true when the text had am/pm or a 24-hour form: the hour is certain */
  explicit: boolean;
  /** a bare hour after a day ("Tuesday at 3"): kept only when the text has no other time */
  bare?: boolean;
}

const AMPM = String.raw`(a\.?\s?m\.?|p\.?\s?m\.?)`;
const TIME_RE = new RegExp(
  String.raw`(?<![\d:/.#+$€£\-])(\d{1,2})(?:[:.](\d{2})|\s?h\s?(\d{2}|(?![a-zà-ÿ])))?(?::\d{2})?\s*${AMPM}?(?:\s*(?:-|–|—|〜|～|~|to|until|till|à|às|a|as)\s*(\d{1,2})(?:[:.](\d{2})|\s?h\s?(\d{2}|(?![a-zà-ÿ])))?\s*${AMPM}?)?(?![\d:/%]|\.\d)`,
  'gi',
);
const NOON_RE = /\b(noon|midday)\b/gi;

function to24(h: number, ap: string | undefined): number {
  if (!ap) return h;
  const pm = ap[0].toLowerCase() === 'p';
  if (h === 12) return pm ? 12 : 0;
  return pm ? h + 12 : h;
}

const DAY_AT = /\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|tomorrow)\s+(?:at|@)\s*$/i;
const AFTER_BARE = /^\s*(?:[?.!,;)—–-]|$|(?:works?|then|if|please|ok(?:ay)?|sounds?|with|and|or|my time|your time|our time|(?:central|eastern|pacific|mountain)\b|[CEMP]T\b))/i;

const CLOCK_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** "half past two", "a quarter to four", "three o'clock": a clock time in words. */
const WORD_CLOCK = /\b(?:(?:a\s+)?(half|quarter|ten|twenty|five)\s+(past|after|to|of)\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]?clock)\b/gi;
const PART_MINUTES: Record<string, number> = { half: 30, quarter: 15, ten: 10, twenty: 20, five: 5 };

/** The text with clock times in words written in digits, each in the same room ("half past two" → "2:30"). */
function digitClock(text: string): string {
  // "10:00 to noon", "11:30 - noon": a range that ends at midday (the same four letters)
  if (/noon/i.test(text)) text = text.replace(/(\d(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:-|–|—|to|until|till)\s*)noon\b/gi, '$112pm');
  // (most texts have "to" and "of" but no clock in words: the cheap test first)
  if (!/\b(?:half|quarter|ten|twenty|five)\s+(?:past|after|to|of)\b|o['’]?clock\b/i.test(text)) return text;
  return text.replace(WORD_CLOCK, (m, part: string | undefined, rel: string | undefined, hour: string | undefined, oc: string | undefined) => {
    let h = oc ? CLOCK_WORDS[oc.toLowerCase()] : /^\d/.test(hour!) ? +hour! : CLOCK_WORDS[hour!.toLowerCase()];
    if (!h || h > 12) return m;
    let min = 0;
    if (part) {
      const p = PART_MINUTES[part.toLowerCase()];
      if (/^(?:to|of)$/i.test(rel!)) {
        // "half to" is no English clock time
        if (p === 30) return m;
        h = h === 1 ? 12 : h - 1;
        min = 60 - p;
      } else min = p;
    }
    const digits = `${h}:${String(min).padStart(2, '0')}`;
    return digits.length <= m.length ? digits.padEnd(m.length) : m;
  });
}

/** A UK postcode ("EC2A 3PT", "M3 3AP"): its inward part can read as a time and zone ("3PT"). */
// (an inward code has no C, I, K, M, O or V: "Room B2 3PM" is a time)
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? (\d[ABD-HJLNP-UW-Z]{2})\b/g;

/** Clock times (single or ranges) in text. URLs must already be blanked out by the caller. */
export function findTimes(text: string, limit = 300): TimeMention[] {
  text = digitClock(text);
  // (blanked to the same length, so indexes still point into the text)
  if (/\d[A-Z]{2}\b/.test(text)) text = text.replace(UK_POSTCODE, (m) => ' '.repeat(m.length));
  const out: TimeMention[] = [];
  let bareAfterDay = 0;
  TIME_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = TIME_RE.exec(text)) && n++ < limit * 4 && out.length < limit) {
    const [, h1s, m1a, m1h, ap1, h2s, m2a, m2h, ap2] = m;
    const m1s = m1a ?? m1h;
    const m2s = m2a ?? m2h;
    let h1 = +h1s;
    const mi1 = m1s ? +m1s : 0;
    const hasRange = h2s !== undefined;
    let h2 = hasRange ? +h2s : null;
    const mi2 = hasRange ? (m2s ? +m2s : 0) : null;
    if (h1 > 24 || mi1 > 59 || (h2 !== null && (h2 > 24 || mi2! > 59))) continue;
    let matchEnd = m.index + m[0].length;
    // a range "to 3" without any time marker is just prose ("2 to 3 people")
    // "14h às 15h": an hour written with "h" (empty minutes) is a clock time
    let explicit = !!(ap1 || ap2 || m1s || m1h === '');
    const zoneHit = zoneAt(text, matchEnd);
    // "Can you come by Tuesday at 3?": a bare hour straight after a day, ending its phrase, is a clock time (1 to 6 the
    // afternoon's, 9 to 11 the morning's), when the text has no other (not "dinner Friday at 8", "thursday at 7", "Friday
    // at 1 Market Street", "we close early today at 5", nor "a meeting tomorrow at 1" beside "2:30")
    const afterDay = !explicit && !hasRange && ((h1 >= 1 && h1 <= 6) || (h1 >= 9 && h1 <= 11)) && DAY_AT.test(text.slice(Math.max(0, m.index - 24), m.index)) && AFTER_BARE.test(text.slice(matchEnd, matchEnd + 12));
    if (!explicit && !zoneHit && !afterDay) {
      // "at 11" with nothing else is too weak; accept only with a zone or "o'clock"
      if (!/^\s*o'?clock/i.test(text.slice(matchEnd, matchEnd + 10))) continue;
    }
    if (!m1s && !ap1 && !ap2 && !zoneHit && m1h !== '' && !afterDay) continue;
    // "9.00am – 10.30am SGT": a dot between hour and minutes only with am/pm (else it is a number: "4.25 million")
    if (/^\d{1,2}\.\d/.test(m[0]) && !ap1 && !ap2) continue;
    // numbers like "5-minute", "2 hours", "30 min" are durations, not clock times
    if (/^\s*[-–]?\s*(?:min|minute|hour|hr|day|week|month|year|people|person|round|interview|%)/i.test(text.slice(matchEnd, matchEnd + 12)) && !ap1 && !m1s) continue;
    if (hasRange && !m2s && !ap2 && !m1s && !ap1) {
      // "between 2 and 3" style ranges without markers: drop the end
    }
    let s24: number;
    let e24: number | null = null;
    if (ap1) s24 = to24(h1, ap1);
    else if (ap2 && h2 !== null) {
      // "9:00–10:00 AM": the marker applies to both unless that puts the start after the end ("11–1 pm")
      const candidate = to24(h1, ap2);
      const end = to24(h2, ap2);
      s24 = candidate > end ? to24(h1, ap2.toLowerCase().startsWith('p') ? 'am' : 'pm') : candidate;
    } else if (m1s && (h1 >= 13 || h1s.length === 2 && h1s[0] === '0')) s24 = h1;
    // "tomorrow morning at 7:30": the morning said before the bare time
    else if (h1 >= 1 && h1 <= 7 && /\bmorning,?\s+(?:at\s+)?$/i.test(text.slice(Math.max(0, m.index - 40), m.index))) s24 = h1;
    else if (h1 >= 1 && h1 <= 7) s24 = h1 + 12;
    else s24 = h1;
    if (h2 !== null) {
      if (ap2) e24 = to24(h2, ap2);
      else if (ap1) {
        e24 = to24(h2, ap1);
        if (e24 < s24) e24 = to24(h2, ap1.toLowerCase().startsWith('a') ? 'pm' : 'am');
      } else if (h2 >= 13 || (m2s && h2s.length === 2 && h2s[0] === '0')) e24 = h2;
      else if (h2 >= 1 && h2 <= 7 && s24 >= 8) e24 = h2 + 12;
      else e24 = h2 < s24 && h2 + 12 <= 24 ? h2 + 12 : h2;
      if (e24 !== null && e24 * 60 + mi2! <= s24 * 60 + mi1) {
        if (e24 + 12 <= 24 && (e24 + 12) * 60 + mi2! > s24 * 60 + mi1) e24 += 12;
        else e24 = null;
      }
    }
    if (s24 >= 24) continue;
    if (zoneHit) matchEnd = Math.max(matchEnd, zoneHit.end);
    explicit = explicit || !!zoneHit;
    if (afterDay) bareAfterDay++;
    out.push({ index: m.index, end: matchEnd, h: s24, mi: mi1, endH: e24, endMi: e24 !== null ? mi2 : null, zone: zoneHit?.ref ?? null, explicit, ...(afterDay ? { bare: true } : {}) });
    h1 = 0;
  }
  NOON_RE.lastIndex = 0;
  while ((m = NOON_RE.exec(text)) && out.length < limit) {
    if (/\b(?:after|before|around|lunch)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const z = zoneAt(text, m.index + m[0].length);
    out.push({ index: m.index, end: m.index + m[0].length, h: 12, mi: 0, endH: null, endMi: null, zone: z?.ref ?? null, explicit: true });
  }
  if (bareAfterDay && out.length > bareAfterDay) return out.filter((t) => !t.bare).sort((a, b) => a.index - b.index);
  return out.sort((a, b) => a.index - b.index);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The instant of a local wall time in a zone (IANA or fixed offset). */
export function instantOf(date: string, h: number, mi: number, zone: ZoneRef): Date | null {
  // "YYYY-MM-DD" (what every caller passes) without splitting; anything else takes the general path
  const [y, mo, d] = ISO_DAY.test(date) ? [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))] : date.split('-').map(Number);
  if (!(y > 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && mi >= 0 && mi < 60)) return null;
  const z = zone.kind === 'iana' ? zone.zone : fixedZoneName(zone.minutes);
  const t = wallToInstant(y, mo, d, h, mi, z);
  return Number.isNaN(t.getTime()) ? null : t;
}

export function fixedZoneName(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `UTC${sign}${Math.floor(a / 60)}${a % 60 ? ':' + String(a % 60).padStart(2, '0') : ''}`;
}

/** ISO 8601 with the offset in force ("+00:00" rather than "Z", like the rest of the contract). */
export function isoWithOffset(instant: Date, zone: ZoneRef): string {
  return isoAt(instant, zone.kind === 'iana' ? zone.zone : fixedZoneName(zone.minutes));
}

/**
 * A header-style date line from a forwarded block ("Tue, Feb 24, 2026 at 3:10 PM", "April 20, 2026 at 8:14:03 AM CDT",
 * "Mon, 17 Aug 2026 09:30:55 -0500", "4/20/26 9:14 AM (GMT-05:00)"). Lines without a zone are in the forwarder's zone.
 */
export function parseHeaderDate(line: string, fallbackZone: string): { instant: Date; zone: ZoneRef } | null {
  const s = line.trim();
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4})/.exec(s);
  if (rfc) {
    const mo = monthNum(rfc[2]);
    const off = (rfc[7][0] === '-' ? -1 : 1) * (+rfc[7].slice(1, 3) * 60 + +rfc[7].slice(3, 5));
    const zone: ZoneRef = { kind: 'offset', minutes: off };
    const date = `${rfc[3]}-${String(mo).padStart(2, '0')}-${rfc[1].padStart(2, '0')}`;
    const inst = instantOf(date, +rfc[4], +rfc[5], zone);
    return inst ? { instant: inst, zone } : null;
  }
  const dates = findDates(s, 3).filter((d) => d.m !== null && d.y !== null);
  const times = findTimes(s, 3);
  if (!dates.length) return null;
  const dm = dates[0];
  const date = `${dm.y}-${String(dm.m).padStart(2, '0')}-${String(dm.d).padStart(2, '0')}`;
  const t = times.find((x) => x.index > dm.index) ?? times[0];
  const zone = t?.zone ?? findZones(s, 1)[0]?.ref ?? { kind: 'iana', zone: fallbackZone, generic: false };
  const inst = instantOf(date, t ? t.h : 12, t ? t.mi : 0, zone);
  return inst ? { instant: inst, zone } : null;
}

export interface Duration {
  minutes: number;
  index: number;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, an: 1, a: 1, two: 2, three: 3, four: 4, five: 5, six: 6, half: 0.5, ninety: 90, thirty: 30, 'forty-five': 45, fortyfive: 45, sixty: 60, fifteen: 15, twenty: 20, 'twenty-five': 25, 'forty five': 45 };
const DURATION_LABEL = /\b(?:duration|length|dur[aá]ci[oó]n)\s*[:\-]?\s*(?:approx(?:imately|\.)?\s*|about\s*)?((?:\d+(?:\.\d+)?|one|two|three|four|an?|half|thirty|forty[- ]?five|sixty|ninety|fifteen|twenty)(?:\s*(?:and a half|½))?)\s*[- ]?\s*(hours?|hrs?|h|minutes?|mins?|minutos?|horas?)\b/i;
const DURATION_INLINE = /\b((?:\d+(?:\.\d+)?|one|two|three|an?|half|thirty|forty[- ]?five|sixty|ninety|fifteen|twenty)(?:\s*and a half)?)[- ]?(hours?|hrs?|minutes?|mins?|minutos?)[- ]?(?:long\s+)?(?:\(?\w+\)?\s+){0,3}?(call|interview|chat|conversation|screen|screening|meeting|session|video|phone|zoom|panel|discussion|intro|onsite|loop|technical|coding|entrevista|teams|webex|google meet|meet)\b/i;
/** A length's number, in digits or words ("45", "an", "one and a half"). */
const AMOUNT = String.raw`((?:\d+(?:\.\d+)?|one|two|three|an?|half|thirty|forty[- ]?five|sixty|ninety|fifteen|twenty)(?:\s*and a half)?)`;
const DURATION_LAST = new RegExp(String.raw`\b(?:(?<!\b(?:the|first|final) )last|lasts|will take|(?:should|would|it(?:['’]ll| will)|will only|should only) take|take about|takes about|let['’]s (?:do|say|plan on|plan for|make it|keep it to)|give (?:it|us|me|yourself)|for about|for|runs?|run for|of|allow|plan for|plan on|about|same|roughly|approximately|around|keep it (?:to|under|within)|cap it at|limit it to|set aside)\s+(?:about\s+|approximately\s+|around\s+|roughly\s+)?${AMOUNT}[- ]?(hours?|hrs?|minutes?|mins?|minutos?)\b`, 'i');
/** "grab a quick 20 minutes with you", "need about 45 minutes of your time": the length of the meeting asked for. */
const DURATION_WITH = new RegExp(String.raw`\b(?:grab|get|need|have|take|book(?:ed)?|schedule(?:d)?|set up|find|block(?:ed)?(?: off| out)?|put|reserved?|set aside)\s+(?:(?:a|an|just|only|about|around|roughly|approximately|quick|short|full|solid)\s+){0,3}${AMOUNT}[- ]?(hours?|hrs?|minutes?|mins?)\s+(?:with you|of your time|together|on (?:the|our|my|your) calendars?|for (?:us|this|it|the call|the interview|the conversation))\b`, 'i');
/** "Still 45 minutes, same office": a move that keeps the length. */
const DURATION_STILL = new RegExp(String.raw`\b(?:still|same|again)\s+(?:about\s+)?${AMOUNT}[- ]?(hours?|hrs?|minutes?|mins?)\b`, 'i');
/** "We have set aside 45 minutes.", "I've blocked an hour": the time kept for the meeting. */
const DURATION_SET = new RegExp(String.raw`\b(?:set aside|block(?:ed)?(?: off| out)?|booked|reserved|allotted|allocated|allowed|budgeted|(?:we|I)(?:'ve| have) planned|planned for|scheduled for|(?:we|I)(?:'ll|’ll| will) (?:need|take))\s+(?:(?:about|around|roughly|approximately|a full|a solid)\s+)?${AMOUNT}[- ]?(hours?|hrs?|minutes?|mins?)\b`, 'i');
/** "The interview will be 60 minutes with …" */
const DURATION_IS = /\b(?:(?:interview|call|session|chat|conversation|meeting|screen)\s+(?:will be|is|would be|should be)|it(?:'ll| will) be|it['’]s|that['’]s|(?<=(?:^|[.!?]\s+))(?:[Ss]hould|[Ww]ill|[Ss]hould only) be)\s+(?:a |an )?(?:quick |short |brief )?(?:about\s+|approximately\s+|around\s+|roughly\s+)?((?:\d+(?:\.\d+)?|one|two|three|an?|thirty|forty[- ]?five|sixty|ninety|fifteen|twenty)(?:\s*and a half)?)[- ]?(hours?|hrs?|minutes?|mins?)\b/i;
const DURATION_BODY_PAREN = /\(((?:\d{2,3})|one|two|an?)\s*[- ]?(hours?|minutes?|mins?)\)/i;
/** A duration as its own column of a one-line schedule: "10:00 AM | 1 hour | (UTC-06:00) Mountain Time". */
const DURATION_SEP = /(?:^|[|·•,–—]\s*|\s-\s+)((?:\d+(?:\.\d+)?|one|two|three|an?|half|thirty|forty[- ]?five|sixty|ninety)(?:\s*and a half)?)\s*[- ]?(hours?|hrs?|minutes?|mins?)\s*(?=[|·•,.;]|$)/im;
/** "~30 min, very informal": a length with a tilde for "about". */
const DURATION_TILDE = /~\s?(\d{1,3})\s?(hours?|hrs?|minutes?|mins?)\b/i;
const DURATION_PAREN = /\((\d{1,3})\s*(?:min|mins|minutes|m)\)|\b(\d{1,3})\s*min\b/i;

function durationFrom(num: string, unit: string): number | null {
  const k = num.toLowerCase().replace(/\s+and a half$/, '');
  let n = /^\d/.test(k) ? parseFloat(k) : NUMBER_WORDS[k.replace(/\s/g, '-')] ?? NUMBER_WORDS[k];
  if (n === undefined || Number.isNaN(n)) return null;
  if (/and a half$/i.test(num)) n += 0.5;
  const mins = /^h/i.test(unit) ? n * 60 : n;
  return mins >= 10 && mins <= 600 ? Math.round(mins) : null;
}

/** A stated length of the interview ("a 30-minute call", "Duration: One hour", "It will last 60 minutes"). */
export function findDuration(text: string, extra: string[] = []): Duration | null {
  // "Plan on half an hour": the words for thirty minutes
  if (/half an? hour/i.test(text)) text = text.replace(/\bhalf an? hour\b/gi, (m) => '30 minutes'.padEnd(m.length));
  // "we've set aside a full hour": sixty minutes
  if (/\b(?:full|solid|whole) hour\b/i.test(text)) text = text.replace(/\b(?:a|one) (?:full|solid|whole) hour\b/gi, (m) => '60 minutes'.padEnd(m.length));
  // "an hour and a half or so", "about 2 1/2 hours", "2½ hours": the minutes
  if (/and a half|\d\s*(?:1\/2|½)\s*h/i.test(text))
    text = text
      .replace(/\b(?:an|one) hour and a half\b/gi, (m) => '90 minutes'.padEnd(m.length))
      .replace(/\b(\d{1,2})\s*(?:1\/2|½)\s*(hours?|hrs?)\b/gi, (m, h) => `${+h * 60 + 30} minutes`.padEnd(m.length));
  let best: Duration | null = null;
  for (const re of [DURATION_LABEL, DURATION_INLINE, DURATION_LAST, DURATION_WITH, DURATION_SET, DURATION_STILL, DURATION_IS, DURATION_BODY_PAREN, DURATION_SEP, DURATION_TILDE]) {
    const m = re.exec(text);
    if (m) {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      // "a 5-minute walk", "10 minutes early", "15 minutes before": not the meeting's length (the words next to it, not the next sentence's)
      // ("I'll take 10 minutes at the start to introduce the team": a part of the meeting, not its length)
      if (re === DURATION_SET && /\btake\b/i.test(m[0]) && /^\s+(?:at|for|to|of|in|on)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
      if (/\b(?:walk|drive|early|before|prior|break|buffer|ride|away)\b/i.test(m[0]) || /^[\s-]*(?:walk|drive|ride|early|before|prior|break|buffer|away)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14)) || /\b(?:arrive|early)\b/i.test(before)) continue;
      const mins = durationFrom(m[1], m[2]);
      if (mins && (!best || m.index < best.index)) best = { minutes: mins, index: m.index };
    }
  }
  if (best) return best;
  // "the same hour-long slot", "a half-hour call": a length in words without a number
  const worded = /\b(?:an?|the same|same)\s+(hour|half[- ]hour)(?:[- ]long)?\s+(?:slot|call|chat|interview|conversation|session|screen|meeting)\b/i.exec(text);
  if (worded) return { minutes: /^half/i.test(worded[1]) ? 30 : 60, index: worded.index };
  for (const s of extra) {
    const m = DURATION_PAREN.exec(s);
    if (m) {
      const mins = +(m[1] ?? m[2]);
      if (mins >= 10 && mins <= 600) return { minutes: mins, index: -1 };
    }
  }
  return null;
}
