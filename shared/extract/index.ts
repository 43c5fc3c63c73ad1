// The extraction engine: one forwarded email in, one Extraction out. Pure (no clock, no env, no I/O) and total:
// any input, however broken, gives an Extraction; failures become kind "unrecognized" with `error`.
import { parseMime, type ParsedMail } from '../mime.js';
import type { Extraction, Format, Interviewer } from '../types.js';
import { findMeetingUrl, isCancellation, isUpdate, negativeReason, readFormat } from './classify.js';
import { readCalendar, type IcsEvent } from './ics.js';
import { readCompany, readInterviewers, readRole, type InterviewerInput, type Named } from './people.js';
import { interviewerCandidates, rerankInterviewers, type Candidate } from './people-model.js';
import { readSchedule, type Schedule } from './schedule.js';
import { cleanText, MAX_TEXT, unquote } from './text.js';
import { ATTRIBUTION_LEAD, ATTRIBUTION_VERB, unwrap, type Original, type Person } from './unwrap.js';
import { findDates, findDuration, instantOf, isoWithOffset, parseHeaderDate, resolveDate, type DateMention } from './when.js';
import { dateIn } from './tz.js';
import { findZones, regionalise, validIana, type ZoneRef } from './zones.js';

export interface ExtractOptions {
  /** IANA zone of the user (the forwarder): assumed when the email names no zone */
  userTimeZone: string;
  /** Sees the people the interviewer model weighs, with their features (test/extract/train-people.ts learns from them). */
  onCandidates?: (candidates: Candidate[], chosen: Named[], rejected: Set<string>) => void;
}

/** Raw input beyond this is not read (a 25 MB attachment carries no interview details). */
const MAX_INPUT = 30 * 1024 * 1024;

/** An extraction that found nothing (with why, when something went wrong). */
export function empty(error?: string, seen: string | null = null): Extraction {
  return {
    kind: 'unrecognized',
    company: null,
    role: null,
    start: null,
    end: null,
    timeZone: null,
    format: null,
    interviewers: [],
    meetingUrl: null,
    location: null,
    confidence: 0,
    questions: [],
    calendarUid: null,
    sequence: null,
    previousStart: null,
    subject: null,
    sender: null,
    seen,
    ...(error ? { error } : {}),
  };
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export async function extract(raw: Uint8Array | string, opts: ExtractOptions): Promise<Extraction> {
  try {
    const zone = opts && typeof opts.userTimeZone === 'string' && validIana(opts.userTimeZone) ? opts.userTimeZone : 'UTC';
    if (raw === null || raw === undefined || (typeof raw !== 'string' && !(raw instanceof Uint8Array))) return empty('input is not an email (expected bytes or text)');
    if (raw.length === 0) return empty('empty input');
    const input = typeof raw === 'string' ? raw.slice(0, MAX_INPUT) : raw.subarray(0, MAX_INPUT);
    let mail: ParsedMail;
    try {
      mail = await parseMime(input);
    } catch (e) {
      return empty(`could not parse the message: ${errorMessage(e)}`);
    }
    return await read(mail, zone, opts.onCandidates);
  } catch (e) {
    return empty(`extraction failed: ${errorMessage(e)}`);
  }
}

function pickEvent(calendars: string[]): { event: IcsEvent | null; method: string | null } {
  let first: { event: IcsEvent; method: string | null } | null = null;
  const sessions: IcsEvent[] = [];
  for (const c of calendars) {
    if (!c) continue;
    const cal = readCalendar(c);
    const ev = cal.events.find((e) => e.start && !e.recurring) ?? cal.events.find((e) => e.start) ?? cal.events[0];
    if (ev && !first) first = { event: ev, method: cal.method };
    if (first && cal.method === first.method) for (const e of cal.events) if (e.start && !e.start.dateOnly && !e.recurring && !e.recurrenceId) sessions.push(e);
  }
  if (!first) return { event: null, method: null };
  return { event: sessions.length > 1 ? agenda(sessions) ?? first.event : first.event, method: first.method };
}

/**
 * One invitation per session of a loop ("a calendar invitation for each session is attached"): one interview from
 * the first session's start to the last one's end, with everyone invited. Events further apart than a day are no
 * agenda (the first is the interview).
 */
function agenda(events: IcsEvent[]): IcsEvent | null {
  const byStart = [...events].sort((a, b) => a.start!.instant.getTime() - b.start!.instant.getTime());
  const first = byStart[0];
  const endOf = (e: IcsEvent) => (e.end?.instant ?? e.start!.instant).getTime();
  const last = Math.max(...byStart.map(endOf));
  if (last - first.start!.instant.getTime() > 12 * 3600_000) return null;
  const latest = byStart.find((e) => endOf(e) === last)!;
  const attendees: IcsEvent['attendees'] = [];
  for (const e of byStart) for (const a of e.attendees) if (!attendees.some((x) => (x.email && x.email === a.email) || (!x.email && x.name === a.name))) attendees.push(a);
  return {
    ...first,
    end: latest.end ?? latest.start,
    attendees,
    description: byStart.map((e) => e.description ?? '').filter(Boolean).join('\n\n') || null,
    sequence: Math.max(...byStart.map((e) => e.sequence ?? 0)),
  };
}

/** A reply's attribution line, "On Wed, Feb 4, 2026 at 3:47 PM Ngozi <…> wrote:" (its date in group 1). */
const WROTE = String.raw`${ATTRIBUTION_LEAD}\b([^\n]{5,240}?)(?:\n[ \t>]*[^\n]{0,120}?)?${ATTRIBUTION_VERB}(?:\s[^\n:]{0,60})?\s?:`;
const QUOTED_SENT = new RegExp(String.raw`^[ \t>]*(?:${WROTE}|Sent\s*:([^\n]*)|Date\s*:([^\n]*)\n[ \t>]*(?:Subject|To)\s*:)`, 'im');
const QUOTED_HEADERS = new RegExp(String.raw`^[ \t>]*(?:${WROTE}|(?:Sent|De|Envoyé|Enviado|Gesendet|Sendt|Skickat|Verzonden|Inviato)\s*:[^\n]*)[ \t]*$`, 'gim');

/**
 * The quoted thread without its headers' dates ("On Wed, Feb 4, 2026 at 3:47 PM X wrote:", "Sent: …"): times of
 * sending, not of the interview. A "Date:" line is a header only among other headers ("Date: Thursday, March 26" in
 * an agenda is the interview's).
 */
function quotedHeadersOut(quoted: string): string {
  const out = quoted.replace(QUOTED_HEADERS, '');
  if (!/^[ \t>]*Date\s*:/im.test(out)) return out;
  const lines = out.split('\n');
  const header = (l: string | undefined) => !!l && /^[ \t>]*(?:From|To|Subject|Cc|Sent|Von|De|Para|Asunto|Objet|À)\s*:/i.test(l);
  return lines.map((l, i) => (/^[ \t>]*Date\s*:/i.test(l) && (header(lines[i - 1]) || header(lines[i + 1])) ? '' : l)).join('\n');
}

/** When the quoted message was written: its "On … wrote:" or "Sent:" line, or a "Date:" among its headers. */
function quotedSentAt(quoted: string, userZone: string): Date | null {
  const m = QUOTED_SENT.exec(quoted.slice(0, 20_000));
  const line = m ? m[1] ?? m[2] ?? m[3] : null;
  return line ? parseHeaderDate(line, userZone)?.instant ?? null : null;
}

/** A cancellation's offer of other times ("would either of these work for a new call?"). */
const OFFER_INSTEAD = /\b(?:would|could|do|does|will) (?:either|any|one) of (?:these|the following|those)(?: (?:times|slots|options|dates))? work\b|\b(?:new|alternative|other|replacement) (?:times?|slots?|dates?|options) (?:I|we|he|she|they) can (?:do|offer)\b|\b(?:here are|offering|offered) (?:some )?(?:new|alternative|other|a few) (?:times|slots|dates|options)\b/i;
const IGNORE_LINK = /\b(?:please )?(?:ignore|disregard) (?:it|the (?:auto(?:matic|-added)? )?(?:Google Meet|Meet|Zoom|Teams|video|conference) link)\b[^.\n]{0,60}\b(?:in[- ]person|on[- ]?site|at (?:our|the) office)\b|\b(?:Meet|Zoom|Teams|video) link (?:was )?(?:added )?automatically\b[^.\n]{0,40}\b(?:ignore|disregard)\b|\b(?:let's|let us|we'll|we will|I'll) (?:scrap|skip|drop|ditch|forget) the (?:Zoom|Teams|Meet|Webex|video call)\b[^.\n]{0,60}\bin[- ]person\b|\b(?:I(?:'ll| will| have|'ve)|we(?:'ll| will| have|'ve)) (?:cancel(?:l?ed)?|remove[d]?|delete[d]?|drop(?:ped)?) the (?:Zoom|Teams|Meet|Google Meet|Webex|video)(?: (?:link|call|meeting|invite|invitation))?\b(?:(?<=\bin[- ]person\b[^\n]{0,300})|(?=[^\n]{0,200}\bin[- ]person\b))|(?<!\b(?:if|prefer|happy to|can|could|option|welcome to|rather)\b[^.\n]{0,60})\bin[- ]person instead of (?:on |over |via |by )?(?:Zoom|Teams|Meet|Webex|video)\b/i;
/** "a la misma hora", "no mesmo horário", "à la même heure", "zur gleichen Zeit": the same time in other languages. */
const SAME_TIME_OTHER = /\b(?:(?:a )?la misma hora|(?:no )?mesmo hor[áa]rio|(?:à )?la même heure|(?:zur )?(?:gleichen|selben) (?:Zeit|Uhrzeit)|stessa ora)\b/i;
const SAME_TIME = /\b(?:at|for|in)? ?(?:the )?same (?:start(?:ing)? )?(?:times?|time slots?|slots?)\b|\bschedule (?:stays|remains|is) (?:exactly )?the same\b/i;

/** The original's time of day (and length) on the day a move names, or null when it names no day. */
function sameTimeOn(body: string, original: Schedule | null, sentAt: Date | null, userZone: string): Schedule | null {
  if (!original || original.proposal || !sentAt) return null;
  const zone = original.zone.kind === 'iana' ? original.zone.zone : userZone;
  const text = blank(body);
  const ref = dateIn(sentAt, zone);
  const originalDay = dateIn(original.start, zone);
  // the days named, less the one being left ("Ingrid is out on Thursday, March 26"), a deadline ("by Friday") and a
  // day someone is away ("busy on Thursday")
  const days = findDates(text, 20)
    .filter((d) => d.rel || d.weekday || d.m)
    .map((d) => ({ d, r: resolveDate(d, ref) }))
    .filter((x): x is { d: DateMention; r: NonNullable<typeof x.r> } => !!x.r && x.r.date !== originalDay)
    .filter(({ d }) => !/\b(?:by|before|due)\s+(?:the\s+)?$|\b(?:out|away|busy|off|travel\w*|unavailable|tied up|conflict|test|closed)\b[^.\n,]{0,30}$/i.test(text.slice(Math.max(0, d.index - 40), d.index)) && !/^[^.\n]{0,12}\b(?:no longer works?|doesn['’]t work|is out|won['’]t work)\b/i.test(text.slice(d.end, d.end + 30)));
  // the day the move goes to ("moved … to Monday", "let's do … on Monday"), else the one nearest "same time"
  const at = SAME_TIME.exec(text)?.index ?? text.length;
  const target = days.find(({ d }) => /\b(?:to|on|for|do|try|until)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, d.index - 12), d.index)));
  const near = [...days].sort((x, y) => Math.abs(x.d.index - at) - Math.abs(y.d.index - at))[0];
  const date = (target ?? near)?.r ?? null;
  if (!date) return null;
  const wall = isoWithOffset(original.start, original.zone);
  const start = instantOf(date.date, +wall.slice(11, 13), +wall.slice(14, 16), original.zone);
  if (!start || start.getTime() === original.start.getTime()) return null;
  const dur = findDuration(body);
  const end = dur ? new Date(start.getTime() + dur.minutes * 60_000) : original.end ? new Date(start.getTime() + original.end.getTime() - original.start.getTime()) : null;
  return { ...original, start, end, previousStart: original.start, questions: date.questions, certainty: Math.min(original.certainty, date.certainty), sessions: 1 };
}

/** A forwarder's note that says the forwarded interview has moved ("they moved it to 3:30", "pushing the whole day
 * back 30 min", "the call got rescheduled"): the verb with the meeting as its object, not any "moved" or "changed". */
const NOTE_MOVE = /\b(?:moved|rescheduled|pushed|pushing|bumped|bumping|shifted|shifting|changed|moving)\s+(?:it|us|me|everything|tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:the|our|my)\s+(?:whole\s+)?(?:interview|call|chat|screen|onsite|day|time|meeting|loop|panel|session))\b|\b(?:it|the (?:interview|call|onsite|meeting|screen))\s+(?:was|has been|got|is)\s+(?:moved|pushed|rescheduled|bumped|shifted)\b/i;
/** "push our call back an hour and a half", "move it up 30 minutes", "an hour later": how far a move shifts the time. */
const SHIFT = /\b(?:push(?:ed|ing)?|mov(?:e|ed|ing)|bump(?:ed|ing)?|shift(?:ed|ing)?|slid(?:e|ing)?|delay(?:ed|ing)?|start(?:ing)?)\b[^.\n?]{0,60}?\b(?:(back|later|forward|earlier|up)\s+(?:by\s+)?(an? hour and a half|half an hour|an? hour|\d+(?:\.\d+)?\s*(?:hours?|hrs?|minutes?|mins?)|(?:one|two|three|fifteen|twenty|thirty|forty[- ]five|forty|ninety)\s+(?:hours?|minutes?))|(?:by\s+)?(an? hour and a half|half an hour|an? hour|\d+(?:\.\d+)?\s*(?:hours?|hrs?|minutes?|mins?)|(?:one|two|three|fifteen|twenty|thirty|forty[- ]five|forty|ninety)\s+(?:hours?|minutes?))\s+(later|earlier))\b/i;
const WORD_NUMBER: Record<string, number> = { one: 1, two: 2, three: 3, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, 'forty five': 45, ninety: 90 };

const WEEKDAY_WORD = /\b(mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?/gi;
const NEGATED = /\b(?:not|no longer|never|unfortunately|cannot|can['’]t|won['’]t|doesn['’]t|don['’]t|isn['’]t|wouldn['’]t|couldn['’]t)\b|n['’]t\b/i;
const CLOCK_IN_LINE = /\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)\b|\b\d{1,2}:\d{2}\b/i;
/** A confirmation of one of the quoted offered slots, by its day ("Thursday it is", "locked in for Tuesday", or the
 * user's quoted "Wednesday at 1:30 works great"): the quoted thread with the other slots left out, so it reads as that
 * one slot. Null unless exactly one offered slot falls on the day the reply picks. */
function pickedSlotText(body: string, quoted: string): string | null {
  const lines = quoted.split('\n');
  const dayOf = (w: string) => w.slice(0, 3).toLowerCase();
  const slots: { i: number; day: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!CLOCK_IN_LINE.test(lines[i]) || !/^[>\s]*(?:[-•*·]|\d+[.)])?\s*(?:\p{L}+,?\s+)?\p{L}{3}/u.test(lines[i])) continue;
    const days = [...lines[i].matchAll(WEEKDAY_WORD)].map((m) => dayOf(m[1]));
    // (the user's own "Wednesday at 1:30 works great" picks a slot; it is not one)
    if (days.length === 1 && lines[i].length < 120 && !/\b(?:works?|it is|sounds|prefer|best for me)\b/i.test(lines[i])) slots.push({ i, day: days[0] });
  }
  if (slots.length < 2 || new Set(slots.map((x) => x.day)).size < 2) return null;
  const offered = new Set(slots.map((x) => x.day));
  const pickIn = (text: string): { day: string; clock: string | null } | null => {
    for (const m of text.matchAll(WEEKDAY_WORD)) {
      const day = dayOf(m[1]);
      if (!offered.has(day)) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      // ("Thursday doesn't work for me", "I can't take Thursday": a day refused is no pick)
      if (NEGATED.test(after.split(/[.\n]/)[0]) || NEGATED.test(before.split(/[.\n]/).pop()!)) continue;
      if (!/^[^.\n]{0,30}\b(?:it is|works?|is (?:great|perfect|fine|best)|sounds (?:good|great))\b/i.test(after) && !/\b(?:locked in|confirmed|booked|scheduled|set|see you|go with|take)(?: (?:you )?(?:for|on))?\s*$/i.test(before)) continue;
      const clock = /^\s*(?:at\s+)?(\d{1,2}(?::\d{2})?)/.exec(after)?.[1] ?? null;
      return { day, clock };
    }
    return null;
  };
  const pick = pickIn(body) ?? pickIn(lines.slice(0, slots[0].i).join('\n'));
  if (!pick) return null;
  let chosen = slots.filter((x) => x.day === pick.day);
  if (chosen.length > 1 && pick.clock) chosen = chosen.filter((x) => new RegExp(String.raw`\b${pick.clock!.replace(':', ':?')}(?![\d])`).test(lines[x.i]));
  if (chosen.length !== 1) return null;
  const drop = new Set(slots.filter((x) => x !== chosen[0]).map((x) => x.i));
  return lines.filter((_, i) => !drop.has(i)).join('\n');
}

/** "Your interview date and time have not changed", "the same time as before". */
const UNCHANGED = /\b(?:(?:date and time|time and date|date|time|schedule)s? (?:have|has|is|are|remains?|stays?) (?:not changed|unchanged|the same)|(?<!\b(?:not|n't|no longer|never)\b[^.\n]{0,20})(?:(?:at )?the same time(?: as before)?|same (?:date and )?time))\b/i;

function minutesOf(amount: string): number | null {
  const a = amount.toLowerCase();
  if (/hour and a half/.test(a)) return 90;
  if (/half an hour/.test(a)) return 30;
  if (/^an? hour$/.test(a)) return 60;
  const m = /^(\d+(?:\.\d+)?|[a-z]+(?:[- ]five)?)\s*(hours?|hrs?|minutes?|mins?)$/.exec(a);
  if (!m) return null;
  const n = /\d/.test(m[1]) ? +m[1] : WORD_NUMBER[m[1]];
  if (!n) return null;
  return /^h/.test(m[2]) ? n * 60 : n;
}

function shiftedBy(body: string, original: Schedule | null): Schedule | null {
  if (!original || original.proposal) return null;
  const m = SHIFT.exec(blank(body));
  if (!m) return null;
  const minutes = minutesOf(m[2] ?? m[3] ?? '');
  if (!minutes || minutes > 12 * 60) return null;
  const sign = /^(?:forward|earlier|up)$/i.test(m[1] ?? m[4] ?? '') ? -1 : 1;
  const delta = sign * minutes * 60_000;
  const start = new Date(original.start.getTime() + delta);
  const end = original.end ? new Date(original.end.getTime() + delta) : null;
  return { ...original, start, end, previousStart: original.start, sessions: 1 };
}

function zoneName(z: ZoneRef): string | null {
  return z.kind === 'iana' ? z.zone : null;
}

const IN_PERSON = /\b(?:in[- ]person|on[- ]?site|onsite|at our (?:office|offices|campus|plant|headquarters)|visitor (?:parking|badge|lot)|parking|front desk|reception|lobby|(?:board|conference|meeting|interview) room|room \d+[a-z]?|check in at|come (?:in|by) (?:to|at))\b/i;
/** A US street address's state and ZIP ("Meadowvale, CA 95758"): where an in-person interview happens. */
const STATE_AT = /^(?!.*\b(?:Suite|Ste)\b.*\|)[^\n|]*\d+ [A-Z][^\n|]*(?:\n[^\n|]*)?,\s*([A-Z]{2})\s+(\d{5})(?:-\d{4})?(?=[\s.,;)]|$)/m;
/** States inside one zone (split states, such as Indiana, Kentucky or Texas's far west, go by their larger part). */
const STATE_ZONES: Record<string, string> = {
  CT: 'America/New_York', DE: 'America/New_York', DC: 'America/New_York', FL: 'America/New_York', GA: 'America/New_York', ME: 'America/New_York',
  MD: 'America/New_York', MA: 'America/New_York', NH: 'America/New_York', NJ: 'America/New_York', NY: 'America/New_York', NC: 'America/New_York',
  OH: 'America/New_York', PA: 'America/New_York', RI: 'America/New_York', SC: 'America/New_York', VT: 'America/New_York', VA: 'America/New_York',
  WV: 'America/New_York', MI: 'America/Detroit', IN: 'America/Indiana/Indianapolis', KY: 'America/New_York',
  AL: 'America/Chicago', AR: 'America/Chicago', IL: 'America/Chicago', IA: 'America/Chicago', KS: 'America/Chicago', LA: 'America/Chicago',
  MN: 'America/Chicago', MS: 'America/Chicago', MO: 'America/Chicago', NE: 'America/Chicago', ND: 'America/Chicago', OK: 'America/Chicago',
  SD: 'America/Chicago', TN: 'America/Chicago', TX: 'America/Chicago', WI: 'America/Chicago',
  CO: 'America/Denver', MT: 'America/Denver', NM: 'America/Denver', UT: 'America/Denver', WY: 'America/Denver', ID: 'America/Boise', AZ: 'America/Phoenix',
  CA: 'America/Los_Angeles', NV: 'America/Los_Angeles', OR: 'America/Los_Angeles', WA: 'America/Los_Angeles', AK: 'America/Anchorage', HI: 'Pacific/Honolulu',
};

/** The parts of split states in another zone than the state's larger part, by the first three digits of the ZIP code
 * (Rapid City, SD and El Paso, TX keep Mountain time; Pensacola, FL and Gary, IN keep Central; Knoxville, TN Eastern). */
const ZIP_ZONES: [string, RegExp, string][] = [
  ['SD', /^57[5-7]/, 'America/Denver'], ['ND', /^58[6-8]/, 'America/Denver'], ['NE', /^69[0-3]/, 'America/Denver'], ['KS', /^677/, 'America/Denver'],
  ['TX', /^(?:798|799|885)/, 'America/Denver'], ['FL', /^32[45]/, 'America/Chicago'], ['TN', /^(?:37[3-9])/, 'America/New_York'],
  ['KY', /^42[0-4]/, 'America/Chicago'], ['IN', /^(?:46[34]|47[67])/, 'America/Chicago'], ['OR', /^979/, 'America/Boise'], ['ID', /^838/, 'America/Los_Angeles'],
  ['MI', /^49[89]/, 'America/Chicago'],
];
/** A Canadian address's province and postal code ("Bedford Harbour, NS  B4A 2X1", "Halifax, Nova Scotia B3H 4R2") or an
 * Australian one's state and postcode ("Surry Hills NSW 2010"): the zone of an in-person interview there. */
const PROVINCE_AT = /\d+ [A-Z][^\n|]{0,80}(?:\n[^\n|]{0,80})?[ ,][ \t]*(NL|Newfoundland(?: and Labrador)?|NS|Nova Scotia|NB|New Brunswick|PE|PEI|Prince Edward Island|QC|Qu[eé]bec|ON|Ontario|MB|Manitoba|SK|Saskatchewan|AB|Alberta|BC|British Columbia)[ \t]+[A-Z]\d[A-Z] ?\d[A-Z]\d\b|\d+ [A-Z][^\n|]{0,80}[ ,][ \t]*(NSW|VIC|QLD|SA|WA|TAS|ACT|NT)[ \t]+\d{4}[ \t]*(?:$|,|\||Australia)/m;
/** Provinces and states by their codes and names (the pattern above admits no others). */
const PROVINCE_ZONES: Record<string, string> = {
  NSW: 'Australia/Sydney', ACT: 'Australia/Sydney', VIC: 'Australia/Melbourne', QLD: 'Australia/Brisbane', SA: 'Australia/Adelaide',
  WA: 'Australia/Perth', TAS: 'Australia/Hobart', NT: 'Australia/Darwin',
  NL: 'America/St_Johns', Newfoundland: 'America/St_Johns', 'Newfoundland and Labrador': 'America/St_Johns',
  NS: 'America/Halifax', 'Nova Scotia': 'America/Halifax', NB: 'America/Halifax', 'New Brunswick': 'America/Halifax',
  PE: 'America/Halifax', PEI: 'America/Halifax', 'Prince Edward Island': 'America/Halifax',
  QC: 'America/Toronto', Quebec: 'America/Toronto', Québec: 'America/Toronto', ON: 'America/Toronto', Ontario: 'America/Toronto',
  MB: 'America/Winnipeg', Manitoba: 'America/Winnipeg', SK: 'America/Regina', Saskatchewan: 'America/Regina',
  AB: 'America/Edmonton', Alberta: 'America/Edmonton', BC: 'America/Vancouver', 'British Columbia': 'America/Vancouver',
};
function zoneOfProvince(text: string): string | undefined {
  const m = PROVINCE_AT.exec(text);
  const region = m?.[1] ?? m?.[2];
  return region ? PROVINCE_ZONES[region] : undefined;
}

function zoneOfZip(state: string, zip: string): string | undefined {
  return ZIP_ZONES.find(([st, re]) => st === state && re.test(zip))?.[2] ?? STATE_ZONES[state];
}

function locationOf(body: string, ics: IcsEvent | null): string | null {
  const m = /^\s*(?:Location|Where|Address|Venue|Lugar|Ubicación)\s*:?[ \t]+(.{3,120})$/im.exec(body);
  if (m) {
    const rest = body.slice(m.index + m[0].length + 1).split('\n').slice(0, 3);
    const lines = [m[1].trim()];
    for (const l of rest) {
      if (!l.trim() || /:\s/.test(l) || l.length > 80) break;
      lines.push(l.trim());
    }
    return lines.join(', ').slice(0, 200);
  }
  return ics?.location && !/^https?:/.test(ics.location) ? ics.location.slice(0, 200) : null;
}

function userIdentity(outer: ParsedMail, orig: Original): { names: string[]; emails: string[] } {
  const names = new Set<string>();
  const emails = new Set<string>();
  const add = (p: Person | null | undefined) => {
    if (!p) return;
    if (p.email) emails.add(p.email.toLowerCase());
    if (p.name) {
      names.add(p.name);
      names.add(p.name.split(/\s+/)[0]);
    }
  };
  if (outer.from) add({ name: outer.from.name || null, email: outer.from.address });
  // the user among the original's recipients: the one with the forwarder's address or name (an Outlook meeting lists
  // its organizer first), else a sole recipient
  if (orig.forwarded && orig.to.length) {
    const email = outer.from?.address?.toLowerCase() ?? '';
    const name = (outer.from?.name ?? '').trim().toLowerCase();
    const me = orig.to.find((p) => (p.email && p.email.toLowerCase() === email) || (name && p.name && p.name.trim().toLowerCase() === name));
    if (me) add(me);
    else if (orig.to.length === 1) add(orig.to[0]);
  }
  return { names: [...names].filter((n) => n.length > 1), emails: [...emails] };
}

async function read(mail: ParsedMail, userZone: string, onCandidates?: (candidates: Candidate[], chosen: Named[], rejected: Set<string>) => void): Promise<Extraction> {
  const orig = await unwrap(mail, userZone);
  const subject = cleanText(orig.subject).replace(/\s+/g, ' ').trim().slice(0, 500);
  // "📅 When: …", "👤 Who: …": a pictograph before a line's label is decoration
  const rawBody = orig.body.slice(0, MAX_TEXT);
  const body = /[\u2190-\u2bff\u{1f300}-\u{1faff}]/u.test(rawBody) ? rawBody.replace(/^([ \t]*)(?:[\u2190-\u2bff\u{1f300}-\u{1faff}]\ufe0f?[ \t]*)+(?=[\p{L}\p{N}])/gmu, '$1') : rawBody;
  const quoted = orig.quoted.slice(0, MAX_TEXT);
  // the quoted thread's own attributions ("On Mon, Jun 8, 2026 at 11:05 AM … wrote:", "Sent: …") date its messages, not the interview
  const quotedTimes = quotedHeadersOut(quoted);
  const isMeeting = /^\s*(?:>\s*)?When\s*:/im.test(orig.headerBlock);
  const whenLines = orig.headerBlock.split('\n').filter((l) => /^\s*(?:>\s*)?(?:When|Where)\s*:/i.test(l)).join('\n');
  const { event, method } = pickEvent(orig.calendars);
  const who = userIdentity(mail, orig);
  const context = [body, quoted, orig.headerBlock].join('\n');
  const sentAt = orig.sent?.instant ?? (mail.date ? new Date(mail.date) : null);

  const scheduleOf = (text: string, zone = userZone, sent = sentAt): Schedule | null => readSchedule({ text, subject, sent, userZone: zone, context });
  // the quoted original's own times: its "tomorrow" is the day after it was written, not after the reply
  const quotedAt = quoted ? quotedSentAt(quoted, userZone) ?? sentAt : sentAt;
  // read once, however many of the steps below ask for it
  let quotedRead: { s: Schedule | null } | null = null;
  const quotedSchedule = (): Schedule | null => (quotedRead ??= { s: scheduleOf(quotedTimes, userZone, quotedAt) }).s;
  const own = [whenLines, body].filter(Boolean).join('\n');
  let sched = scheduleOf(own);
  /** The schedule when it was read from the quoted thread, not the email's own text. */
  let fromQuoted: Schedule | null = null;
  /** The email's own times read again in a zone it implies but never writes next to them. */
  const readIn = (ref: ZoneRef & { kind: 'iana' }) => {
    const again = scheduleOf(own, ref.zone);
    if (again) sched = { ...again, assumedZone: false, zone: ref };
  };
  // "we’ve shifted your interview": the classifiers read straight apostrophes
  const plain = body.replace(/[’‘]/g, "'");
  const plainSubject = subject.replace(/[’‘]/g, "'");
  // the forwarder's own short note ("moved to thu", "cancelled :(") says what the original is, when it says so plainly
  const note = (orig.note ?? '').replace(/[’‘]/g, "'").trim();
  const shortNote = note.length <= 160 ? note : '';
  const noteCancels = /^(?:(?:fyi|ugh|so|well|oh well|welp|damn|sigh|bummer|boo)[,:.!\s-]*)?(?:(?:they|she|he|[\w&'-]+(?: [\w&'-]+)?) )?(?:cancell?ed|called off|canceled it|cancelled it|postponed|on hold)\b/i.test(shortNote) && !/\b(?:re-?scheduled|moved|new time)\b/i.test(shortNote);
  const noteMoves = /^(?:(?:fyi|heads up|update|ok|so)[,:.!\s-]*)?(?:(?:they|she|he|[\w&'-]+(?: [\w&'-]+)?) )?(?:moved|rescheduled|pushed|bumped|shifted)(?: (?:it|us|me|the \w+))?(?: (?:to|back|up|forward|out|again|by|a (?:week|day|few days)|(?:one|two|\d) (?:weeks?|days?|hours?)))\b/i.test(shortNote) || /^(?:new time|rescheduled|moved)\b/i.test(shortNote) ||
    // "now in person", "now on zoom!": the same interview, held another way
    /^(?:(?:fyi|heads up|update|ok|so)[,:.!\s-]*)?(?:(?:it's|its|it is|this is|they made it|switched to|changed to) )?now (?:in[- ]person|on ?site|onsite|(?:on |via |a )?(?:zoom|teams|video|virtual|remote|phone(?: call)?|google meet))\b/i.test(shortNote);
  const movedInText = isUpdate(plainSubject, plain, event?.sequence ?? null, method);
  const cancelled = isCancellation(plainSubject, plain, method, event?.status ?? null) || (noteCancels && !movedInText);
  const updated = !cancelled && (movedInText || noteMoves);
  // "tomorrow's 3pm call" above a quoted "3:00-3:45 PM ET": the conversation's zone, not the user's
  if (sched?.assumedZone && quoted) {
    const qs = quotedSchedule();
    const qz = findZones(blank(quotedTimes), 1)[0];
    const ref = qs && !qs.assumedZone ? qs.zone : qz ? regionalise(qz.ref, context) : null;
    if (ref?.kind === 'iana') readIn(ref);
  }
  // an in-person interview at "1400 Orchard Lane, Meadowvale, CA 95758" with a bare "4:15 PM": the local time there
  // …or the quoted original's ("same location": the address it gave)
  if (sched?.assumedZone && (IN_PERSON.test(body) || (quoted && IN_PERSON.test(quotedTimes) && !STATE_AT.test(own)))) {
    const st = STATE_AT.exec(own) ?? (quoted ? STATE_AT.exec(quotedTimes) : null);
    const zone = st ? zoneOfZip(st[1], st[2]) : zoneOfProvince(own) ?? (quoted ? zoneOfProvince(quotedTimes) : undefined);
    if (zone && zone !== userZone) readIn({ kind: 'iana', zone, generic: false });
  }
  // "Femi has to cancel tomorrow's call … would either of these work for a new call? Tue 8/11 at 10am": the times offered
  // in its place, and the quoted original says when the cancelled one was
  if (sched && cancelled && quoted && OFFER_INSTEAD.test(body)) {
    const q = quotedSchedule();
    const offerAt = body.search(OFFER_INSTEAD);
    if (q && !q.proposal && !scheduleOf(body.slice(0, offerAt))) sched = fromQuoted = q;
  }
  // a cancellation of the interview "which was scheduled for Wednesday, November 4 at 3:00 PM": that time is the interview's
  if (!sched && cancelled) sched = scheduleOf(own.replace(/\b(?:(?:was|were|had been) (?:originally |previously )?|(?:originally|previously) )(?:scheduled|set|booked|planned) for\b/gi, 'for'));
  // "I've moved our phone screen to Monday at the same time", "Tuesday, March 31 – same time, same place": the new
  // day, with the quoted original's time of day and length
  if (!sched && updated && quoted && SAME_TIME.test(body)) sched = sameTimeOn(body, quotedSchedule(), sentAt, userZone);
  // "I've had to push our call tomorrow back an hour and a half": the quoted original's time, shifted
  if (!sched && updated && quoted) sched = shiftedBy(body, quotedSchedule());
  if (!sched && !updated && quoted) sched = fromQuoted = quotedSchedule();
  // a change of link, format or panel whose time "has not changed": the quoted original's
  if (!sched && updated && quoted && UNCHANGED.test(body)) sched = quotedSchedule();
  // "Nothing else is changing - still Tuesday 6/30 at 11:00 AM": the same start as the quoted original, its length too
  // …and "Confirmed for Tuesday at 16:00 CET – see the invitation below": the quoted invitation's length for the same start
  if (sched && !sched.end && quoted) {
    const q = quotedSchedule();
    if (q?.end && q.start.getTime() === sched.start.getTime()) sched = { ...sched, end: q.end };
  }
  // "Thursday it is" above the quoted offer of three slots: the slot on that day
  if ((!sched || sched.proposal) && quoted && !event?.start) {
    const picked = pickedSlotText(body, quotedTimes);
    const s = picked ? scheduleOf(picked, userZone, quotedAt) : null;
    if (s) {
      // (the reply's own "we'll take 45 minutes" over the offer's length)
      const dur = findDuration(body);
      sched = fromQuoted = { ...s, proposal: false, end: dur ? new Date(s.start.getTime() + dur.minutes * 60_000) : s.end };
    }
  }
  if (!sched && event?.description) sched = scheduleOf(event.description);
  if (!sched) {
    const fromSubject = scheduleOf(subject);
    if (fromSubject && !fromSubject.proposal) sched = fromSubject;
  }

  const questions: string[] = [];
  let start: string | null = null;
  let end: string | null = null;
  let timeZone: string | null = null;
  let previousStart: string | null = null;
  let confidence = 0.5;

  const textZone = (): ZoneRef | null => {
    if (sched && !sched.assumedZone) return sched.zone;
    const z = findZones(blank(body), 1)[0] ?? findZones(subject, 1)[0];
    return z ? regionalise(z.ref, context) : null;
  };

  if (event?.start && !event.start.dateOnly) {
    let zone: ZoneRef | null = event.start.zone ? regionalise({ kind: 'iana', zone: event.start.zone, generic: event.start.generic }, context) : null;
    let s = event.start.instant;
    let e = event.end?.instant ?? null;
    if (!zone) {
      const tz = textZone();
      if (event.start.floating) {
        const z = tz ?? { kind: 'iana' as const, zone: userZone, generic: false };
        const d = s.toISOString();
        s = instantOf(d.slice(0, 10), s.getUTCHours(), s.getUTCMinutes(), z) ?? s;
        if (e) {
          const de = e.toISOString();
          e = instantOf(de.slice(0, 10), e.getUTCHours(), e.getUTCMinutes(), z) ?? e;
        }
        if (!tz) questions.push(`The invitation gave no time zone; I assumed ${userZone}.`);
      }
      zone = tz ?? { kind: 'iana', zone: userZone, generic: false };
    }
    // the invitation as rendered for the reader ("Wed Aug 12 6pm – 7pm (CDT)") next to an organizer's Sydney TZID: the
    // same instant, told in the zone the email shows
    if (sched && !sched.assumedZone && !sched.proposal && sched.start.getTime() === s.getTime() && zoneName(sched.zone) && zoneName(sched.zone) !== zoneName(zone)) zone = sched.zone;
    // a reschedule in words next to a stale invite: the words win when they name a different time
    if (updated && sched && !sched.proposal && event.sequence === 0 && sched.start.getTime() !== s.getTime()) {
      s = sched.start;
      e = sched.end;
      zone = sched.zone;
    }
    start = isoWithOffset(s, zone);
    end = e && e > s ? isoWithOffset(e, zone) : null;
    timeZone = zoneName(zone);
    confidence = 0.95;
    if (sched?.previousStart) previousStart = isoWithOffset(sched.previousStart, zone);
  } else if (sched && !sched.proposal) {
    start = isoWithOffset(sched.start, sched.zone);
    // "same time (10:00 AM PT)" in a move: the length is the one the quoted original gave, in words ("a 45-minute call")
    // or, when the move says "same time" ("a la misma hora"), by its times ("10:00 a 11:00 am")
    const dur = !sched.end && updated && quoted ? findDuration(quoted) : null;
    const same = !sched.end && !dur && updated && quoted && (SAME_TIME.test(body) || SAME_TIME_OTHER.test(body)) ? quotedSchedule() : null;
    let schedEnd = sched.end ?? (dur ? new Date(sched.start.getTime() + dur.minutes * 60_000) : same?.end && !same.proposal ? new Date(sched.start.getTime() + (same.end.getTime() - same.start.getTime())) : null);
    // a cancellation of "tomorrow's 3pm call": the quoted original at that time gives its end
    if (!schedEnd && cancelled && quoted) {
      const q = quotedSchedule();
      if (q && !q.proposal && q.start.getTime() === sched.start.getTime()) schedEnd = q.end;
    }
    // "Talked to Adaeze on the phone just now - the call is 45 minutes": the user's own note gives the length
    if (!schedEnd && note) {
      const nd = findDuration(note);
      if (nd) schedEnd = new Date(sched.start.getTime() + nd.minutes * 60_000);
    }
    end = schedEnd ? isoWithOffset(schedEnd, sched.zone) : null;
    timeZone = zoneName(sched.zone);
    previousStart = sched.previousStart ? isoWithOffset(sched.previousStart, sched.zone) : null;
    questions.push(...sched.questions);
    confidence = 0.85 * sched.certainty;
  }

  // the forwarder's own note correcting what it forwards ("they moved it to 3:30-4:30 Eastern, same day (Tue 7/14)",
  // "they're pushing the whole day back 30 min"): the note's time when it names its zone, or the shift it tells
  let noteMoved = false;
  if (start && !cancelled && note && NOTE_MOVE.test(note)) {
    const ns = scheduleOf(note, userZone, mail.date ? new Date(mail.date) : sentAt);
    const current: Schedule | null = sched && !sched.proposal ? { ...sched, start: new Date(start), end: end ? new Date(end) : null } : null;
    // (a note's "pushed back an hour" over an update that says "pushing us back an hour" restates it)
    const moved = ns && !ns.assumedZone && !ns.proposal ? ns : SHIFT.test(blank(body)) ? null : shiftedBy(note, current);
    if (moved && moved.start.getTime() !== Date.parse(start)) {
      const len = end ? Date.parse(end) - Date.parse(start) : null;
      previousStart = start;
      start = isoWithOffset(moved.start, moved.zone);
      const e = moved.end ?? (len ? new Date(moved.start.getTime() + len) : null);
      end = e ? isoWithOffset(e, moved.zone) : null;
      timeZone = zoneName(moved.zone);
      noteMoved = true;
    }
  }

  const company = readCompany({ subject, body, quoted, from: orig.from, replyTo: orig.replyTo, ics: event, userNames: who.names, note });
  const role = readRole({ userNames: who.names, subject, body, quoted, ics: event, company, note });
  // link, place and format are only reported for interviews, updates and cancellations: read them when needed
  const how = (weak = true): { meetingUrl: string | null; location: string | null; format: Format | null } => {
    // "Calendar added a Google Meet link automatically - please ignore it, this one is fully in person"
    const ignored = IGNORE_LINK.test(body) || IGNORE_LINK.test(event?.description ?? '');
    const meetingUrl = ignored ? null : findMeetingUrl(body, whenLines, event?.conferenceUrl, event?.location, event?.url, event?.description, quoted);
    const location = locationOf([whenLines, body].join('\n'), event);
    const formatText = [subject, whenLines, body, event?.summary ?? '', event?.description ?? '', event?.location ?? ''].join('\n');
    // a move or cancellation in a few words ("tomorrow's 2:30 interview is cancelled"): the quoted original says how it happens
    // "we'd love to do this in person instead of over Zoom": the link it drops says how it happens now
    const inPerson = ignored && /\bin[- ]person\b|\bon[- ]?site\b|\bat (?:our|the) office\b/i.test(IGNORE_LINK.exec(body)?.[0] ?? '');
    // (a time read from the quoted thread: its strong cues before the reply's bare "give me a call afterwards")
    const format = inPerson ? 'onsite' : (fromQuoted && sched === fromQuoted ? readFormat(formatText, meetingUrl, location, false) ?? readFormat(quotedTimes, null, null, false) : null) ?? readFormat(formatText, meetingUrl, location, weak) ?? ((cancelled || updated) && quoted ? readFormat(quotedTimes, null, null, false) : null);
    return { meetingUrl, location, format };
  };

  // the people patterns are written with straight apostrophes ("I'll be joined by"): curly ones are read as straight,
  // and a name keeps the apostrophe the email wrote ("Siobhán O’Connell")
  // (and 'Grzegorz "Greg" Wiśniewski': the name without the nickname in quotes)
  const forPeople = (t: string): string => {
    const u = t.includes('’') ? t.replace(/’/g, "'") : t;
    return /["“]/.test(u) ? u.replace(/(\p{Lu}[\p{Ll}'-]+)[ \t]+["“]\p{Lu}[\p{Ll}'-]+["”][ \t]+(?=\p{Lu})/gu, '$1 ') : u;
  };
  const curlyName = (n: string | null): string | null => (n && n.includes("'") && body.includes(n.replace(/'/g, '’')) && !body.includes(n) ? n.replace(/'/g, '’') : n);
  const interviewersOf = (update: boolean) => {
    const input: InterviewerInput = { company, body: forPeople(body), quoted: forPeople([unquote(quoted), note].filter(Boolean).join("\n\n")), subject: forPeople(subject), from: orig.from, ics: event, sessionLines: (sched?.lines ?? []).map(forPeople), userNames: who.names, userEmails: who.emails, known: [orig.from, orig.replyTo, ...orig.to, ...orig.cc].filter(Boolean) as Person[], update, meeting: isMeeting, attendees: orig.to };
    const rejected = new Set<string>();
    const chosen = readInterviewers(input, rejected);
    onCandidates?.(interviewerCandidates(input, chosen), chosen, rejected);
    return rerankInterviewers(input, chosen, rejected).map((p) => ({ ...p, name: curlyName(p.name) }));
  };

  const base: Extraction = {
    ...empty(),
    company,
    role,
    subject: subject || null,
    sender: orig.from?.email?.toLowerCase() ?? null,
    calendarUid: event?.uid ?? null,
    sequence: event?.sequence ?? null,
  };

  const negative = negativeReason(subject, blank([body, event?.summary ?? '', event?.description ?? ''].join('\n')), !!start, role);
  const hasInterviewWords = negative !== 'a message that does not mention an interview';
  const from = company ? ` from ${company}` : '';

  if (cancelled && (hasInterviewWords || event)) {
    const interviewers = interviewersOf(true);
    // a cancellation's bare "call" says nothing of how the interview was to happen
    const { meetingUrl, location, format } = how(false);
    return finish({ ...base, kind: 'cancellation', start, end, timeZone, format, interviewers: toInterviewers(interviewers), meetingUrl, location, confidence: start ? 0.9 : 0.75, questions: start ? questions : ['The cancellation does not restate the interview time.'] });
  }
  if (event?.recurring && !cancelled) {
    // a bare forwarded invite (no words around it) still reports the event's time, so the user can say what it is
    const bare = body.replace(/\s+/g, ' ').trim().length < 120;
    return finish({ ...base, seen: `a recurring calendar event${from}`, confidence: 0.6, ...(bare ? { start, end, timeZone, questions: ['This is a recurring calendar event; is it an interview?'] } : {}) });
  }
  if (negative) {
    const noCompany = /appointment|does not mention|job alert|practice/.test(negative);
    // an event for candidates (webinar, office hours) is for no one role: a job title in it is a speaker's
    const noRole = noCompany || negative === 'an event for candidates';
    return finish({ ...base, company: noCompany ? null : company, role: noRole ? null : role, seen: `${negative}${from}`, confidence: 0.7 });
  }
  if (sched?.proposal && !(event?.start)) return finish({ ...base, seen: `several possible times proposed${from}, none confirmed yet`, confidence: 0.7, questions: ['Several times were proposed; which one did you pick?'] });
  if (!start) return finish({ ...base, seen: `a message${from} with no interview time in it`, confidence: 0.5 });

  const interviewers = interviewersOf(updated);
  const { meetingUrl, location, format } = how();
  if (!end) questions.push('No end time or duration was given.');
  if (!format) questions.push('Is it a phone, video or in-person interview?');
  if (!company) questions.push('Which company is this interview with?');
  confidence = Math.max(0.1, Math.min(0.99, confidence - 0.05 * Math.max(0, questions.length - 1)));
  return finish({ ...base, kind: updated || noteMoved ? 'update' : 'interview', start, end, timeZone, format, interviewers: toInterviewers(interviewers), meetingUrl, location, confidence, questions, previousStart });
}

function toInterviewers(list: { name: string | null; email: string | null }[]): Interviewer[] {
  return list.map((p) => ({ name: p.name, email: p.email }));
}

function blank(s: string): string {
  // both patterns need a "<" or "://": most texts have neither and need no replace pass
  if (s.indexOf('<') < 0 && s.indexOf('://') < 0) return s;
  return s.replace(/<[^<>\s]{4,2000}>|\bhttps?:\/\/[^\s<>"]{1,2000}/g, ' ');
}

function finish(x: Extraction): Extraction {
  x.confidence = Math.round(x.confidence * 100) / 100;
  return x;
}

