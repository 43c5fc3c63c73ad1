// Finding the original message inside a forward: message/rfc822 attachments, and the forwarded-header blocks
// Gmail, Outlook (desktop and web), Apple Mail, iPhone, Android and Thunderbird put into the body.
import { parseMime, type Address, type ParsedMail } from '../mime.js';
import { cleanText, htmlToText, unquote } from './text.js';
import { parseHeaderDate } from './when.js';
import type { ZoneRef } from './zones.js';

export interface Person {
  name: string | null;
  email: string | null;
}

export interface Original {
  from: Person | null;
  replyTo: Person | null;
  to: Person[];
  cc: Person[];
  subject: string;
  /** instant the original was sent, and the zone its Date line was written in */
  sent: { instant: Date; zone: ZoneRef } | null;
  /** the original's own words (before any quoted earlier message) */
  body: string;
  /** quoted earlier messages under the original ("On … wrote:") */
  quoted: string;
  /** the forwarder's note above the forward */
  note: string;
  /** raw header-block text of the forward (for When:/Where: lines Outlook adds) */
  headerBlock: string;
  calendars: string[];
  forwarded: boolean;
}

const MAX_DEPTH = 3;

function bodyText(mail: ParsedMail): string {
  const t = mail.text && mail.text.trim().length > 0 ? mail.text : '';
  // some clients put only a stub in text/plain (a blank line) and everything in HTML
  if (t.trim().length >= 40 || !mail.html) return cleanText(t);
  return cleanText(htmlToText(mail.html));
}

function calendarsOf(mail: ParsedMail): string[] {
  const out: string[] = [];
  for (const a of mail.attachments) {
    const isCal = /calendar|ics/.test(a.mimeType) || /\.ics$/i.test(a.filename ?? '') || /\.vcs$/i.test(a.filename ?? '');
    if (isCal && a.content.length < 2_000_000) out.push(decodeCalendar(a.content));
  }
  return out;
}

const UTF8 = new TextDecoder('utf-8');

function decodeCalendar(bytes: Uint8Array): string {
  const s = UTF8.decode(bytes.subarray(0, 1_000_000));
  return s.includes('BEGIN:VCALENDAR') ? s : '';
}

const toPerson = (a: Address | null | undefined): Person | null => (a ? { name: a.name || null, email: a.address || null } : null);

/** "Name <email>", "email", "Name [mailto:email]", "'Name' via Group <email>" */
export function parsePersonLine(s: string): Person | null {
  const t = s.trim();
  if (!t) return null;
  const angle = /^(.*?)\s*[<\[](?:mailto:)?([^\s<>\[\]@]+@[^\s<>\[\]]+)[>\]]/.exec(t);
  if (angle) return { name: cleanName(angle[1]), email: angle[2].toLowerCase() };
  const bare = /^([^\s@<>]+@[^\s@<>]+\.[a-z]{2,})$/i.exec(t);
  if (bare) return { name: null, email: bare[1].toLowerCase() };
  return { name: cleanName(t), email: null };
}

function cleanName(s: string): string | null {
  const n = s.replace(/^["'*\s]+|["'*\s]+$/g, '').replace(/\s+/g, ' ').trim();
  return n && !n.includes('@') ? n : null;
}

function splitPeople(s: string): Person[] {
  const out: Person[] = [];
  for (const part of s.split(/[;,](?=(?:[^<>]*<[^<>]*>)*[^<>]*$)/)) {
    const p = parsePersonLine(part);
    if (p && (p.email || p.name)) out.push(p);
  }
  return out.slice(0, 50);
}

const FWD_MARKER = /^(?:-{2,}\s*(?:Forwarded message|Original Message|Forwarded Message|Message d'origine|Mensaje original|Ursprüngliche Nachricht|Original message)\s*-{2,}|Begin forwarded message:|_{10,}|-{8,}\s*Original message\s*-{8,})\s*$/i;
const HEADER_LINE = /^(From|De|Von|Sent|Date|Envoyé|Enviado|Gesendet|Datum|Fecha|To|À|Para|An|Cc|Subject|Objet|Asunto|Betreff|Reply-To|When|Where)\s*:\s*(.*)$/i;

interface Block {
  start: number;
  end: number;
  headers: Record<string, string>;
}

/** Find the first forwarded-header block: a From: line with a Date/Sent and Subject line near it. */
function findHeaderBlock(lines: string[], from = 0): Block | null {
  const limit = Math.min(lines.length, from + 4000);
  for (let i = from; i < limit; i++) {
    // cheap test first: every header line has a colon
    if (lines[i].indexOf(':') < 0) continue;
    const line = lines[i].replace(/^(?:>\s?)+/, '').replace(/^\*+|\*+(?=\s*:)/g, '');
    const m = HEADER_LINE.exec(line);
    if (!m || !/^(From|De|Von)$/i.test(m[1])) continue;
    // gather contiguous header lines (continuations allowed for wrapped To:/Subject: lines)
    const headers: Record<string, string> = {};
    let j = i;
    let last = '';
    // headers may start a line or two above the From: (Thunderbird puts Subject/Date first)
    for (let k = Math.max(from, i - 3); k < i; k++) {
      const hm = HEADER_LINE.exec(lines[k].replace(/^(?:>\s?)+/, '').replace(/\*/g, ''));
      if (hm && /^(Subject|Date)$/i.test(hm[1])) headers[normKey(hm[1])] = hm[2].trim();
    }
    for (; j < Math.min(lines.length, i + 30); j++) {
      const l = lines[j].replace(/^(?:>\s?)+/, '').replace(/^\*+|\*+(?=\s*:)/g, '').replace(/\*+$/, '');
      if (!l.trim()) {
        // HTML-only forwards rendered with a blank line after each header line: one blank line does not end it
        const next = (lines[j + 1] ?? '').replace(/^(?:>\s?)+/, '').replace(/^\*+|\*+(?=\s*:)/g, '');
        const nm = last ? HEADER_LINE.exec(next) : null;
        if (nm && (last === 'subject' ? /^(?:to|cc)$/i : /^(?:sent|date|subject|to|cc|reply-to)$/i).test(nm[1])) continue;
        break;
      }
      const hm = HEADER_LINE.exec(l);
      if (hm) {
        last = normKey(hm[1]);
        headers[last] = (headers[last] && last !== 'from' ? headers[last] + ', ' : '') + hm[2].trim();
        if (last === 'from' && j !== i) break;
      } else if (last && (last === 'to' || last === 'cc' || last === 'subject')) headers[last] += ' ' + l.trim();
      else break;
    }
    if (headers.from && (headers.date || headers.subject)) return { start: i, end: j, headers };
  }
  return null;
}

function normKey(k: string): string {
  const l = k.toLowerCase();
  if (['from', 'de', 'von'].includes(l)) return 'from';
  if (['sent', 'date', 'envoyé', 'enviado', 'gesendet', 'datum', 'fecha'].includes(l)) return 'date';
  if (['to', 'à', 'para', 'an'].includes(l)) return 'to';
  if (['subject', 'objet', 'asunto', 'betreff'].includes(l)) return 'subject';
  return l;
}

/** A reply's attribution line, its opening and its verb, in the languages mail clients write them ("On … wrote:", "Em …
 * escreveu:", "Am … schrieb Name:"): the quote's start here, its sending date in `index`. */
export const ATTRIBUTION_LEAD = String.raw`(?:On|Em|El|Le|Am|Il|Op|Den|W dniu)`;
export const ATTRIBUTION_VERB = String.raw`(?:wrote|escreveu|escribió|a écrit|schrieb|ha scritto|schreef|skrev|napisał(?:\(a\)|a)?)`;
const QUOTE_INTRO = new RegExp(String.raw`^${ATTRIBUTION_LEAD}\s.{4,200}?${ATTRIBUTION_VERB}(?:\s.{0,60})?\s?:\s*$`);

/** Split a message body into its own words and the quoted earlier message(s). */
/** The first two lines of an Outlook reply header, in the languages Outlook writes them. */
const REPLY_FROM = /^(?:From|Fra|Från|Von|De|Van|Da|Od|Lähettäjä)\s*:\s*\S/;
const REPLY_SENT = /^(?:Sent|Date|Sendt|Skickat|Gesendet|Envoyé|Enviado|Verzonden|Inviato|Wysłano|Lähetetty)\s*:/;

export function splitQuoted(body: string): { own: string; quoted: string } {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length && i < 5000; i++) {
    const raw = lines[i];
    const l = raw.charCodeAt(0) === 62 ? raw.replace(/^(?:>\s?)+/, '') : raw;
    // every pattern below starts with one of these letters: most lines are skipped without running any
    const c0 = l.charCodeAt(0);
    if (c0 !== 79 && c0 !== 69 && c0 !== 76 && c0 !== 65 && c0 !== 45 && c0 !== 70 && c0 !== 86 && c0 !== 68) continue; // O E L A - F V D
    if (/^On\s/.test(l) && (QUOTE_INTRO.test(l) || (!/wrote:/.test(l) && QUOTE_INTRO.test(l + ' ' + (lines[i + 1] ?? '').replace(/^(?:>\s?)+/, ''))))) {
      return { own: lines.slice(0, i).join('\n'), quoted: lines.slice(i).join('\n') };
    }
    if (QUOTE_INTRO.test(l) || /^-{2,}\s*Original Message\s*-{2,}\s*$/i.test(l)) {
      return { own: lines.slice(0, i).join('\n'), quoted: lines.slice(i).join('\n') };
    }
    // Outlook reply header inside a message (From:/Sent: without a marker)
    // (an HTML message's paragraphs leave a blank line between the headers)
    const next = (k: number): string => (lines[k] ?? '').replace(/^(?:>\s?)+/, '');
    // …in the sender's language too ("Fra: / Sendt:", "Von: / Gesendet:", "De : / Envoyé :")
    if (i > 0 && /^(?:_{10,})?\s*$/.test(lines[i - 1]) && REPLY_FROM.test(l) && (REPLY_SENT.test(next(i + 1)) || (next(i + 1).trim() === '' && REPLY_SENT.test(next(i + 2))))) {
      return { own: lines.slice(0, i).join('\n').replace(/_{10,}\s*$/, ''), quoted: lines.slice(i).join('\n') };
    }
  }
  return { own: body, quoted: '' };
}

/** A forward marker line, after its quoting, starts with "-", "_" or "b": other lines need no regex. */
function mayBeMarker(line: string): boolean {
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 62 || c === 32 || c === 9 || c === 160 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0x2028 || c === 0x2029 || (c >= 10 && c <= 13)) continue;
    return c === 45 || c === 95 || c === 66 || c === 98;
  }
  return false;
}

function fromBlock(text: string, userZone: string): { orig: Partial<Original>; rest: string; note: string } | null {
  const lines = text.split('\n');
  // The forward marker, then the header block. Without a marker, accept a header block in the first lines.
  let markerAt = -1;
  for (let i = 0; i < Math.min(lines.length, 4000); i++) {
    if (!mayBeMarker(lines[i])) continue;
    if (FWD_MARKER.test(lines[i].replace(/^(?:>\s?)+/, '').trim())) {
      markerAt = i;
      break;
    }
  }
  let block = findHeaderBlock(lines, markerAt >= 0 ? markerAt : 0);
  // Outlook forwards with no separator above their own header block: a block before the first marker is the
  // forwarded message, and the marker below it starts its quoted thread
  if (markerAt > 0) {
    const early = findHeaderBlock(lines.slice(0, markerAt), 0);
    if (early && early.start <= 40) {
      block = early;
      markerAt = -1;
    }
  }
  if (!block) return null;
  if (markerAt < 0 && block.start > 40) return null;
  if (markerAt >= 0 && block.start - markerAt > 6) return null;
  const h = block.headers;
  let rest = lines.slice(block.end).join('\n');
  // iPhone quotes the whole original with "> "
  let nonEmpty = 0;
  let quotedLines = 0;
  for (let i = block.end; i < lines.length; i++) {
    const l = lines[i];
    if (!l.trim()) continue;
    nonEmpty++;
    if (l.charCodeAt(0) === 62) quotedLines++;
  }
  if (nonEmpty && quotedLines / nonEmpty > 0.6) rest = unquote(rest);
  const note = lines.slice(0, markerAt >= 0 ? markerAt : block.start).join('\n');
  const sent = h.date ? parseHeaderDate(h.date, userZone) : null;
  return {
    orig: {
      from: h.from ? parsePersonLine(h.from) : null,
      replyTo: h['reply-to'] ? parsePersonLine(h['reply-to']) : null,
      to: h.to ? splitPeople(h.to) : [],
      cc: h.cc ? splitPeople(h.cc) : [],
      subject: (h.subject ?? '').trim(),
      sent,
      headerBlock: lines.slice(block.start, block.end).join('\n'),
    },
    rest,
    note,
  };
}

function mailAsOriginal(mail: ParsedMail, body: string, calendars: string[], forwarded: boolean, note: string): Original {
  const { own, quoted } = splitQuoted(body);
  return {
    from: toPerson(mail.from),
    replyTo: toPerson(mail.replyTo[0]),
    to: mail.to.map((a) => toPerson(a)!),
    cc: mail.cc.map((a) => toPerson(a)!),
    subject: mail.subject,
    sent: mail.date ? { instant: new Date(mail.date), zone: { kind: 'offset', minutes: headerOffset(mail) } } : null,
    body: own,
    quoted,
    note,
    headerBlock: '',
    calendars,
    forwarded,
  };
}

function headerOffset(mail: ParsedMail): number {
  const raw = mail.headers.find((h) => h.key === 'date')?.value ?? '';
  const m = /([+-])(\d{2})(\d{2})\s*(?:\(.*\))?\s*$/.exec(raw.trim());
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) : 0;
}

/** The first `n` non-blank lines of a text, without splitting all of it. */
function firstLines(text: string, n: number): string {
  const out: string[] = [];
  let pos = 0;
  while (out.length < n && pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const l = text.slice(pos, nl);
    if (l.trim()) out.push(l);
    pos = nl + 1;
  }
  return out.join('\n');
}

/** The message the user meant: the forwarded original, or the outer mail when nothing was forwarded. */
/** A forward's subject ("FW: …", "WG: …", "VS: …"), the forwarded subject in group 1. */
const FORWARD_SUBJECT = /^\s*(?:FW|Fwd?|TR|WG|RV|VS|VB|Doorst)\s*:\s*(.+)$/i;
/** A subject without its reply and forward prefixes, for comparing two ("Re: FW: X" is "x"). */
const bareSubject = (subject: string): string => subject.replace(/^\s*(?:(?:FW|Fwd?|TR|WG|RV|Re|AW|VS|SV|VB|Doorst)\s*:\s*)+/i, '').trim().toLowerCase();

export async function unwrap(outer: ParsedMail, userZone: string, depth = 0): Promise<Original> {
  const outerCalendars = calendarsOf(outer);
  const outerText = bodyText(outer);
  // forward as attachment: the attached message is the original
  const attached = outer.attachments.find((a) => a.mimeType === 'message/rfc822' || /\.eml$/i.test(a.filename ?? ''));
  if (attached && depth < MAX_DEPTH) {
    try {
      const inner = await parseMime(attached.content);
      const o = await unwrap(inner, userZone, depth + 1);
      o.forwarded = true;
      o.note = [outerText.trim(), o.note].filter(Boolean).join('\n');
      for (const c of outerCalendars) if (!o.calendars.includes(c)) o.calendars.push(c);
      return o;
    } catch {
      // an unreadable attachment: fall through to the body
    }
  }
  const fb = fromBlock(outerText, userZone);
  if (!fb) return mailAsOriginal(outer, outerText, outerCalendars, false, '');
  // a forward of a forward: the innermost block is the original sender
  let cur = fb;
  for (let k = 0; k < 3; k++) {
    // "FW: Data & Systems Manager – quick call" over a colleague's note, then the original of that subject: the forward's
    // own forward, however long the colleague's note
    const fwSubject = FORWARD_SUBJECT.exec(cur.orig.subject ?? '');
    const lead = firstLines(cur.rest, 4);
    // (a reply, "RE: …", over the message it answers quotes that message: its header block is the thread's, not a
    // forward's, unless a forward marker opens the reply)
    const isReply = /^\s*(?:RE|AW|SV|VS|Antw|R|RIF)\s*:/i.test(cur.orig.subject ?? '') && !fwSubject;
    const leadOk = FWD_MARKER.test(lead.split('\n')[0]?.trim() ?? '') || (!isReply && /^(?:From|De|Von):/m.test(lead));
    if (!leadOk && !fwSubject) break;
    const next = fromBlock(cur.rest, userZone);
    const sameSubject = !!fwSubject && !!next && bareSubject(next.orig.subject ?? '') === bareSubject(fwSubject[1]);
    if (!next || (!leadOk && !sameSubject) || (next.note.trim().length > 200 && !(sameSubject && next.note.trim().length <= 1500))) break;
    cur = { ...next, note: [cur.note, next.note].join('\n') };
  }
  const { own, quoted } = splitQuoted(cur.rest);
  return {
    from: cur.orig.from ?? null,
    replyTo: cur.orig.replyTo ?? null,
    to: cur.orig.to ?? [],
    cc: cur.orig.cc ?? [],
    subject: cur.orig.subject || outer.subject.replace(/^\s*(?:(?:fwd?|fw|tr|wg|rv|re)\s*:\s*)+/i, ''),
    sent: cur.orig.sent ?? (outer.date ? { instant: new Date(outer.date), zone: { kind: 'iana', zone: userZone, generic: false } } : null),
    body: own,
    quoted,
    note: cur.note,
    headerBlock: cur.orig.headerBlock ?? '',
    calendars: outerCalendars,
    forwarded: true,
  };
}
