// The user's new text in a reply: quoted prompt, client headers, signatures and sign-offs removed.
//
// Written here rather than taken from npm: `email-reply-parser` hangs for over a minute on a 750 KB quoted reply
// and `planer` keeps "Sent from my iPhone" and Outlook `*From:*` blocks. This one is a single pass over lines;
// every regex is anchored and applied to lines capped in length, so no input can make it backtrack.
import { cutHtmlQuote, htmlToText } from './html.js';

/** Lines longer than this are never headers, signatures or sign-offs (and are not fed to those regexes). */
const SHORT = 200;

const QUOTED = /^[ \t]*>/;
const WROTE = /(wrote|writes|schrieb|a écrit|a ecrit|escribió|escribio|ha scritto|schreef|escreveu|skrev|napisał)\s*:?\s*$/i;
const ON_START = /^[ \t]*(On|Am|Le|El|Il|Op|Em|Den|På|W dniu)\s/;
const HEADER_FROM = /^(From|De|Von|Van|Da|Fra|Od|Från)\s*:\s*\S/i;
const HEADER_OTHER = /^(Sent|Date|To|Subject|Cc|Reply-To|Envoyé|Gesendet|Enviado|Datum|Betreff|Objet|À|An|Para|Asunto|Inviato|Oggetto|Onderwerp|Aan|Verzonden|Data)\s*:/i;
const ORIGINAL = /^[ \t]*[-_=*]*\s*(Original Message|Original message|Forwarded message|Mensaje original|Message d'origine|Ursprüngliche Nachricht|Messaggio originale)\s*[-_=*]*\s*$/i;
const BEGIN_FWD = /^[ \t]*Begin forwarded message:\s*$/i;
const UNDERSCORES = /^[ \t]*_{3,}[ \t]*$/;
const SIG_DASHES = /^[ \t]*(--|—|––)[ \t]*$/;
/** "-Abhishek Kona", "— Sam": a dash and up to three capitalised words (a bullet continues in lower case). */
const DASH_NAME = /^[ \t]*[-–—~][ \t]?[A-Z][\w.'’-]*([ \t][A-Z][\w.'’-]*){0,2}[ \t]*$/;
const MOBILE_SIG = [
  /^Sent from my( [\w'’&+.-]+){1,4}\.?$/i,
  /^Sent from (Outlook|Yahoo|Mail|AOL|Samsung|ProtonMail|Proton|Gmail|Spark|BlueMail|Edison|my)\b[\w .'’-]{0,40}$/,
  /^Sent (with|via|using) [A-Z][\w .'’-]{0,40}$/,
  /^Get (Outlook|BlueMail|Spark|Yahoo Mail)\b[\w .'’-]{0,40}$/,
  /^Sent from (a|an) (mobile|phone|iPhone|iPad|tablet|BlackBerry|Android)( device| phone)?\.?$/i,
  /^Envoyé de mon\b[\w .'’-]{0,40}$/i,
  /^Enviado desde mi\b[\w .'’-]{0,40}$/i,
  /^Von meinem\b[\w .'’-]{0,40}gesendet\.?$/i,
];
const CLOSING =
  /^(thanks|thank you|thanks so much|thank you so much|thanks again|many thanks|thx|ty|cheers|best|best wishes|best regards|regards|kind regards|warm regards|warmly|all the best|sincerely|talk soon|take care|cordially|yours|love|appreciate it|much appreciated)([ \t]*(!+|,|\.|…))?$/i;
const CLOSING_WITH_NAME =
  /^(thanks|thank you|thanks again|many thanks|thx|cheers|best|best regards|regards|kind regards|warm regards|all the best|sincerely|talk soon|take care)[ \t]*[,!.–—-]+[ \t]*([A-Z][\w.'’-]*)([ \t][A-Z][\w.'’-]*)?$/i;
const NAME_LINE = /^[A-Z][a-z'’.-]*([ \t][A-Z][a-z'’.-]*)?$/;
/** One-word replies that look like a name line but are commands. */
const COMMAND_WORDS = new Set([
  'sent', 'offer', 'stop', 'help', 'snooze', 'rejected', 'withdrawn', 'withdrew', 'missed', 'bombed', 'done',
  'heard back', 'next round', 'later', 'yes', 'no', 'ok', 'okay', 'unsubscribe', 'cancel', 'thanks', 'nope',
]);

/** A trailing link the client appends to its tag line ("Get Outlook for iOS<https://aka.ms/o0ukef>"). */
const TRAILING_LINK = /\s*<https?:\/\/[^\s<>]{1,200}>$/;

function isMobileSig(t: string): boolean {
  const bare = t.replace(TRAILING_LINK, '');
  return bare.length < 80 && MOBILE_SIG.some((re) => re.test(bare));
}

/** A corporate disclaimer paragraph: everything from it on is boilerplate, never the user's words. */
const DISCLAIMER_START = /^[ \t]*(?:\*{0,2}(?:confidentiality(?: notice)?|confidential|disclaimer|privileged(?: and confidential)?|legal notice|important notice|notice)\b\*{0,2}\s*[:.-]|this (?:e-?mail|message|communication|transmission)\b|the information (?:contained|in this|transmitted))/i;
const DISCLAIMER_WORDS = /\b(?:confidential|privileged|intended recipient|addressee|unauthori[sz]ed|disclaimer)\b/i;

function isDisclaimer(line: string): boolean {
  const head = line.slice(0, 400);
  return DISCLAIMER_START.test(head) && DISCLAIMER_WORDS.test(head);
}

/** How many lines an "On … wrote:" header starting at `i` spans (wrapped by Gmail/Apple), or 0. */
function onWroteHeader(lines: string[], i: number): number {
  const first = lines[i];
  if (first.length > SHORT * 2 || !ON_START.test(first)) return 0;
  let joined = '';
  for (let j = i; j < Math.min(lines.length, i + 4); j++) {
    const l = lines[j].trim();
    if (j > i && (l === '' || QUOTED.test(lines[j]))) return 0;
    joined += (joined ? ' ' : '') + l;
    if (joined.length > 400) return 0;
    if (WROTE.test(l)) return /\d/.test(joined) || /@/.test(joined) ? j - i + 1 : 0;
  }
  return 0;
}

const unstar = (l: string) => l.trim().replace(/^\*+\s*/, '').replace(/\*+(\s*:)/, '$1').replace(/\*+$/, '');

/** An Outlook-style header block ("From: … Sent: … To: … Subject: …", bold `*From:*` too) starting at `i`. */
function isHeaderBlock(lines: string[], i: number): boolean {
  const first = lines[i];
  if (first.length > SHORT * 2 || !HEADER_FROM.test(unstar(first))) return false;
  let others = 0;
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < 6; j++) {
    const l = lines[j];
    if (l.trim() === '') continue;
    seen++;
    if (l.length < SHORT * 2 && HEADER_OTHER.test(unstar(l))) others++;
    if (others >= 2) return true;
  }
  return false;
}

/** A line that ends the user's text for good: client header, forwarded-message banner, Outlook rule. */
function isHardCut(lines: string[], i: number): boolean {
  const l = lines[i];
  if (l.length > SHORT) return false;
  return ORIGINAL.test(l) || BEGIN_FWD.test(l) || UNDERSCORES.test(l) || isHeaderBlock(lines, i);
}

function nextNonEmpty(lines: string[], from: number): number {
  for (let j = from; j < lines.length; j++) if (lines[j].trim() !== '') return j;
  return -1;
}

/** A full name on its own line: two or three capitalised words ("Sam Rivera", "Sam J. Rivera"). */
const FULL_NAME = /^[A-Z][a-z'’.-]+(?:[ \t][A-Z][a-z'’.-]*){1,2}$/;

/**
 * A signature card as the last paragraph: a full name, then one to three short lines (title, company, phone)
 * with no sentence punctuation — "Sam Rivera\nSenior Product Designer". Only under other text.
 */
function dropSignatureCard(out: string[]): void {
  let start = out.length;
  while (start > 0 && out[start - 1].trim() !== '') start--;
  const card = out.slice(start).map((l) => l.trim());
  if (start === 0 || card.length < 2 || card.length > 4) return;
  if (!FULL_NAME.test(card[0]) || COMMAND_WORDS.has(card[0].toLowerCase())) return;
  if (!card.slice(1).every((l) => l.length <= 60 && !/[.!?:;,]$/.test(l) && !/^[-*•]/.test(l))) return;
  out.length = start;
}

/** A greeting alone on the first line: "Hi,", "Hello there!", "Hey team," (not "Hi Dana, sent it"). */
const SALUTATION = /^\s*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening))(?:\s+[a-z]+){0,2}\s*[,!]?\s*$/i;

/** Drop trailing sign-offs: "Thanks,\nSam", "Best, Sam", "Cheers!", a lone name line under the text. */
function dropSignOff(lines: string[]): string[] {
  const out = lines.slice();
  const trimEnd = () => {
    while (out.length && out[out.length - 1].trim() === '') out.pop();
  };
  trimEnd();
  dropSignatureCard(out);
  trimEnd();
  for (let round = 0; round < 3 && out.length > 1; round++) {
    const last = out[out.length - 1].trim();
    if (last.length > 60) break;
    const prevIdx = out.length - 2;
    const prev = out[prevIdx].trim();
    if (CLOSING_WITH_NAME.test(last) || CLOSING.test(last) || DASH_NAME.test(last)) {
      out.pop();
    } else if (NAME_LINE.test(last) && !COMMAND_WORDS.has(last.toLowerCase())) {
      // A name alone under the text, right after a closing ("Thanks,") or after a blank line / finished sentence.
      if (CLOSING.test(prev)) {
        out.pop();
        out.pop();
      } else if (prev === '' || /[.!?,)]$/.test(prev)) {
        out.pop();
      } else break;
    } else break;
    trimEnd();
  }
  return out;
}

/** The user's new text of a plain-text reply. */
export function stripText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\ufeff\u200b\u200c\u200d\u2060]/g, '')
    .replace(/\u00a0/g, ' ')
    .split('\n');
  const kept: string[] = [];
  let gap = false; // a removed quote block sits between kept lines
  let inSig = false; // inside a signature; ends where a quoted block starts (ERP's fragment rule)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (QUOTED.test(line)) {
      gap = true;
      inSig = false;
      continue;
    }
    const hdr = onWroteHeader(lines, i);
    if (hdr) {
      const next = nextNonEmpty(lines, i + hdr);
      if (next < 0 || !QUOTED.test(lines[next])) break; // unquoted original below the header: all of it is quote
      gap = true;
      inSig = false;
      i += hdr - 1;
      continue;
    }
    if (isHardCut(lines, i)) break;
    const t = line.trim();
    const atParagraphStart = kept.length === 0 || kept[kept.length - 1].trim() === '' || gap;
    if (atParagraphStart && kept.length > 0 && isDisclaimer(t)) break;
    if (t.length <= SHORT) {
      if (SIG_DASHES.test(line)) inSig = true;
      else if (isMobileSig(t)) inSig = true;
      else if (atParagraphStart && DASH_NAME.test(line)) inSig = true;
    }
    if (inSig) continue;
    if (gap) {
      if (t === '') continue; // blank lines right after a removed block
      if (kept.length && kept[kept.length - 1].trim() !== '') kept.push('');
      gap = false;
    }
    kept.push(line.trimEnd());
  }
  // Separators and blank lines that led up to a cut ("-----", "______", "*") are not text either.
  while (kept.length && kept[kept.length - 1].length < SHORT && /^[\s_\-=*~]*$/.test(kept[kept.length - 1])) kept.pop();
  const body = dropSignOff(kept);
  while (body.length && body[0].trim() === '') body.shift();
  // A letter to us ("Hi,\n\n… \n\nThanks,\nSam"): with its sign-off gone, its salutation line goes too.
  if (body.length < kept.length && body.length > 2 && body[0].length <= 40 && SALUTATION.test(body[0]) && body[1].trim() === '') {
    body.shift();
    while (body.length && body[0].trim() === '') body.shift();
  }
  return body.join('\n').trimEnd();
}

/**
 * Only the user's new text: no quoted prompt, client reply headers, signatures or sign-offs.
 * The text/plain part is preferred; the HTML part is used (cut at its quote markers) when the text is empty.
 */
export function stripReply(text: string, html?: string): string {
  const fromText = typeof text === 'string' && text.trim() !== '' ? stripText(text) : '';
  if (fromText !== '' || !html) return fromText;
  return stripText(htmlToText(cutHtmlQuote(html)));
}
