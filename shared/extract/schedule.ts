// Choosing the interview's time among all the dates and times an email mentions: pair each clock time with its
// date, drop the ones that are not the interview (arrival, deadlines, the "Former" time), group an agenda's
// sessions, and find the zone the sender meant.
import { dateIn } from './tz.js';
import { cachedRe, escapeRe } from './re.js';
import { findDates, findDuration, findTimes, fixedZoneName, instantOf, resolveDate, type DateMention, type TimeMention } from './when.js';
import { findZones, namedZone, regionalise, type ZoneRef } from './zones.js';

export interface Schedule {
  start: Date;
  end: Date | null;
  zone: ZoneRef;
  /** true when no zone was written and the user's zone was assumed */
  assumedZone: boolean;
  previousStart: Date | null;
  questions: string[];
  certainty: number;
  /** several candidate dates offered, none confirmed */
  proposal: boolean;
  sessions: number;
  /** the chosen times' lines (for interviewer reading of agendas) */
  lines: string[];
}

export interface ScheduleInput {
  text: string;
  subject: string;
  sent: Date | null;
  userZone: string;
  /** text used only to place generic zone names (signatures, addresses) */
  context: string;
}

/** Blank out URLs and <…> link targets so their digits are not read as times; positions are kept. */
export function blankUrls(s: string): string {
  let out = s.indexOf('<') < 0 && s.indexOf('://') < 0 ? s : s.replace(/<[^<>\s]{4,2000}>|\bhttps?:\/\/[^\s<>"]{1,2000}/g, (m) => ' '.repeat(m.length));
  if (!out.includes('@')) return out;
  // e-mail addresses: expand around each "@" (a regex starting at every word character is slow on long text)
  const parts: string[] = [];
  let done = 0;
  for (let at = out.indexOf('@'); at >= 0; at = out.indexOf('@', at + 1)) {
    let a = at;
    while (a > 0 && isWordOr(out.charCodeAt(a - 1), true) && at - a < 64) a--;
    let b = at + 1;
    while (b < out.length && isWordOr(out.charCodeAt(b), false) && b - at < 255) b++;
    if (a < at && b > at + 3) {
      // ranges can overlap an earlier one ("a@b@c"): blank only what is not blank yet
      const from = Math.max(a, done);
      if (from < b) {
        parts.push(out.slice(done, from), ' '.repeat(b - from));
        done = b;
      }
    }
  }
  if (!parts.length) return out;
  parts.push(out.slice(done));
  return parts.join('');
}

/** [\w.-] (and "+" before the "@"), on a char code. */
function isWordOr(c: number, plus: boolean): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45 || (plus && c === 43);
}

const KEEP_LINE = /\d|\b(?:mon|tue|wed|thu|fri|sat|sun|today|tomorrow|tonight|noon|midday|time|zone|former|previous|original|old|was|updated|eastern|central|pacific|mountain|london|utc|gmt)/i;
const ABBR_LINE = /\b[A-Z]{2,5}\b/;

/** Lines that cannot hold a date, time or zone become empty (line numbers are kept): footers cost nothing. */
function relevantLines(s: string): string {
  const lines = s.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!(l.length < 3000 && (KEEP_LINE.test(l) || ABBR_LINE.test(l)))) lines[i] = '';
  }
  return lines.join('\n');
}

const EXCLUDE_BEFORE = /(?:\barriv(?:e|al)\b[^.\n]{0,30}|\b(?:meet|greet|collect) you (?:in|at) [^.\n]{0,50}?\b(?:lobby|reception|front desk|entrance|security)\b[^.\n]{0,30}|\bcheck[- ]?in\b[^.\n]{0,50}|\b(?:deadline|due|expires?|at least|no later than)\b[^.\n]{0,24}|\b(?:former|previous(?:ly)?|originally|old time|instead of|was(?: scheduled| set)?(?: for)?)\b[^.\n]{0,40}|\bprevious (?:confirmation|invite|invitation|time|slot|date|booking)\b[^.\n]{0,50}|\b(?:(?:1st|2nd|3rd|first|second|third|night|day|swing|evening|morning|overnight) shift|(?:working|work|business|office|opening|store) hours)\b(?:[\s:,]+(?:are\s+)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*(?:\s*[-–]\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*)?)?[\s:,]*(?:are\s+|from\s+)?|\bMon(?:day)?\s*[-–]\s*(?:Fri|Sat|Sun)\w*[\s:,]*)$/i;
/** "we've blocked the time until 11:30", "it runs until noon": the meeting's end, not a deadline. */
const BLOCKED_UNTIL = /\b(?:block(?:ed)?|book(?:ed)?|reserv(?:e|ed)|hold|held|run(?:s|ning)?|last(?:s|ing)?|go(?:es|ing)?|(?:should|will) (?:wrap|finish|end))\b[^.\n]{0,40}\buntil\s+$/i;
/** "That should be 9:00 AM your time": the same moment converted for the reader, not another time. */
const YOUR_TIME_AFTER = /^\s*(?:\(\s*)?(?:on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the same day|the day before|the previous day)\s+)?(?:(?:in the )?(?:morning|afternoon|evening|night)\s+)?(?:your (?:local )?time|for you|in your (?:time ?zone|zone))\b/i;
/** "Could you send me a few windows that work for you … between 9 AM and 3 PM?": asking for availability. */
const ASK_WINDOWS = /\b(?:(?:send|share|give)(?: me| us)? (?:a few|some|your|over (?:a few|some|your))|what (?:times|days)|when (?:are|would) you)\b[^.?\n]{0,60}?(?:\b(?:windows?|times?|slots?|availability|days)\b)?[^.\n]{0,120}\?/i;
const BY_BEFORE = /\b(?:by|before|until)\s+((?:\S+\s+){0,4})$/i;

/** "by Friday at 5pm", "before 9:00": a deadline or an arrival, not the interview. */
function excludedBefore(before: string): boolean {
  if (EXCLUDE_BEFORE.test(before)) return true;
  if (BLOCKED_UNTIL.test(before)) return false;
  const m = BY_BEFORE.exec(before);
  return !!m && !/\b(?:video|phone|zoom|teams|meet|webex|email|hosted|led|run|the|our|your|a)\b/i.test(m[1]);
}
/** A note about the clocks changing ("Victoria moves to daylight saving time on Sunday, October 4", "our clocks go back"). */
const DST_NOTE = /\b(?:daylight saving|summer time|clocks (?:have )?(?:already )?(?:go|went|gone|change|changed|move|moved|spring|sprang|fall|fell)|moves? to (?:daylight|summer|standard)|DST)\b/i;
const CLOCK_CHANGE_BEFORE = /\b(?:go(?:es)? (?:back|forward)|went (?:back|forward)|chang(?:e|es|ed)|spring(?:s)? forward|fall(?:s)? back|switch(?:es)?|end(?:s)?|start(?:s)?)(?: only)?(?: on)?\s+(?:the\s+)?$/i;
const DATE_LEAD = /^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}(?:\s+[A-Z][a-z]+|[/.-]\d{1,2}))[^\n]{0,20}$/;
const PREV_LABEL = /^(?:former|previous(?: time| schedule| date| invitation)?|original(?: time| schedule| date)?|old(?: time| schedule)?|was|before|previously scheduled)\s*(?:\((?:canceled|cancelled|no longer valid)\))?\s*:?\s*$/i;
const PREV_DATE_LINE = /^\s*(?:[>*]\s*)*(?:former|previous(?:ly)?(?: scheduled)?|original(?:ly)?(?: time| scheduled)?|old(?: time)?|was)\b/i;
const PREV_INLINE = /\b(?:former|previous(?:ly)?|originally|old time|instead of|was (?:scheduled|set) for|moved from|rescheduled from|changed from)\b[^.\n]{0,40}$/i;
const NEW_INLINE = /\b(?:new time|new date|revised(?: date| time| schedule)?|updated|moved (?:it |your interview |you |us )?to|move (?:it |your interview |you |us )?to|now|rescheduled (?:to|for)|changed to|instead)\b/i;
/** A move written as "from OLD to NEW" right before the time range. */
const MOVE_FROM = /\b(?:push(?:ed|ing)?|mov(?:e|ed|ing)|shift(?:ed|ing)?|bump(?:ed|ing)?|chang(?:e|ed|ing)|reschedul(?:e|ed|ing))\b[^.\n?]{0,60}\bfrom\s*$/i;
/** A request for the candidate's availability (the window it gives is no interview time). */
const AVAILABILITY_ASK = /\b(?:vote (?:on|for) (?:times|every option|the times)|scheduling poll|proposed times|please select a time|select a time for your|share (?:your|my) availability|submit your availability|(?:select|selecting) (?:all )?(?:of )?the times (?:that )?work|looking for times between|(?:grab|book|pick|choose) (?:any|an?) (?:open )?(?:slot|time)(?: on my calendar| on our calendar| that works)|once you(?:'ve| have) booked|(?:please )?pick a time (?:that works|using|from|below|on (?:my|our|the))|(?:available|open) slots are (?:between|from)|once you (?:choose|pick|select) a (?:time|slot)|send (?:us|me) (?:a few|some|your) (?:times|windows|availability))\b/i;
/** Words that offer the times listed as choices, whatever their days. */
const CHOICES = /\b(?:(?:would|could|do|does|will) any of (?:these|those|the following)(?: times| slots| options)? work|which (?:of these|one|time|slot) (?:works|would work|suits)|once you (?:pick|choose|select) one|pick (?:one|whichever)(?! or two| (?:project|example|story|case|piece|topic|of your)))\b/i;
const PROPOSAL = /\b(?:would any of (?:these|those|the following)|which (?:of these|one|time|slot|works)|any of these (?:work|times|slots)|let me know (?:which|what works|your preference|if any)|your preference|preferred (?:time|slot)|the following (?:times|slots|options)|some (?:times|options|slots)|(?:a few|several|some|three|two) (?:options|slots|times)|availability for|are you available|pick (?:a|one|the)\b(?! or two| (?:project|example|story|case|piece|topic|of your|portfolio))|choose (?:a|one|from)|select a (?:time|slot)|reply with (?:your|the)|propose|options?:|do any of these|booking (?:page|link)|book (?:a|any|one|your) (?:open )?(?:slot|time)|grab (?:a|any|an) (?:open )?(?:slot|time)|open (?:slots|times)|currently open|once you(?:'ve)? book(?:ed)?|self-schedul\w*|(?:select|selecting|choose|choosing) (?:all )?(?:of )?the times|times that work for you|when you are available)\b/i;
const END_LABEL = /\b(?:end(?:s|ing)?(?: time)?|(?:until|till)(?:\s+(?:about|around|approximately|roughly))?|finish(?:es)?)\s*:?\s*$/i;
const ZONE_DECL = /\b(?:all times?(?: below| here| above)?(?: are| shown| listed)?(?: below)?(?: in)?|times? (?:are|shown) in|time ?zone|zona horaria|invitee time zone)\b\s*[:\-]?\s*/gi;

interface Cand {
  t: TimeMention;
  dm: DateMention | null;
  line: number;
  prev: boolean;
  excluded: boolean;
  isEnd: boolean;
  newHint: boolean;
}

function lineStarts(s: string): number[] {
  const out = [0];
  for (let i = s.indexOf('\n'); i >= 0 && out.length < 100000; i = s.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}
function lineOf(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Global zone declarations and zone-only lines ("All times are in CDT", "Central Time - Chicago"). */
function declaredZones(text: string): { ref: ZoneRef; index: number }[] {
  const out: { ref: ZoneRef; index: number }[] = [];
  ZONE_DECL.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = ZONE_DECL.exec(text)) && n++ < 50) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const z = findZones(after, 1)[0];
    if (z && z.index < 12) out.push({ ref: z.ref, index: m.index });
    else {
      // "All times below are Eastern.": a bare region word is enough right after a declaration
      const bare = /^(?:US\s+)?(Eastern|Central|Mountain|Pacific)\b/.exec(after);
      const ref = bare ? namedZone(`${bare[1]} Time`) : null;
      if (ref) out.push({ ref, index: m.index });
    }
  }
  return out;
}

function zoneOnlyLine(line: string): ZoneRef | null {
  const l = line.trim();
  if (!l || l.length > 60) return null;
  const z = findZones(l, 1)[0];
  if (!z) return null;
  const rest = (l.slice(0, z.index) + l.slice(z.end)).replace(/[\s()\-–,.:⋅]|time|zone|all|times|in|are/gi, '');
  return rest.length <= 3 ? z.ref : null;
}

function inputLinesOf(s: string): string[] {
  return s.split('\n');
}

/**
 * An agenda row laid out down the page ("10:00 AM – 10:45 AM PT (12:00 PM – 12:45 PM CT)", then "Portfolio Review",
 * then "Ingrid Solberg-Haas, Design Director"): the row with its detail lines as columns. A row with words of its
 * own beside the time is returned as it is.
 */
const MULTI_DAY = /\b(?:two|2|three|3)[- ]day (?:virtual |onsite |on-site |interview |final )*(?:onsite|on-site|loop|interview|visit|schedule)|\bsplit (?:across|over|between) (?:two|2|three|3) (?:days|mornings|afternoons)|\bacross (?:two|2) days\b|\bboth days\b|\bDay 2\b/i;
const PERSON_LINE = /^[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ'’-]+(?:\s+(?:(?:van|der|den|de|la|los|dos|das|do|da|del|di|du|le|ter|ten|von|ap|ab|bin|binti|binte|bint|ibn|Ó|Ní|Mac|Nic|Ua)\s+)*[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ'’-]+){1,3}\s*(?:,\s*[A-Z][^\n]{2,80}|\([^)]{2,80}\)|\s[·|–—-]\s*[A-Z][^\n]{2,80})?$/;
const VALEDICTION = /^(?:(?:best|kind|warm|warmest)(?: regards| wishes)?|regards|thanks|thank you|many thanks|cheers|sincerely|cordialement|bien (?:à vous|cordialement)|(?:viele |beste |freundliche )?grüße|mit freundlichen grüßen|abraços|abrazos|saludos(?: cordiales)?|un saludo|atenciosamente|cumprimentos|groeten|met vriendelijke groet|hälsningar|med vänlig hälsning|saluti|cordiali saluti)\b[\s,.!]*$/i;
function withDetails(lines: string[], i: number): string {
  const row = lines[i] ?? '';
  const rest = row.replace(/\([^)]*\)/g, ' ').replace(/\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?/gi, ' ').replace(/\b(?:[A-Z]{1,4}T|UTC|GMT|noon|to|until)\b|[-–—|:*•·,]/g, ' ').trim();
  // a labelled field ("Time: 7:30 PM to 8:30 PM IST") is one line of a form, not an agenda row
  if (/^\s*[A-Za-z][\w ]{1,20}:/.test(row)) return row;
  const parts = [row.trim()];
  // "10:00 AM – 10:45 AM  Scientific Background", then "Akosua Mensah-Bonsu, Associate Director": a row with its
  // title takes only the person lines under it
  if (rest.split(/\s+/).filter(Boolean).length > 1) {
    for (let k = i + 1; k < lines.length && k <= i + 3; k++) {
      // "with Jan-Willem van der Berg, Principal Controls Engineer" under the session's title
      const l = lines[k].replace(/^[\s>*•·-]+/, '').replace(/^with\s+(?=\p{Lu})/u, '').trim();
      if (!PERSON_LINE.test(l) || findTimes(l).length) break;
      parts.push(l);
    }
    return parts.join(' | ');
  }
  for (let k = i + 1, limit = i + 4; k < lines.length && k <= limit; k++) {
    const l = lines[k].replace(/^[\s>*•·-]+|\*+\s*$/g, '').trim();
    // rows spaced by blank lines: one blank line between the time and its details is still the row
    if (!l && (lines[k + 1] ?? '').trim() && !findTimes(lines[k + 1]).length && parts.length < 4) {
      limit++;
      continue;
    }
    // a session's title may carry a colon ("Coding: Geometry & C++") where a form's next field would not
    const label = /^[A-Za-z][\w ]{1,20}:(?:\s|$)/.test(l) && (parts.length > 1 || /^(?:Location|Where|When|Date|Time|Zoom|Join|Meeting|Phone|Dial|Address|Format|Duration|Link|Video|Passcode|Password|Note|Notes)\b/i.test(l));
    if (!l || l.length > 100 || label || findTimes(l).length) break;
    // the letter's sign-off ("Abraços,", "Best regards,") and the name under it are no detail of the row
    if (VALEDICTION.test(l)) break;
    parts.push(l);
  }
  return parts.join(' | ');
}

interface ReaderPatterns {
  /** words near a time that put it in the reader's zone ("for you", "in Chicago", "(Chicago)") */
  near: RegExp;
  /** right after a time: "… in Chicago", "(Chicago)" */
  after: RegExp;
  /** before a time, in its clause: "for you that's", "à Chicago, cela correspond à" */
  before: RegExp;
}
/** Zones whose people write a numeric date month first ("10/09" is October 9): the Americas' and Honolulu, except
 * Latin America's, where "10/09" in São Paulo or Mexico City is 10 September, as everywhere else. */
const MONTH_FIRST_ZONE = /^(?:US\/|Pacific\/Honolulu|America\/(?!(?:Sao_Paulo|Mexico_City|Monterrey|Merida|Cancun|Chihuahua|Ciudad_Juarez|Hermosillo|Mazatlan|Tijuana|Matamoros|Ojinaga|Bahia_Banderas|Bogota|Lima|Santiago|Punta_Arenas|Buenos_Aires|Argentina|Caracas|Montevideo|Asuncion|La_Paz|Guayaquil|Guatemala|El_Salvador|Tegucigalpa|Managua|Costa_Rica|Panama|Havana|Santo_Domingo|Recife|Fortaleza|Belem|Manaus|Bahia|Maceio|Araguaina|Santarem|Noronha|Boa_Vista|Cuiaba|Campo_Grande|Porto_Velho|Rio_Branco|Eirunepe|Cayenne|Paramaribo|Guyana)\b))/;

/** The patterns that say a time is the reader's (the user zone's city: "Chicago"), compiled once through `cachedRe`. */
function readerPatterns(userZone: string): ReaderPatterns {
  const c = escapeRe(userZone.split('/').pop()!.replace(/_/g, ' '));
  return {
    // ("8:30 for me here in Denver" is the writer's own clock, not the reader's)
    near: cachedRe(String.raw`\b(?:for you|your (?:local )?time|(?:for me|my time)(?!,?\s+(?:here\s+|out\s+)?(?:in|at)\s+(?!${c}\b)[a-z])|in ${c}|${c} time)\b|\(${c}\)`, 'i'),
    // ("8.00am Tuesday in Chicago", "8:00 AM on Friday morning in Chicago": the reader's day between)
    after: cachedRe(String.raw`^\s*\(?\s*(?:[A-Z]{2,4}T\s*)?(?:(?:noon|midday|midnight)\s+)?(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:(?:morning|afternoon|evening|night)\s+)?)?(?:(?:in|à|en)\s+${c}\b|\(${c}\)|for you in ${c}\b)`, 'i'),
    // (not a cue that follows another time: in "9:30 your time (that's 8:30 for me)" it is 9:30's)
    before: cachedRe(String.raw`(?:(?<!\d(?::\d{2})?\s*(?:[ap]\.?m\.?\s*)?)\b(?:for you|pour vous|para ti|para usted|für Sie|your time|my time)\b|(?:\bin|à|\ben)\s+${c}\b)[^.!?\n]*$`, 'i'),
  };
}

const TRAVEL_BEFORE = /\b(?:flights?|fly(?:ing)? (?:in|out|back)|hotel(?: night)?|train|rebook|return trip|travel(?:l?ing)?)\b[^.!?\n]{0,35}$/i;

const SHOWN_IN_YOURS = /\b(?:times?|all times|the times?)(?: (?:below|above|here))? (?:are |is )?(?:shown|displayed|listed|given|in) (?:in )?your (?:local |own )?time ?zone\b/i;
const FOR_OTHERS_BEFORE = /\b(?:your interviewers|the interviewers|the (?:team|panel)|they)(?: will be| are| will)? (?:joining|join|starting|dialing in|logging on)(?: you)?(?: at| from)?\s*$/i;
const FOR_OTHERS_AFTER = /^\s*(?:[A-Z]{2,4}T|Pacific|Eastern|Central|Mountain)?\s*(?:time\s*)?(?:for (?:them|the team|the panel|your interviewers)|their time)\b/i;

export function readSchedule(input: ScheduleInput): Schedule | null {
  const text = relevantLines(blankUrls(input.text));
  const starts = lineStarts(text);
  // no clock time, no schedule: the date patterns are not run at all
  const times = findTimes(text);
  if (!times.length) return null;
  const lines = text.split('\n');
  const dates = findDates(text);
  const decl = declaredZones(text);
  const dateLines = dates.map((d) => lineOf(starts, d.index));
  // "9:45 - 10:30  Yolanda Birch … - where our reporting breaks today": a "today" far along an agenda row is the
  // prose's, and dates no session, on its row or below
  const rowProse = dates.map((d, k) => !!d.rel && /^\s*\d{1,2}(?::\d{2})?/.test(lines[dateLines[k]]) && d.index - starts[dateLines[k]] > 70);
  const cands: Cand[] = [];
  for (const t of times) {
    const line = lineOf(starts, t.index);
    const before = text.slice(Math.max(starts[line], t.index - 80), t.index);
    let prevLabelLine = line - 1;
    while (prevLabelLine >= 0 && !lines[prevLabelLine].trim()) prevLabelLine--;
    // "Previous schedule (canceled)" over "Tuesday, March 24, 2026 . 11:00 AM": the line may open with the date
    const lead = text.slice(starts[line], t.index);
    const prevLabel = prevLabelLine >= 0 && PREV_LABEL.test(lines[prevLabelLine].trim()) && (!lead.trim() || (lead.length <= 60 && DATE_LEAD.test(lead)));
    const ownLabel = /^\s*(?:[>*]\s*)*(?:former|previous(?:ly)?(?: time| scheduled(?: for)?| schedule)?|original(?:ly)?(?: time| scheduled(?: for)?)?|old(?: time)?|was)\s*:/i.test(lines[line]);
    const prev = prevLabel || ownLabel || PREV_INLINE.test(before);
    // an agenda row that is the arrival, not a session ("8:45 AM  Arrival & check-in with …")
    const afterOnLine = text.slice(t.end, t.end + 40);
    const arrival = /^\s*(?:[-–|:]\s*)?(?:arrival|arrive|please arrive|check[- ]?in|registration|badge pick-?up|sign[- ]in(?: at)?|(?:hotel |airport )?pick-?up (?:at|from) (?:the|your)|shuttle|drive (?:to|from) (?:the )?(?:campus|office|hotel|airport))\b/i.test(afterOnLine) ||
      // "8:45 AM – Beverly Tran will meet you in the lobby": a greeting before the first session
      /^\s*(?:[AP]\.?M\.?)?\s*(?:[-–|:]\s*)?[^.\n]{0,40}\b(?:will|'ll) (?:meet|greet|collect|pick) you (?:up )?(?:in|at) (?:the )?(?:main )?(?:lobby|reception|front desk|entrance|security desk|visitor)/i.test(text.slice(t.end, t.end + 110)) ||
      // "I'm on a 7am flight": travel, not the interview
      /^\s*(?:[A-Z]{2,4}\s+)?(?:flight|train|bus|ferry|departure|boarding)\b/i.test(afterOnLine) ||
      // "Bea will pop into the Zoom at 9:55 AM PT for an optional tech check": a check before the interview, not the interview
      /^\s*(?:[A-Z]{1,4}T\b|\([^)]*\))?\s*(?:for (?:a|an|the) (?:quick |short |optional |brief )*)(?:tech(?:nical)?|audio|sound|equipment|camera|connection|video) (?:check|test)\b/i.test(afterOnLine) ||
      // "Please join at 9:55 AM so we can do a quick audio/screen-share check before your first session"
      /\bminutes? early\s*\(?\s*$/i.test(before) ||
      (/\b(?:join|log ?in|dial in|hop on)\b[^.\n]{0,40}$/i.test(before) && /^[^.\n]{0,60}\b(?:tech(?:nical)?|audio|sound|screen[- ]?share|connection|equipment|camera)(?:\/[\w-]+)?\s+(?:check|test)\b/i.test(text.slice(t.end, t.end + 80)));
    const isEnd = (END_LABEL.test(before) || BLOCKED_UNTIL.test(before)) && !/\bstart/i.test(before);
    // "2:30 PM until 3:30 PM": after a time on the line, "until" ends the interview; alone ("reply until 5pm") it is a deadline
    const endAfterStart = isEnd && /\b(?:until|till)(?:\s+(?:about|around|approximately|roughly))?\s*$/i.test(before) && times.some((o) => o !== t && o.index < t.index && o.index >= starts[line]);
    const excluded = prev || arrival || (excludedBefore(before) && !endAfterStart);
    // the date for this time: same line (closest), else the last one before, else one just after
    let dm: DateMention | null = null;
    let best = Infinity;
    // "our clocks go back on Sunday 25 October, while yours only change on 1 November — … 16:00 here is 10:00 in
    // Chicago": the days the clocks change date no time of the note
    const clockNote = DST_NOTE.test(lines[line]);
    for (let k = 0; k < dates.length; k++) {
      const d = dates[k];
      if (dateLines[k] !== line) continue;
      if (clockNote && CLOCK_CHANGE_BEFORE.test(text.slice(Math.max(0, d.index - 30), d.index))) continue;
      if (rowProse[k]) continue;
      // "Summit Corporate Travel will rebook your flight for Sunday, November 8": the day of the journey, not the interview
      if (TRAVEL_BEFORE.test(text.slice(Math.max(0, d.index - 50), d.index))) continue;
      // "9:00am SGT (Thursday evening for you)": the reader's own day, not the interview's
      // …"9.00pm SGT — this should be 8.00am on Friday morning for you in Chicago" too
      if (d.index > t.end && d.m === null && (/^\s*(?:[A-Z]{2,5}\s*)?\(\s*(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:on\s+)?)?$/i.test(text.slice(t.end, d.index)) || /\b(?:should be|that['’]s|which is|will be|means|is)\b/i.test(text.slice(t.end, d.index))) && /^\s*(?:morning|afternoon|evening|night)?\s*(?:for you|your time|in [A-Z][a-z]+|here)/.test(text.slice(d.end, d.end + 30))) continue;
      const dist = d.index < t.index ? t.index - d.end : (d.index - t.end) * 1.5;
      if (dist < best) {
        best = dist;
        dm = d;
      }
    }
    if (!dm) {
      for (let k = dates.length - 1; k >= 0; k--) {
        // the old date of a move ("Previously Tuesday, April 14 …") dates no session of the new schedule
        if (dateLines[k] !== line && PREV_DATE_LINE.test(lines[dateLines[k]])) continue;
        // "Victoria moves to daylight saving time on Sunday, October 4.": a note about the clocks dates no session
        if (DST_NOTE.test(lines[dateLines[k]]) || rowProse[k]) continue;
        if (dates[k].end <= t.index && t.index - dates[k].end < 700) {
          dm = dates[k];
          break;
        }
      }
    }
    if (!dm) dm = dates.find((d) => d.index >= t.end && d.index - t.end < 200) ?? null;
    // a long agenda's later rows, far below its date: the day of the row just above
    if (!dm) {
      const above = cands[cands.length - 1];
      if (above?.dm && above.line >= line - 3 && above.line < line && !above.excluded) dm = above.dm;
    }
    // "push tomorrow's call from 2:00 to 3:30pm": not a range but the old time and the new one
    if (t.endH !== null && MOVE_FROM.test(before) && !prev) {
      const moved: TimeMention = { ...t, h: t.endH, mi: t.endMi ?? 0, endH: null, endMi: null };
      cands.push({ t: moved, dm, line, prev: false, excluded: false, isEnd: false, newHint: true });
      continue;
    }
    cands.push({ t, dm, line, prev, excluded, isEnd, newHint: NEW_INLINE.test(before) });
  }

  const questions: string[] = [];
  let zonesCache: ReturnType<typeof findZones> | null = null;
  const allZones = () => (zonesCache ??= findZones(text, 50));
  const refDates = new Map<string, string | null>();
  // each time's nearest earlier time told with a zone (candidates are in text order; a move's end shares its index)
  const zonedBefore = new Map<Cand, Cand>();
  const zoned: Cand[] = [];
  // an agenda's rows, each within 8 lines of the one before, down from a time told with its zone
  const agendaZone = new Map<Cand, ZoneRef>();
  let chain: { ref: ZoneRef; line: number } | null = null;
  for (const c of cands) {
    let k = zoned.length - 1;
    while (k >= 0 && zoned[k].t.index >= c.t.index) k--;
    if (k >= 0) zonedBefore.set(c, zoned[k]);
    if (c.t.zone) {
      zoned.push(c);
      chain = { ref: c.t.zone, line: c.line };
    } else if (chain && c.line - chain.line <= 8) {
      agendaZone.set(c, chain.ref);
      chain.line = c.line;
    } else chain = null;
  }
  const zoneFor = (c: Cand): { ref: ZoneRef; assumed: boolean } => {
    if (c.t.zone) return { ref: c.t.zone, assumed: false };
    for (let k = c.line + 1; k <= c.line + 4 && k < lines.length; k++) {
      const z = zoneOnlyLine(lines[k]);
      if (z) return { ref: z, assumed: false };
    }
    const sameLine = findZones(lines[c.line], 1)[0];
    if (sameLine) return { ref: sameLine.ref, assumed: false };
    // "2:30 PM Eastern (… until 3:30)": the zone of the time told just before it on the line
    const prior = zonedBefore.get(c);
    if (prior?.t.zone && prior.line === c.line) return { ref: prior.t.zone, assumed: false };
    if (decl.length) {
      const before = [...decl].reverse().find((d) => d.index < c.t.index);
      return { ref: (before ?? decl[0]).ref, assumed: false };
    }
    for (let k = c.line - 1; k >= Math.max(0, c.line - 4); k--) {
      const z = zoneOnlyLine(lines[k]);
      if (z) return { ref: z, assumed: false };
    }
    // an agenda's rows under "9:00 AM – 10:15 AM Singapore Time (SGT, GMT+8)": the zone that header's time was told in
    const row = agendaZone.get(c);
    if (row) return { ref: row, assumed: false };
    const all = allZones();
    const near = all.find((z) => z.index > c.t.end && z.index - c.t.end < 400) ?? [...all].reverse().find((z) => z.index < c.t.index && c.t.index - z.end < 400);
    if (near) return { ref: near.ref, assumed: false };
    const subj = findZones(input.subject, 1)[0];
    if (subj) return { ref: subj.ref, assumed: false };
    return { ref: { kind: 'iana', zone: input.userZone, generic: false }, assumed: true };
  };

  interface Resolved {
    c: Cand;
    date: string;
    zone: ZoneRef;
    assumed: boolean;
    start: Date;
    end: Date | null;
    certainty: number;
    qs: string[];
  }
  const resolved: Resolved[] = [];
  for (const c of cands) {
    if (!c.dm || (c.excluded && !c.prev)) continue;
    const { ref, assumed } = zoneFor(c);
    const zone = regionalise(ref, input.context);
    const refZone = zone.kind === 'iana' ? zone.zone : `UTC${zone.minutes >= 0 ? '+' : '-'}${Math.abs(zone.minutes / 60)}`;
    let refDate = refDates.get(refZone);
    if (refDate === undefined) {
      refDate = input.sent ? dateIn(input.sent, zone.kind === 'iana' ? zone.zone : fixedZoneName(zone.minutes)) : null;
      refDates.set(refZone, refDate);
    }
    if (!refDate && c.dm.y === null) continue;
    const dayFirst = zone.kind === 'iana' && !MONTH_FIRST_ZONE.test(zone.zone);
    const rd = resolveDate(c.dm, refDate ?? `${c.dm.y}-01-01`, dayFirst);
    if (!rd) continue;
    const start = instantOf(rd.date, c.t.h, c.t.mi, zone);
    if (!start) continue;
    let end: Date | null = null;
    if (c.t.endH !== null) end = instantOf(rd.date, c.t.endH, c.t.endMi ?? 0, zone);
    resolved.push({ c, date: rd.date, zone, assumed, start, end, certainty: rd.certainty * (c.t.explicit ? 1 : 0.8), qs: rd.questions });
  }
  // a conversion for the reader ("9:00 AM your time") repeats a time written out in full elsewhere
  // …and a time told in the reader's own zone beside the email's declared one ("All times in British Summer Time
  // (BST, London) · 8:00 AM – 10:30 AM in Central Time (Chicago)", "that's 10:00 AM in Chicago too")
  const reader = readerPatterns(input.userZone);
  const foreign = resolved.some((r) => !r.assumed && !r.c.excluded && !(r.zone.kind === 'iana' && r.zone.zone === input.userZone));
  // "8:00 AM – 10:30 AM in Central Time (Chicago)" beside the email's declared zone: told in the reader's own zone
  const forReader = (r: Resolved) =>
    foreign && !r.assumed && r.zone.kind === 'iana' && r.zone.zone === input.userZone && reader.near.test(text.slice(Math.max(0, r.c.t.index - 60), r.c.t.end + 60));
  // "That's 7am in Chicago", "Pour vous, à Chicago, cela correspond à 9h00": addressed to the reader, whatever zone
  // the sentence around it lent the time
  const addressed = resolved.map((r) => reader.after.test(text.slice(r.c.t.end, r.c.t.end + 30)) || reader.before.test(text.slice(Math.max(0, r.c.t.index - 50), r.c.t.index)));
  const plainExists = resolved.some((o, k) => !o.c.excluded && !o.c.isEnd && !addressed[k]);
  // "Our team is in San Francisco, so your interviewers will be joining at 11:00 AM Pacific": the same moment on their clocks
  const forOthers = (r: Resolved) => FOR_OTHERS_BEFORE.test(text.slice(Math.max(0, r.c.t.index - 60), r.c.t.index)) || FOR_OTHERS_AFTER.test(text.slice(r.c.t.end, r.c.t.end + 40));
  const convertedSet = new Set(resolved.filter((r, k) => YOUR_TIME_AFTER.test(text.slice(r.c.t.end, r.c.t.end + 30)) || forReader(r) || (addressed[k] && plainExists) || forOthers(r)));
  // "Times below are shown in your time zone" over "6:00 PM CST (America/Chicago)" and "Tokyo time … 9:00 AM JST": the
  // reader's times are the schedule, the others their conversions
  if (SHOWN_IN_YOURS.test(text)) {
    const mine = resolved.filter((r) => !r.assumed && !r.c.excluded && r.zone.kind === 'iana' && r.zone.zone === input.userZone);
    if (mine.length) for (const r of resolved) if (!mine.includes(r) && !r.assumed && mine.some((o) => o.start.getTime() === r.start.getTime())) convertedSet.add(r);
  }
  const converted = (r: Resolved) => convertedSet.has(r);
  let live = resolved.filter((r) => !r.c.excluded);
  // …unless nothing else has a zone: in "Let's plan on 9:30 your time (that's 8:30 for me)" and "at 3pm (2pm your
  // time)" only the reader's time is in a known zone
  const toldForReader = live.filter((r) => YOUR_TIME_AFTER.test(text.slice(r.c.t.end, r.c.t.end + 30)));
  if (toldForReader.length && live.every((r) => converted(r) || r.assumed)) live = toldForReader;
  else if (live.some((r) => !converted(r))) live = live.filter((r) => !converted(r));
  const prevOnes = resolved.filter((r) => r.c.prev);
  if (!live.length) return null;

  const distinctDates = [...new Set(live.filter((r) => !r.c.isEnd).map((r) => r.date))];
  const firstLine = inputLinesOf(input.text)[live[0].c.line] ?? '';
  // …or two times of one day offered as choices ("Could any of these work for you? • Thursday 2/12 at 1:00 PM CT •
  // Thursday 2/12 at 3:30 PM CT")
  const distinctStarts = new Set(live.filter((r) => !r.c.isEnd).map((r) => r.start.getTime())).size;
  const proposal = (distinctDates.length >= 2 && PROPOSAL.test(input.text)) || (distinctStarts >= 2 && CHOICES.test(input.text)) || ASK_WINDOWS.test(firstLine) || AVAILABILITY_ASK.test(input.text);

  // the group: prefer times marked as the new time, then the first date mentioned
  const hinted = live.find((r) => r.c.newHint);
  const chosen = hinted ?? live[0];
  // the calendar's own rendering of the same moment ("Wednesday Sep 9, 2026 ⋅ 5pm – 6pm", then its zone) tells it in
  // the event's zone; a note's "8:00am Thursday, Sydney time" is the same instant told for someone else
  const first = live.find((r) => r !== chosen && r.start.getTime() === chosen.start.getTime() && lines[r.c.line].includes('⋅')) ?? chosen;
  // a loop "split across two days": its sessions on the following day belong to it too
  const days = !proposal && MULTI_DAY.test(input.text) ? 4 : 0;
  const inLoop = (d: string) => d === first.date || (days > 0 && d > first.date && Date.parse(d) - Date.parse(first.date) <= days * 86400_000);
  const group = live.filter((r) => inLoop(r.date) && r.zone.kind === first.zone.kind);
  const startR = group.filter((r) => !r.c.isEnd).reduce((a, b) => (b.start < a.start ? b : a), group.find((r) => !r.c.isEnd) ?? first);
  let end: Date | null = null;
  for (const r of group) {
    const e = r.c.isEnd ? r.start : r.end;
    if (e && e > startR.start && (!end || e > end)) end = e;
  }
  if (end && end.getTime() - startR.start.getTime() > (days ? (days + 1) * 24 : 14) * 3600_000) end = null;
  if (!end) {
    const dur = findDuration(input.text, [input.subject]);
    if (dur) end = new Date(startR.start.getTime() + dur.minutes * 60_000);
  }
  if (startR.assumed) questions.push(`No time zone was given; I assumed ${input.userZone}.`);
  questions.push(...startR.qs);
  if (distinctDates.length >= 2 && !proposal && !hinted && !days) questions.push('The email mentions more than one date; I used the first one.');
  const prevStart = prevOnes.find((r) => r.date !== startR.date || r.start.getTime() !== startR.start.getTime());
  const inputLines = input.text.split('\n');
  const sessionLines = group.filter((r) => !r.c.isEnd).map((r) => withDetails(inputLines, r.c.line));
  return {
    start: startR.start,
    end,
    zone: startR.zone,
    assumedZone: startR.assumed,
    previousStart: prevStart ? prevStart.start : null,
    questions,
    certainty: startR.certainty * (startR.assumed ? 0.7 : 1),
    proposal,
    sessions: group.length,
    lines: sessionLines,
  };
}
