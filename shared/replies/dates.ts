// Calendar dates in replies ("by next Friday", "in about two weeks", "end of the month"), resolved against the
// local date (in the user's zone) on which the reply was sent. Pure: the caller passes that date.
//
// Readings chosen (documented in shared/replies/README.md):
//  - a weekday ("Friday", "by Friday", "this Friday", "next Friday") is the first such day strictly after today;
//    "next Friday" is read as the coming one, the most common reading ("a week from Friday" adds 7 days);
//  - "next week" / "early next week" is next Monday, "mid next week" next Wednesday, "end of next week" the Friday
//    of next week, "end of the week" this week's Friday (the coming Friday on a weekend);
//  - "end of the month" is its last day, "next month" / "early next month" the 1st, "mid-month" the 15th;
//  - "in N days/weeks/months" counts calendar days from today (months: same day next month, clamped);
//  - an explicit "March 27" / "3/27" without a year is the next such date on or after today.
import { DateTime } from 'luxon';
import { addDays, weekday } from '../time.js';

export interface FoundDate {
  date: string;
  /** offset of the expression in the searched string */
  index: number;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, another: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, couple: 2, 'a couple': 2,
  'a couple of': 2, 'couple of': 2, few: 3, 'a few': 3, several: 3, 'a day or two': 2, 'a week or two': 10,
};

const WEEKDAYS: Record<string, number> = {
  mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, weds: 3, wednesday: 3, thu: 4, thur: 4, thurs: 4,
  thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6, sun: 7, sunday: 7,
};

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7,
  july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12,
  december: 12,
};

const NUM = String.raw`(\d{1,3}|another|a couple of|a couple|couple of|couple|a few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)`;
const APPROX = String.raw`(?:(?:about|around|roughly|approximately|approx\.?|another|like|maybe|probably|at least|at most|just|only|over|under|less than|more than|~)\s+)?`;
const MONTH_RE = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const WEEKDAY_RE = String.raw`(mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)`;

function nextWeekday(today: string, wd: number): string {
  const cur = weekday(today);
  const delta = ((wd - cur + 7) % 7) || 7;
  return addDays(today, delta);
}

function mondayOfNextWeek(today: string): string {
  return nextWeekday(today, 1);
}

function plusMonths(today: string, months: number): string {
  return DateTime.fromISO(today, { zone: 'UTC' }).plus({ months }).toISODate()!;
}

function endOfMonth(today: string, monthsAhead = 0): string {
  return DateTime.fromISO(today, { zone: 'UTC' }).plus({ months: monthsAhead }).endOf('month').toISODate()!;
}

function firstOfMonth(today: string, monthsAhead: number): string {
  return DateTime.fromISO(today, { zone: 'UTC' }).plus({ months: monthsAhead }).startOf('month').toISODate()!;
}

function validDate(y: number, m: number, d: number): string | null {
  const dt = DateTime.fromObject({ year: y, month: m, day: d }, { zone: 'UTC' });
  return dt.isValid ? dt.toISODate() : null;
}

/** The next (m, d) on or after today; with a year, that exact date. */
function resolveMonthDay(today: string, m: number, d: number, y?: number): string | null {
  if (y !== undefined) return validDate(y < 100 ? 2000 + y : y, m, d);
  const ty = Number(today.slice(0, 4));
  const thisYear = validDate(ty, m, d);
  if (thisYear && thisYear >= today) return thisYear;
  return validDate(ty + 1, m, d) ?? thisYear;
}

function count(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.replace(/\s+/g, ' ')] ?? null;
}

type Rule = {
  re: RegExp;
  resolve: (m: RegExpExecArray, today: string) => string | null;
  /** names a month only ("next month"): a day of the month later on ("… around the 10th") makes it precise */
  monthOnly?: boolean;
};

const WEEKDAY_RULE: Rule = {
  re: new RegExp(String.raw`\b(?:(?:this\s+coming|this|coming|next|on|by|until|till|til|before|after)\s+)?${WEEKDAY_RE}\b`, 'g'),
  resolve: (m, t) => nextWeekday(t, WEEKDAYS[m[1]]),
};

const DAY_OF_MONTH = /\b(?:the|on the|by the|around the|about the)\s+(\d{1,2})(?:st|nd|rd|th)\b/;

const RULES: Rule[] = [
  // "March 27", "Mar 27th, 2026", "the 27th of March"
  {
    re: new RegExp(String.raw`\b${MONTH_RE}\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`, 'g'),
    resolve: (m, t) => resolveMonthDay(t, MONTHS[m[1]], Number(m[2]), m[3] ? Number(m[3]) : undefined),
  },
  {
    re: new RegExp(String.raw`\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_RE}\b(?:,?\s+(\d{4}))?`, 'g'),
    resolve: (m, t) => resolveMonthDay(t, MONTHS[m[2]], Number(m[1]), m[3] ? Number(m[3]) : undefined),
  },
  // "3/27", "3/27/2026" (US order: the user zone in this product is American by default)
  {
    re: /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?\b/g,
    resolve: (m, t) => {
      const mo = Number(m[1]);
      const d = Number(m[2]);
      if (mo < 1 || mo > 12) return null;
      return resolveMonthDay(t, mo, d, m[3] ? Number(m[3]) : undefined);
    },
  },
  // ISO 2026-03-27
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => validDate(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  // "a week from Friday", "two weeks from Monday"
  {
    re: new RegExp(String.raw`\b${NUM}\s+weeks?\s+from\s+(?:this\s+|next\s+)?${WEEKDAY_RE}\b`, 'g'),
    resolve: (m, t) => {
      const n = count(m[1]);
      return n === null ? null : addDays(nextWeekday(t, WEEKDAYS[m[2]]), 7 * n);
    },
  },
  // "a week from today/now", "two weeks from tomorrow"
  {
    re: new RegExp(String.raw`\b${NUM}\s+(day|week|month)s?\s+from\s+(today|now|tomorrow)\b`, 'g'),
    resolve: (m, t) => {
      const n = count(m[1]);
      if (n === null) return null;
      const base = m[3] === 'tomorrow' ? addDays(t, 1) : t;
      return m[2] === 'month' ? plusMonths(base, n) : addDays(base, m[2] === 'week' ? 7 * n : n);
    },
  },
  { re: /\b(?:the\s+)?day\s+after\s+tomorrow\b/g, resolve: (_m, t) => addDays(t, 2) },
  { re: /\b(?:a\s+)?fortnight\b/g, resolve: (_m, t) => addDays(t, 14) },
  // "in 3 days", "in about two weeks", "within a week", "for a couple of days", "2-3 weeks", "snooze 2 days"
  {
    re: new RegExp(String.raw`\b${APPROX}${NUM}(?:\s*(?:-|–|to|or)\s*(\d{1,2}|two|three|four|five|six))?\s+(?:more\s+|business\s+|working\s+)?(day|week|month)s?\b`, 'g'),
    resolve: (m, t) => {
      const n = count(m[1]);
      if (n === null || n > 400) return null;
      const unit = m[3];
      return unit === 'month' ? plusMonths(t, n) : addDays(t, unit === 'week' ? 7 * n : n);
    },
  },
  // typed short: "snooze 2 wks", "3d", "in 48 hours", "2 mos" (hours count whole days: "48 hrs" is +2)
  {
    re: /\b(\d{1,3})\s*(d|dys?|wks?|w|mos?|mths?|hours?|hrs?|h)(?![a-z])/g,
    resolve: (m, t) => {
      const n = Number(m[1]);
      const u = m[2];
      if (n > 400) return null;
      if (/^(?:h|hrs?|hours?)$/.test(u)) return addDays(t, Math.floor(n / 24));
      if (/^m/.test(u)) return plusMonths(t, n);
      return addDays(t, /^w/.test(u) ? 7 * n : n);
    },
  },
  { re: /\b(?:in|after|within)\s+(?:a\s+)?(?:day|week|month)\s+or\s+(?:so|two)\b/g, resolve: (_m, t) => t },
  { re: /\btomorrow\b|\btmrw\b|\btmr\b/g, resolve: (_m, t) => addDays(t, 1) },
  { re: /\b(?:today|tonight|this (?:evening|afternoon)|later today)\b/g, resolve: (_m, t) => t },
  // weeks
  {
    re: /\b(?:the\s+)?(?:end|close)\s+of\s+next\s+week\b|\blate\s+next\s+week\b/g,
    resolve: (_m, t) => addDays(mondayOfNextWeek(t), 4),
  },
  {
    re: /\b(?:the\s+)?(?:middle|mid)(?:\s+of|-)?\s*next\s+week\b/g,
    resolve: (_m, t) => addDays(mondayOfNextWeek(t), 2),
  },
  { re: /\b(?:the\s+)?week\s+after\s+next\b/g, resolve: (_m, t) => addDays(mondayOfNextWeek(t), 7) },
  {
    re: /\b(?:(?:early|beginning of|start of|first thing)\s+)?next\s+week\b/g,
    resolve: (_m, t) => mondayOfNextWeek(t),
  },
  {
    re: /\b(?:the\s+)?(?:end|close)\s+of\s+(?:the|this)\s+week\b|\b(?:later\s+this|late\s+this)\s+week\b|\bthis\s+week\b/g,
    resolve: (_m, t) => (weekday(t) < 5 ? addDays(t, 5 - weekday(t)) : nextWeekday(t, 5)),
  },
  // "eow" / "eom" / "eod" as typed in a hurry
  { re: /\beow\b/g, resolve: (_m, t) => (weekday(t) < 5 ? addDays(t, 5 - weekday(t)) : nextWeekday(t, 5)) },
  { re: /\beom\b/g, resolve: (_m, t) => endOfMonth(t, 0) },
  { re: /\b(?:eod|end of (?:the )?day|cob)\b/g, resolve: (_m, t) => t },
  { re: /\b(?:after|past)\s+the\s+weekend\b/g, resolve: (_m, t) => nextWeekday(t, 1) },
  { re: /\b(?:this|next|the)\s+weekend\b/g, resolve: (_m, t) => nextWeekday(t, 6) },
  // part of a named month: "mid-May", "early June", "end of April", "late March" (the next such month)
  {
    re: new RegExp(String.raw`\b(mid|middle of|early|beginning of|start of|late|end of|the end of)[- ]\s*${MONTH_RE}\b(?!\s+\d)`, 'g'),
    resolve: (m, t) => {
      const mo = MONTHS[m[2]];
      const part = m[1];
      const ty = Number(t.slice(0, 4));
      const y = mo < Number(t.slice(5, 7)) ? ty + 1 : ty;
      const first = DateTime.fromObject({ year: y, month: mo, day: 1 }, { zone: 'UTC' });
      if (/mid|middle/.test(part)) return first.set({ day: 15 }).toISODate();
      if (/late|end/.test(part)) return first.endOf('month').toISODate();
      return first.toISODate();
    },
  },
  // a bare named month after "until" / "in": "snooze until April" is its 1st (the next such month, never this one)
  {
    re: new RegExp(String.raw`\b(?:until|till|til|in|into)\s+(?:early\s+)?${MONTH_RE}\b(?![\s/.-]*\d)`, 'g'),
    resolve: (m, t) => {
      const mo = MONTHS[m[1]];
      const cur = Number(t.slice(5, 7));
      // the month we are in is no date ahead ("in March they said…" written in March)
      if (mo === cur) return null;
      const ty = Number(t.slice(0, 4));
      const y = mo < cur ? ty + 1 : ty;
      return DateTime.fromObject({ year: y, month: mo, day: 1 }, { zone: 'UTC' }).toISODate();
    },
  },
  // months
  {
    re: /\b(?:the\s+)?(?:end|close)\s+of\s+next\s+month\b/g,
    resolve: (_m, t) => endOfMonth(t, 1),
  },
  {
    re: /\b(?:the\s+)?(?:end|close)\s+of\s+(?:the|this)\s+month\b|\bmonth'?s\s+end\b|\bmonth[- ]end\b/g,
    resolve: (_m, t) => endOfMonth(t, 0),
  },
  {
    re: /\b(?:mid|middle of)[- ]?(?:next\s+)?month\b/g,
    resolve: (m, t) => {
      const ahead = /next/.test(m[0]) || Number(t.slice(8, 10)) >= 15 ? 1 : 0;
      return firstOfMonth(t, ahead).slice(0, 8) + '15';
    },
  },
  {
    re: /\b(?:(?:early|beginning of|start of)\s+)?next\s+month\b/g,
    resolve: (_m, t) => firstOfMonth(t, 1),
    monthOnly: true,
  },
  { re: /\b(?:the\s+)?end\s+of\s+(?:the|this)\s+year\b/g, resolve: (_m, t) => `${t.slice(0, 4)}-12-31` },
  // "a week from Friday" is above; a plain weekday
  WEEKDAY_RULE,
  // "the 27th"
  {
    re: /\b(?:the|on the|by the)\s+(\d{1,2})(?:st|nd|rd|th)\b/g,
    resolve: (m, t) => {
      const d = Number(m[1]);
      const y = Number(t.slice(0, 4));
      const mo = Number(t.slice(5, 7));
      const here = validDate(y, mo, d);
      if (here && here >= t) return here;
      const next = DateTime.fromObject({ year: y, month: mo, day: 1 }, { zone: 'UTC' }).plus({ months: 1 });
      return validDate(next.year, next.month, d);
    },
  },
];

/** Words that make a "sat"/"sun"/"mar"/"may" match a word rather than a date. */
function spurious(m: RegExpExecArray, s: string): boolean {
  const w = m[0];
  if (/^(?:on\s+|by\s+)?(sat|sun|wed|mar|may|jun)$/.test(w)) return true; // "sat down", "may", "wed"
  if (/^may\b/.test(w) && !/^may\s+\d/.test(w)) return true;
  // "one week in six" is not a date; a count needs "in/within/after/for" or a snooze-ish verb before it
  void s;
  return false;
}

/**
 * The first date expression in `s` (lower-case text), resolved against `today` (YYYY-MM-DD in the user's zone).
 * Among rules matching at the same place the earlier rule (more specific) wins.
 */
export function findDate(s: string, today: string): FoundDate | null {
  let best: FoundDate | null = null;
  let bestLen = 0;
  let bestRule: Rule | null = null;
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(s)) !== null) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      if (spurious(m, s)) continue;
      const date = rule.resolve(m, today);
      if (!date) continue;
      const better = !best || m.index < best.index || (m.index === best.index && m[0].length > bestLen);
      if (better) {
        best = { date, index: m.index };
        bestLen = m[0].length;
        bestRule = rule;
      }
      break; // the first match of each rule is enough
    }
  }
  if (best && bestRule === WEEKDAY_RULE) {
    // "Friday 4/24", "Monday the 20th": the explicit date right after the weekday is the precise one
    const tail = s.slice(best.index + bestLen, best.index + bestLen + 30);
    const ord = /^,?\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b/.exec(tail);
    const exact = ord ? findDate(`the ${ord[1]}th`, today) : /^,?\s*(?:\d|[a-z]{3})/.test(tail) ? findDate(tail, today) : null;
    if (exact && (ord || exact.index <= 3)) best = { date: exact.date, index: best.index };
  }
  if (best && bestRule?.monthOnly) {
    // "pushed to next month, they said around the 10th": the 10th of that month
    const day = DAY_OF_MONTH.exec(s.slice(best.index + bestLen, best.index + bestLen + 120));
    const precise = day ? validDate(Number(best.date.slice(0, 4)), Number(best.date.slice(5, 7)), Number(day[1])) : null;
    if (precise) best = { date: precise, index: best.index };
  }
  return best;
}
