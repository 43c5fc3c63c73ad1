// What a stripped reply says: intents in order of appearance, a date for decision-date/snooze, and a note.
//
// The text is cut into sentences, then clauses. Each intent has a few phrase patterns; a match counts unless a
// negation or a hypothetical ("haven't", "no … yet", "if", "hoping for") sits just before it in its clause.
// Sentences that carry a command are not part of the note; what is left, minus pleasantries, is the note.
// Unclear text gives no intent at all: the workflow answers "I didn't understand" rather than guess.
import type { ReplyIntent, ReplyReading } from '../types.js';
import { REPLY_INTENTS } from '../types.js';
import { addDays, localDate } from '../time.js';
import { findDate } from './dates.js';

/** Snooze with no date in the reply: remind again the next day (documented in README.md). */
export const DEFAULT_SNOOZE_DAYS = 1;

/** Longer replies are read up to here (a 750 KB quote is already gone after stripping). */
const MAX_TEXT = 1_000_000;
/** Clauses longer than this are content, never a command; patterns only run on shorter ones. */
const MAX_COMMAND_CLAUSE = 600;

interface Pattern {
  re: RegExp;
  /** false when the pattern itself contains the negation ("didn't go well") */
  negatable?: boolean;
  /** allowed in a question ("can you remind me on Friday?") */
  inQuestion?: boolean;
  /** only real negations cancel it, not future/hypothetical wording ("they will decide by Friday") */
  strictOnly?: boolean;
  /** counts only when the clause also holds a date ("they said about two weeks") */
  needsDate?: boolean;
  /** addressed to us, not said of the company ("check back with me Friday", not "they'll get back to me") */
  userAddressed?: boolean;
}

/** A real negation in the last words before a phrase: "haven't sent", "no offer", "didn't go badly". */
const NEG_STRICT =
  /\b(not|no|never|n't|haven't|havent|hasn't|hasnt|hadn't|didn't|didnt|don't|dont|doesn't|doesnt|won't|wont|wasn't|wasnt|weren't|isn't|isnt|aren't|can't|cant|couldn't|couldnt|without|yet to|almost|nearly|nothing)\b[^.!?;]*$/;
/** Future or hypothetical before a phrase: "if they make an offer", "will send it", "hoping for next round". */
const NEG_HYPO =
  /\b(if|whether|unless|hope|hopefully|hoping|hoped|waiting for|waiting on|wait for|still waiting|fingers crossed|in case|might|may|maybe|expect|expecting|possibly|potentially|once|about to|going to|gonna|plan to|planning to|will|i'll|should i|should|need to|have to|or)\b[^.!?;]*$/;
const THIRD_PERSON = /\b(?:they|they'll|they'd|she|she'll|he|he'll|recruiter|hr|company|team|manager|would|will)\s*(?:\w+\s+)?$/;
const NEG_AFTER = /^[^.!?;,]{0,20}\b(yet)\b/;
const HYPO_AFTER = /^[^.!?;,]{0,25}\b(soon|hopefully|fingers crossed)\b|^\s*(?:would|might|could|may)\s+(?:\w+\s+)?be\b/;
/** The user speaking of their own next move ("I'll update you after I hear"), not of the company's decision. */
const FIRST_PERSON_BEFORE = /\b(?:i|i'll|i will|i'd|i would|i can|i'm going to|i am going to)\s+(?:\w+\s+){0,2}$/;
/** A date mentioned earlier in the reply, pointed back at ("check back then", "snooze till then"). */
const ANAPHORIC_DATE = /\b(?:then|that day|that date)\b/;

/**
 * Phrases that mention an intent only to deny it or put it off: the clause is neither a command nor a note
 * ("haven't sent it yet", "will send it tonight", "still waiting, nothing yet").
 */
const DENIALS: RegExp[] = [
  /\b(?:will|'ll|going to|gonna|about to|plan to|planning to|need to|have to|should|yet to|want to|tonight i'll)\s+(?:\w+\s+)?send\b/,
  /\b(?:still waiting|no news|no word|nothing yet|still nothing|nothing new|nothing so far|no update|not yet|no response|no reply|radio silence|crickets)\b/,
  /\b(?:haven't|have not|hasn't|has not|didn't|did not|not)\s+(?:\w+\s+)?(?:heard|sent|received|gotten|got)\b/,
];

const P = (re: RegExp, o: Omit<Pattern, 're'> = {}): Pattern => ({ re, negatable: true, ...o });

const PATTERNS: Record<Exclude<ReplyIntent, 'note'>, Pattern[]> = {
  sent: [
    P(/^(?:ok(?:ay)?[,!.]?\s+|done[,!.]?\s+|yes[,!.]?\s+|yep[,!.]?\s+|(?:thanks|thank you|thx)[,!.]?\s+|all\s+)?(?:i\s+|i've\s+|i have\s+|we\s+)?(?:just\s+|already\s+|finally\s+|also\s+)?sent\b(?!\s+(?:from|to me|me|over|us)\b)/),
    P(/\b(?:i|i've|i have|i just|just|already|finally)\s+(?:\w+\s+)?sent\s+(?:it|the|my|a|her|him|them|that|this|mine|out|off)\b(?!\s+(?:from)\b)/),
    P(/\b(?:thank[- ]?you(?:\s+(?:note|email|e-mail|letter|message))?|ty note|note|email|it)\s+(?:is\s+|was\s+|has been\s+|got\s+|went\s+|been\s+)?(?:sent|out)\b(?!\s+(?:from|of)\b)/),
    P(/\b(?:sent|emailed|e-mailed|mailed|fired off|shot off|dropped)\s+(?:\w+\s+){0,3}(?:a\s+|the\s+|my\s+)?thank[- ]?(?:you|yous)\b/),
    P(/\bthank[- ]?you\s+(?:\w+\s+)?(?:done|sent|is out|went out|delivered)\b/),
    P(/^(?:done|all done|done and done)\b[^.!?]*\b(?:sent|thank)/),
  ],
  'next-round': [
    P(/\b(?:next|final|second|2nd|third|3rd|fourth|4th|another|last|onsite|on-site|technical|panel)(?:\s+|-)(?:round|stage|interview|step)s?\b/),
    P(/\bround\s+(?:2|3|4|two|three|four)\b/),
    P(/\b(?:want|wants|wanted|invited|invite|asked|bring|bringing|brought|have|having)\s+(?:me\s+)?(?:back|in)\b(?!\s+(?:to|in)\s+(?:touch|mind))/),
    P(/\b(?:moving|moved|advancing|advanced|passing|passed|pushing|pushed)\s+(?:me\s+)?(?:forward|on|ahead|along|through|to the)\b/),
    P(/\b(?:made it|got through|i'm through|i am through|going through)\s+to\b/),
    P(/\b(?:passed|cleared|aced)\s+(?:the\s+)?(?:phone screen|screen|first round|technical|take[- ]home|interview)\b/),
    P(/\b(?:scheduling|scheduled|set up|setting up|booked)\s+(?:a|the|my)\s+(?:follow[- ]up|second|next|final|another)\b/),
    P(/\bsecond\s+interview\b|\bfollow[- ]up\s+interview\b|\bsuper\s*day\b/),
    P(/\b(?:second|2nd|third|3rd|follow[- ]up)\s+(?:chat|call|conversation|meeting)\b/),
    // An onsite / final as the event itself: "Onsite next week.", "Final is on the 12th", "got an onsite".
    P(/^(?:an?\s+|the\s+|my\s+)?(?:onsite|on-site|final)\s+(?:is\s+|was\s+)?(?:next|this|tomorrow|on|scheduled|booked|set)\b|\b(?:got|have|scheduled|booked|invited (?:me )?to|for|to)\s+(?:an?|the|my)\s+(?:onsite|on-site)\b(?!\s+(?:office|days?|policy|requirement|work|team))|\bfly(?:ing)?\s+me\s+out\b/),
    // "Next is a panel.", "next up is the final"
    P(/\bnext\s+(?:up\s+)?(?:is|step is)\s+(?:an?\s+|the\s+|my\s+)?(?:panel|onsite|on-site|final|technical|take[- ]home|case study|loop|superday)\b/),
    P(/\b(?:sent|gave|giving|send|sending)\s+me\s+(?:a\s+|the\s+)?take[- ]home\b/),
  ],
  offer: [
    P(/\boffer(?:s)?\b(?!\s+(?:to|of help|stage|stages)\b)(?!ed\b)/),
    P(/\boffered\s+(?:me\s+)?(?:the|a|an)?\s*(?:job|role|position|spot|offer)\b/),
    P(/\b(?:i|we)\s+got\s+(?:it|the job|the role|the position)\b/),
    P(/\b(?:got|landed)\s+the\s+(?:job|role|position|gig)\b/),
  ],
  rejected: [
    P(/\breject(?:ed|ion|s)?\b/),
    P(/\b(?:went|going|gone|go)\s+with\s+(?:another|a different|someone|somebody|other|a stronger|an internal|the other)\b/),
    P(/\b(?:chose|picked|selected|hired)\s+(?:another|someone|somebody|a different|an internal|other)\b/),
    P(/\b(?:not|won't be|will not be|aren't|are not|isn't|is not|decided not to|chose not to|decided against)\s+(?:be\s+)?(?:moving|move|going)\s+(?:forward|ahead)\b/, { negatable: false }),
    P(/\b(?:moving|move|go|going|proceed|proceeding)\s+(?:forward\s+)?with\s+(?:other|another|different)\s+candidates?\b/),
    P(/\b(?:didn't|did not|don't|do not)\s+get\s+(?:it|the job|the role|the position|the offer|an offer|selected|picked|through)\b/, { negatable: false }),
    P(/\b(?:not|wasn't|was not)\s+(?:selected|chosen|picked|successful|a (?:good |great |strong )?fit|the right fit|moving on)\b/, { negatable: false }),
    P(/\b(?:didn't|did not)\s+make\s+(?:it|the cut)\b/, { negatable: false }),
    P(/\b(?:turned|turning)\s+me\s+down\b|\bpassed\s+on\s+me\b|\bthey\s+passed\b|\b(?:it's|its|it is|that's|answer was)\s+a\s+no\b|\bthey\s+said\s+no\b/),
    P(/\b(?:position|role|job|req)\s+(?:has been|was|got|is)\s+(?:filled|closed|cancelled|canceled|eliminated)\b|\bfilled\s+the\s+(?:role|position)\b/),
    P(/\bno\s+longer\s+(?:being\s+)?considered\b|\bnot\s+(?:being\s+)?considered\b|\bdeclined\s+(?:me|my application)\b/, { negatable: false }),
    P(/\bno\s+(?:luck|dice|go)\b/, { negatable: false }),
    P(/\b(?:hired|hiring|filled it|filling it|went)\s+internally\b/),
    P(/\b(?:going|go|went|gone|headed|heading)\s+(?:in\s+)?(?:a|another)\s+different\s+direction\b/),
    P(/\bunfortunately\b[^.!?]*\b(?:other|another|not|no)\b/, { negatable: false }),
  ],
  withdrawn: [
    P(/\bwithdr(?:aw|awing|ew|awn)\b/),
    P(/\b(?:pull|pulled|pulling|bow|bowed|bowing|drop|dropped|dropping|back|backed|backing|opt|opted|opting)\s+(?:myself\s+)?out\b/),
    P(/\b(?:pulled|pull|pulling)\s+my\s+(?:application|candidacy|name)\b/),
    P(/\b(?:took|taking|take|accepted|accepting|accept|signed|signing)\s+(?:an?|the|another|a different)\s+(?:other\s+)?(?:offer|job|role|position)\s+(?:elsewhere|somewhere else|at)\b/),
    P(/\b(?:took|taking|accepted|accepting|signed)\s+(?:another|a different|an other)\s+(?:offer|job|role|position)\b/),
    P(/\b(?:no longer|not)\s+(?:interested|pursuing|going to pursue|continuing)\b/, { negatable: false }),
    P(/\b(?:not interested|lost interest)\b/, { negatable: false }),
    P(/\b(?:i|i've|i have|we)\s+(?:\w+\s+)?(?:decided|chose|choosing|deciding|am choosing)\s+not\s+to\s+(?:continue|proceed|pursue|move forward|go forward|go ahead|take it)\b/, { negatable: false }),
    P(/\b(?:i|i've|i have)\s+(?:\w+\s+)?(?:declined|turned down|passed on)\b/),
    // "I'm turning it down", "I turned their offer down", "we're declining it"
    P(/\b(?:i|i've|i have|i'm|i am|we|we're|we've)\s+(?:\w+\s+)?(?:turn(?:ed|ing)?\s+(?:it|them|this|that|this one|that one|the offer|their offer|the role|the job)\s+down|turning\s+down|declining)\b/),
    P(/\b(?:i'm|i am)\s+out\b(?!\s+(?:of|this|today|tomorrow|until|till|next|on)\b)/),
  ],
  'heard-back': [
    P(/\bheard\s+back\b|\bhear\s+back\s+from\b(?=[^.!?]*\b(?:today|yesterday|this morning)\b)/),
    P(/\bheard\s+from\s+(?:them|the recruiter|the hiring manager|hr|recruiting)\b/),
    P(/\b(?:they|recruiter|recruiting|hr|hiring manager|she|he|\w+)\s+(?:finally\s+|just\s+)?(?:got back to me|got back|replied|responded|wrote back|emailed (?:me )?back|called (?:me )?back|reached out|followed up|emailed|called)\b/),
    P(/\bgot\s+(?:a|an)\s+(?:reply|response|email|call|update|note)\s+(?:back\s+)?from\b/),
    P(/\b(?:still|they're still|they are still)\s+(?:deciding|interviewing|reviewing|talking to|meeting with|in process|evaluating)\b/),
  ],
  bombed: [
    P(/\bbomb(?:ed|ing)?\b|\btank(?:ed)?\s+(?:it|the)\b|\bblew\s+it\b|\bflopped\b|\bchoked\b|\bmessed\s+(?:it\s+)?up\b|\bscrewed\s+(?:it\s+)?up\b|\btrain\s*wreck\b|\bdisaster\b|\bcrashed\s+and\s+burned\b/),
    P(/\b(?:went|go|going|gone)\s+(?:really\s+|pretty\s+|very\s+|so\s+)?(?:badly|bad|poorly|terribly|horribly|awfully|awful|terrible|horrible|south|sideways|downhill)\b/),
    P(/\b(?:didn't|did not|doesn't|didnt)\s+go\s+(?:\w+\s+)?(?:well|great|good)\b/, { negatable: false }),
    P(/\b(?:not|wasn't|was not)\s+(?:great|good)\b(?=[^.!?]*$)/, { negatable: false }),
    P(/\b(?:rough|brutal|awful|terrible|horrible)\s+(?:one|interview|call|day)\b|\b(?:was|went)\s+(?:rough|brutal)\b/),
  ],
  missed: [
    P(/\bmiss(?:ed)?\s+(?:it|the|my|our|this|that)\b(?!\s+(?:question|part|point|detail|deadline))/),
    P(/\b(?:i|i've|i have)\s+missed\b/),
    P(/\b(?:couldn't|could not|didn't|did not|wasn't able to|was not able to)\s+(?:make it|make the|attend|join|show)\b(?!\s+(?:to|through|past)\b)/, { negatable: false }),
    P(/\bno[- ]show(?:ed)?\b|\bslept\s+through\b|\boverslept\b|\bforgot\s+(?:about\s+)?(?:it|the interview|the call)\b/),
  ],
  'decision-date': [
    P(/\b(?:decide|decides|deciding|decision|decisions)\b/, { strictOnly: true }),
    P(/\b(?:timeline|timeframe|time frame|turnaround)\b/, { strictOnly: true, needsDate: true }),
    P(/\b(?:let me know|get back to me|get back|hear(?:\s+back)?|hearing(?:\s+back)?|know|an answer|answer|news|update|response|feedback|word|timeline|next steps)\b[^.!?;]{0,40}\b(?:by|in|within|before|on|around|early|end|next|after|until|till|mid)\b/, { strictOnly: true, needsDate: true }),
    P(/\b(?:they|she|he|recruiter|hr|the recruiter|the hiring manager|dana)\s+(?:said|say|says|told me|mentioned|estimated|think|thinks)\b/, { strictOnly: true, needsDate: true }),
  ],
  snooze: [
    P(/\bsno{1,3}z(?:e|ed|ing)?\b/, { inQuestion: true, strictOnly: true }),
    // addressed to us ("pause these for a week", "can you hold off until Monday"), not "they asked me to hold off"
    P(/(?:^|\b(?:please|pls|can you|could you|would you|just|you can)\s+)(?:pause|hold\s+off)\b/, { inQuestion: true, strictOnly: true }),
    P(/\bremind\s+(?:me|us)\b|\breminder\b(?=[^.!?]*\b(?:in|on|next|tomorrow|for|until|till)\b)/, { inQuestion: true, strictOnly: true }),
    P(/\b(?:check|circle|ping|nudge|bug|ask|email|e-mail|write|follow up|get back|come back|reach out|touch base|try)\s+(?:back\s+|in\s+|again\s+|up\s+)?(?:with\s+|to\s+)?(?:me|us)\b|\b(?:check|circle)\s+(?:back|in)\b|\b(?:ping|nudge|bug|ask)\s+me\b/, { inQuestion: true, strictOnly: true, needsDate: true, userAddressed: true }),
    P(/\b(?:ask|check|try)\s+(?:me\s+)?again\b|\blater\s+please\b|^later\b/, { inQuestion: true, strictOnly: true }),
    P(/^not\s+(?:right\s+)?now\b|^(?:busy|swamped)[,.!]?\s+not\s+now\b/, { inQuestion: true, negatable: false }),
  ],
  stop: [
    P(/^stop\b|\bstop\s+(?:the\s+|all\s+|these\s+|your\s+|sending\s+|following|emailing|reminding|tracking|bugging|asking|with|it|this|follow|reminders|emails)|\bplease\s+stop\b|\bstop\s*(?:please|now|!|\.|$)/, { inQuestion: true, strictOnly: true }),
    P(/\bunsubscribe\b|\bno\s+more\s+(?:reminders|emails|follow[- ]?ups|prompts|messages|check[- ]ins)\b|\bleave\s+me\s+alone\b|\bcancel\s+(?:the\s+)?(?:reminders|follow[- ]?ups|this|it|all)\b|\bdon't\s+(?:need|want)\s+(?:any\s+more\s+|more\s+)?(?:reminders|follow[- ]?ups|emails)\b|\bturn\s+(?:this|it|these)\s+off\b|\bstop\s+tracking\b|\bno\s+need\s+to\s+follow\s+up\b|\bclose\s+(?:this|it)\s+out\b/, { inQuestion: true, negatable: false, strictOnly: true }),
  ],
  help: [
    P(/^help\b|\bhelp\s*[?!.]*$|\bwhat\s+(?:can|do|should)\s+i\s+(?:say|reply|write|type|send)\b|\b(?:list of\s+|the\s+|what are the\s+)?commands\b|\bhow\s+does\s+this\s+work\b|\bwhat\s+are\s+(?:my|the)\s+options\b/, { inQuestion: true, negatable: false, strictOnly: true }),
  ],
};

/** What happened with the interview (not requests to us): repeating one in a later sentence adds detail. */
const OUTCOMES = new Set<ReplyIntent>(['sent', 'next-round', 'offer', 'rejected', 'withdrawn', 'heard-back', 'bombed', 'missed']);

/** Words that make a sentence a pleasantry or filler rather than a note. */
const FILLER = new Set(
  (
    'thanks thank you so much very ok okay k great cool got it sounds good hi hello hey there yes yep yeah no nope ' +
    'sure will do please appreciate appreciated awesome perfect lol haha bye cheers best regards all set done noted ' +
    'much again for the help and a lot oh ah hmm hm um uh well wow nice sweet fine alright right good morning ' +
    'afternoon evening me this that it will just fyi not'
  ).split(/\s+/),
);

interface Span {
  start: number;
  end: number;
  text: string;
  /** a sentence that only denies an intent ("Haven't heard back yet."): in the note only beside real content */
  soft?: boolean;
}

/**
 * Regions of pasted speech: a passage in double quotes right after a colon ("They wrote:
 * \"… we will get back to you by Friday.\""). It is read for intents and dates, but it is the company's wording,
 * not the user's, so it is never part of the note. One forward scan.
 */
function reportedRegions(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const isOpen = (c: string) => c === '"' || c === '“';
  const isClose = (c: string) => c === '"' || c === '”';
  let at = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (at < 0) {
      if (!isOpen(c)) continue;
      at = i;
    } else if (isClose(c)) {
      let k = at - 1;
      while (k >= 0 && /\s/.test(s[k]) && at - k < 40) k--;
      // only a passage of at least one whole sentence right after a colon, not a quoted word or phrase
      if (k >= 0 && s[k] === ':' && /[.!?]$/.test(s.slice(Math.max(at, i - 1), i))) out.push([at, i + 1]);
      at = -1;
    }
  }
  return out;
}

const EMOJI = /^\p{Extended_Pictographic}/u;
const EMOJI_PART = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)/u;

/** Sentences (and lines) with their offsets. A hand-written scan: linear on any input. */
function sentences(s: string): Span[] {
  const out: Span[] = [];
  const n = s.length;
  let start = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(s[a])) a++;
    while (b > a && /\s/.test(s[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b, text: s.slice(a, b) });
  };
  for (let i = 0; i < n; i++) {
    const c = s[i];
    const code = c.charCodeAt(0);
    if (code >= 0x2190 && EMOJI.test(s.slice(i, i + 2))) {
      // An emoji often ends a sentence: "I overslept and missed it 🤦 Emailed the recruiter …"
      let j = i;
      while (j < n && (EMOJI_PART.test(s.slice(j, j + 2)) || /[\udc00-\udfff]/.test(s[j]))) j++;
      if (j < n && /[ \t]/.test(s[j]) && /[ \t]+[A-Z]/.test(s.slice(j, j + 4))) {
        push(start, j);
        start = j;
      }
      i = j - 1;
      continue;
    }
    if (c === '\n') {
      push(start, i);
      start = i + 1;
    } else if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i;
      while (j + 1 < n && '.!?…"\')]”’'.includes(s[j + 1])) j++;
      // An emoji right after the punctuation still belongs to the sentence: "Offer! 🎉 Base is 150k."
      let k = j + 1;
      while (k < n && k - j < 4 && (s[k] === ' ' || s[k] === '\t')) k++;
      if (k > j + 1 && k < n && EMOJI.test(s.slice(k, k + 2))) {
        let e = k;
        while (e < n && e - k < 40 && (EMOJI_PART.test(s.slice(e, e + 2)) || /[\udc00-\udfff]/.test(s[e]))) e++;
        if (e >= n || /\s/.test(s[e])) j = e - 1;
      }
      // A sentence ends at punctuation followed by a space or the end ("165.5", "e.g.x", "127.0.0.1" do not).
      if (j + 1 >= n || /\s/.test(s[j + 1])) {
        push(start, j + 1);
        start = j + 1;
      }
      i = j;
    }
  }
  push(start, n);
  return out;
}

/** Clauses of a sentence: split at ";", dashes between spaces, ", and" / ", but", so one clause = one idea. */
function clauses(sp: Span): Span[] {
  const out: Span[] = [];
  const re = /;|\s[—–-]{1,2}\s|,\s?(?:and|but|so|plus|though)\s|\s(?:and|but)\s(?:also\s)?(?=(?:i|they|we|she|he|the|it|she's|he's|they're|i'm|i've)\b)/gi;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sp.text)) !== null) {
    if (m.index > last) pushTrimmed(out, sp, last, m.index);
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  if (last < sp.text.length) pushTrimmed(out, sp, last, sp.text.length);
  return out;
}

function pushTrimmed(out: Span[], sp: Span, a: number, b: number): void {
  const raw = sp.text.slice(a, b);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text) out.push({ start: sp.start + a + lead, end: sp.start + a + lead + text.length, text });
}

/** Lower-case, straight apostrophes, single spaces — offsets preserved (same length as the input). */
function normalize(s: string): string {
  return s.toLowerCase().replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"');
}

interface Hit {
  intent: Exclude<ReplyIntent, 'note'>;
  index: number;
  /** end of the clause the phrase was found in (dates are looked for after the phrase first) */
  clauseEnd?: number;
}

function isNegated(lowerClause: string, at: number, len: number, strictOnly: boolean): boolean {
  // A negation does not reach past a comma: "Not sent yet, remind me tomorrow" still asks for a reminder.
  const window = lowerClause.slice(Math.max(0, at - 40), at);
  const before = window.slice(window.lastIndexOf(',') + 1);
  // Only the last few words before the phrase matter: "I haven't sent it" but not "no worries, sent it".
  const words = before.split(/\s+/).filter(Boolean).slice(-4).join(' ');
  if (/\b(?:no worries|no problem|not sure why|not only|no doubt)\b/.test(words)) return false;
  const after = lowerClause.slice(at + len, at + len + 40);
  if (NEG_STRICT.test(words) || NEG_AFTER.test(after)) return true;
  return !strictOnly && (NEG_HYPO.test(words) || HYPO_AFTER.test(after));
}

interface ClauseReading {
  hits: Hit[];
  /** an intent was mentioned and denied: not a command, not a note either */
  denied: boolean;
}

function readClause(lowerClause: string, isQuestion: boolean, today: string, earlierDate: boolean): ClauseReading {
  const hits: Hit[] = [];
  let denied = false;
  for (const intent of Object.keys(PATTERNS) as (keyof typeof PATTERNS)[]) {
    for (const p of PATTERNS[intent]) {
      if (isQuestion && !p.inQuestion) continue;
      const m = p.re.exec(lowerClause);
      if (!m) continue;
      const negatedInside = /\b(?:not|never|n't|didnt|havent|hasnt)\b|n't\b/.test(m[0]);
      if (p.negatable !== false && (negatedInside || isNegated(lowerClause, m.index, m[0].length, p.strictOnly === true))) {
        denied = true;
        continue;
      }
      if (intent === 'decision-date' && FIRST_PERSON_BEFORE.test(lowerClause.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (p.needsDate) {
        if (!findDate(lowerClause, today) && !(earlierDate && ANAPHORIC_DATE.test(lowerClause))) continue;
      }
      if (p.userAddressed && THIRD_PERSON.test(lowerClause.slice(Math.max(0, m.index - 30), m.index))) continue;
      hits.push({ intent, index: m.index });
      break;
    }
  }
  for (const hit of typoHits(lowerClause, isQuestion)) {
    if (hits.some((h) => h.intent === hit.intent)) continue;
    if (isNegated(lowerClause, hit.index, hit.len, false)) denied = true;
    else hits.push({ intent: hit.intent, index: hit.index });
  }
  if (!hits.length && DENIALS.some((re) => re.test(lowerClause))) denied = true;
  return { hits, denied };
}

/**
 * One-word outcomes typed on a phone ("rejcted", "withdrwe", "unsubcribe"): a word one edit (a letter added,
 * dropped, changed or two swapped) from the keyword. Only long keywords, and real words that sit one edit away
 * ("dejected") are not typos.
 */
const TYPO_KEYWORDS: Array<[string, Exclude<ReplyIntent, 'note'>]> = [
  ['rejected', 'rejected'],
  ['rejection', 'rejected'],
  ['withdrew', 'withdrawn'],
  ['withdrawn', 'withdrawn'],
  ['withdrawing', 'withdrawn'],
  ['unsubscribe', 'stop'],
];
const NOT_TYPOS = new Set(['dejected', 'ejected', 'injected', 'rejecter', 'rejects', 'withdraw', 'withdraws']);

/** a and b differ by exactly one insertion, deletion, substitution or adjacent transposition. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function typoHits(lowerClause: string, isQuestion: boolean): Array<{ intent: Exclude<ReplyIntent, 'note'>; index: number; len: number }> {
  const out: Array<{ intent: Exclude<ReplyIntent, 'note'>; index: number; len: number }> = [];
  const re = /[a-z]{6,13}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lowerClause)) !== null) {
    const w = m[0];
    if (NOT_TYPOS.has(w)) continue;
    const kw = TYPO_KEYWORDS.find(([k]) => oneEditApart(w, k));
    if (!kw || (isQuestion && kw[1] !== 'stop')) continue;
    // a whole word only ("rejectedly" is not one)
    if (/[a-z]/.test(lowerClause[m.index - 1] ?? '') || /[a-z]/.test(lowerClause[m.index + w.length] ?? '')) continue;
    out.push({ intent: kw[1], index: m.index, len: w.length });
  }
  return out;
}

function contentWords(text: string): string[] {
  return normalize(text).match(/[a-z0-9][a-z0-9'+$%-]*/g) ?? [];
}

function isFiller(text: string): boolean {
  const words = contentWords(text);
  return words.length === 0 || words.every((w) => FILLER.has(w.replace(/'s$/, '')));
}

/** Conflicts a careful reader resolves: the most specific wins. */
function reconcile(intents: Hit[]): Hit[] {
  const has = (i: ReplyIntent) => intents.some((h) => h.intent === i);
  let out = intents;
  // "they went with another candidate … no next round", "rejected after the final round"
  if (has('rejected')) out = out.filter((h) => h.intent !== 'next-round' && h.intent !== 'offer' && h.intent !== 'heard-back');
  // "I turned down their offer" / "withdrew after the next round was booked": the user's decision is the news
  if (has('withdrawn')) out = out.filter((h) => h.intent !== 'offer' && h.intent !== 'next-round' && h.intent !== 'rejected');
  // An offer is also news and a step forward; keep the strongest.
  if (has('offer')) out = out.filter((h) => h.intent !== 'next-round' && h.intent !== 'heard-back');
  // "heard back: next round" — the round is the news
  if (has('next-round')) out = out.filter((h) => h.intent !== 'heard-back');
  return out;
}

/** Read what the reply says. `text` is the stripped new text; `sentAt` is the reply's Date header. */
export function readReply(text: string, opts: { sentAt: Date; userTimeZone: string }): ReplyReading {
  const src = typeof text === 'string' ? text.slice(0, MAX_TEXT) : '';
  let today: string;
  try {
    today = localDate(opts.sentAt, opts.userTimeZone);
  } catch {
    today = opts.sentAt.toISOString().slice(0, 10);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) today = new Date(0).toISOString().slice(0, 10);
  const lower = normalize(src);
  const hits: Hit[] = [];
  const keptForNote: Span[] = [];
  const removed: Span[] = [];
  let date: string | null = null;
  let dateFor: ReplyIntent | null = null;
  /** a date was mentioned in an earlier clause: "check back then" can point at it */
  let dateSeen = false;

  const regions = reportedRegions(src);
  let region = 0;
  const allSentences = sentences(src);
  const inRegion = (pos: number) => {
    while (region < regions.length && regions[region][1] <= pos) region++;
    return region < regions.length && regions[region][0] <= pos;
  };
  const reported = allSentences.map((sp) => inRegion(sp.start));
  /** outcomes already said by an earlier sentence: saying one again is elaboration ("Rejected. They went with …") */
  const saidBefore = new Set<ReplyIntent>();

  for (let si = 0; si < allSentences.length; si++) {
    const sent = allSentences[si];
    const tail = sent.text.slice(-8);
    const isQuestion = /\?["')\]]*$/.test(tail) && !/!\?|\?!/.test(tail);
    const parts = sent.text.length <= MAX_COMMAND_CLAUSE * 3 ? clauses(sent) : [sent];
    let sentenceHasCommand = false;
    let sentenceDenied = false;
    /** a denial opens the sentence ("It didn't go badly — …"), rather than qualifying what came before it */
    let deniedFirst = false;
    const sentenceHits: Hit[] = [];
    const residue: Span[] = [];
    for (const c of parts) {
      const lc = lower.slice(c.start, c.end);
      const reading = lc.length <= MAX_COMMAND_CLAUSE ? readClause(lc, isQuestion, today, dateSeen) : { hits: [], denied: false };
      if (!dateSeen && lc.length <= MAX_COMMAND_CLAUSE && findDate(lc, today)) dateSeen = true;
      const found = reading.hits.map((h) => ({ ...h, index: h.index + c.start, clauseEnd: c.end }));
      if (found.length) {
        sentenceHasCommand = true;
        sentenceHits.push(...found);
      } else if (reading.denied) {
        sentenceDenied = true;
        if (!residue.length) deniedFirst = true;
      }
      else residue.push(c);
    }
    const lowerSentence = lower.slice(sent.start, Math.min(sent.end, sent.start + MAX_COMMAND_CLAUSE * 3));
    // Dates belong to decision-date / snooze found in this sentence.
    const dated = sentenceHits.filter((h) => h.intent === 'decision-date' || h.intent === 'snooze');
    if (dated.length) {
      for (const h of dated) {
        // "rescheduled to next week, snooze until Friday": the date after the phrase, else any in the sentence
        const after = lower.slice(h.index, Math.min(h.clauseEnd ?? sent.end, h.index + MAX_COMMAND_CLAUSE));
        let found = findDate(after, today);
        if (!found) {
          // elsewhere in the sentence; a decision is still ahead ("heard back today, waiting on a decision")
          const any = findDate(lowerSentence, today);
          if (any && (h.intent !== 'decision-date' || any.date > today)) found = any;
        }
        if (h.intent === 'decision-date' && !found) {
          // "they'll decide soon": news without a date is heard-back, not a decision date
          h.intent = 'heard-back';
          continue;
        }
        if (date === null) {
          date = found ? found.date : addDays(today, DEFAULT_SNOOZE_DAYS);
          dateFor = h.intent;
        }
      }
    }
    hits.push(...sentenceHits);
    // "Not an offer yet but it sounds promising": the contrast needs its first half, so the sentence stays whole
    const contrasted =
      residue.length > 0 &&
      residue.every((r) => r.start > parts[0].start) &&
      /(?:^|[\s,])but\s+$/i.test(src.slice(Math.max(0, residue[0].start - 6), residue[0].start)) &&
      residue.some((r) => contentWords(r.text).length >= 2 && !isFiller(r.text));
    // "They wrote:" right before a pasted passage only points at it
    const introducesPaste = !sentenceHasCommand && /:$/.test(sent.text) && si + 1 < allSentences.length && reported[si + 1] && !reported[si];
    if (reported[si] || introducesPaste) removed.push(sent);
    else if (!sentenceHasCommand && sentenceDenied) {
      // a denial clause is not a note ("It didn't go badly — the design part went fine" keeps the second half),
      // but a denial-only sentence may sit in the note beside content ("I didn't bomb it! Honestly …")
      const rest = residue.filter((r) => contentWords(r.text).length >= 4 && !isFiller(r.text));
      // "We're not there yet - no offer, no rejection, just waiting": the denial spells out the content before it
      if (contrasted || (!deniedFirst && rest.length > 0)) keptForNote.push(sent);
      else if (rest.length) {
        removed.push(sent);
        keptForNote.push(...rest);
      } else keptForNote.push({ ...sent, soft: true });
    } else if (!sentenceHasCommand) keptForNote.push(sent);
    else if (
      !isQuestion &&
      sentenceHits.every((h) => OUTCOMES.has(h.intent) && saidBefore.has(h.intent)) &&
      contentWords(sent.text).length >= 4
    ) {
      // "Next round!! Panel interview on 5/12 with the VP.": the news was already given, this sentence is detail
      keptForNote.push(sent);
    } else {
      removed.push(sent);
      // A command sentence can still carry a substantive clause ("sent it; Dana said the team is 6 people").
      for (const r of residue) if (contentWords(r.text).length >= 4 && !isFiller(r.text)) keptForNote.push(r);
    }
    for (const h of sentenceHits) saidBefore.add(h.intent);
  }

  // One entry per intent, at its first appearance.
  const first = new Map<Exclude<ReplyIntent, 'note'>, number>();
  for (const h of hits) if (!first.has(h.intent) || h.index < first.get(h.intent)!) first.set(h.intent, h.index);
  let ordered: Hit[] = [...first.entries()].map(([intent, index]) => ({ intent, index }));
  ordered = reconcile(ordered);

  const { note, at: noteAt } = buildNote(src, keptForNote, removed);

  const intents: { intent: ReplyIntent; index: number }[] = ordered.map((h) => ({ intent: h.intent, index: h.index }));
  if (note !== null) intents.push({ intent: 'note', index: noteAt });
  intents.sort((a, b) => a.index - b.index);
  const list = intents.map((x) => x.intent).filter((x) => (REPLY_INTENTS as readonly string[]).includes(x));
  if (dateFor !== null && !list.includes(dateFor)) date = null;
  if (!list.includes('snooze') && !list.includes('decision-date')) date = null;
  return { intents: list, date, note };
}

/**
 * The note: content spans in their original wording. Pleasantries ("Thanks!", "Great") are dropped at the end and
 * when a command separates them from the content; a greeting right before content ("Oh thanks. Having …") stays.
 * A sentence that only denies an intent ("I didn't bomb it!") stays when it sits next to content with no command
 * in between, on either side. Between spans that were adjacent in the reply the original spacing is kept.
 * Returns where the note starts, for the order of intents.
 */
function buildNote(src: string, kept: Span[], removed: Span[]): { note: string | null; at: number } {
  const none = { note: null, at: -1 };
  const spans = kept.slice().sort((a, b) => a.start - b.start);
  const content = spans.map((s) => !s.soft && !isFiller(s.text));
  if (!content.some(Boolean)) return none;
  // removed spans come in reply order and do not overlap: the first one starting at or after `a` decides
  const rs = removed.slice().sort((a, b) => a.start - b.start);
  const removedBetween = (a: number, b: number) => {
    let lo = 0;
    let hi = rs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rs[mid].start < a) lo = mid + 1;
      else hi = mid;
    }
    return lo < rs.length && rs[lo].end <= b;
  };
  const nextContent: number[] = new Array(spans.length).fill(-1);
  for (let i = spans.length - 2; i >= 0; i--) nextContent[i] = content[i + 1] ? i + 1 : nextContent[i + 1];
  const chosen: Span[] = [];
  let lastChosenContent: Span | null = null;
  for (let i = 0; i < spans.length; i++) {
    if (content[i]) {
      chosen.push(spans[i]);
      lastChosenContent = spans[i];
      continue;
    }
    const prev = chosen[chosen.length - 1];
    const joinsPrev = !prev || !removedBetween(prev.end, spans[i].start);
    // filler or a denial: kept when the run up to the next content has no command in between
    const n = nextContent[i];
    if (n >= 0 && !removedBetween(spans[i].end, spans[n].start)) {
      if (joinsPrev) chosen.push(spans[i]);
      continue;
    }
    // a denial right after content ("Went great. Haven't heard back yet.") belongs with it
    if (spans[i].soft && prev && lastChosenContent && joinsPrev) chosen.push(spans[i]);
  }
  const words = chosen.reduce((n, s) => n + contentWords(s.text).length, 0);
  if (words < 2) return none;
  let out = '';
  let prevEnd = -1;
  for (const s of chosen) {
    if (prevEnd >= 0) {
      const gap = src.slice(prevEnd, s.start);
      if (!removedBetween(prevEnd, s.start) && /^\s*$/.test(gap)) out += gap;
      else out += /\n\s*\n/.test(gap) ? '\n\n' : /\n/.test(gap) ? '\n' : ' ';
    }
    out += src.slice(s.start, s.end);
    prevEnd = s.end;
  }
  const note = out.trim() || null;
  const first = chosen.find((c) => !c.soft && !isFiller(c.text)) ?? chosen[0];
  return note === null ? none : { note, at: chosen[0]?.start ?? first.start };
}
