// A learned second opinion on who the interviewers are. The rules in people.ts read the phrasings they know ("X will
// join me", "Interviewers: …"); every fresh set of mail brings phrasings they do not ("Luis Zamora, our Director of
// Technology, and I would like to meet"). This model sees every person the email names, with the words around each
// mention, the headers they appear in and whether the rules chose them, and keeps those it scores as interviewers.
// Its weights are learned from the blind corpora in test/extract by test/extract/train-people.ts (logistic
// regression); the model is plain data (people-weights.ts) and the code here is pure.
import { WEIGHTS } from './people-weights.js';
import { FULL_NAME, HONORIFIC, NAME_EXACT, OFFICE_BEFORE_NAME, isName, isPlace, trailingName, type InterviewerInput, type Named } from './people.js';
import { isEnglishWord } from './english.js';
import { fold } from './re.js';

export interface Candidate {
  name: string;
  email: string | null;
  features: string[];
}

interface Mention {
  src: string;
  text: string;
  index: number;
  length: number;
  first: boolean;
}

/** Whether the model has weights (none before its first training). */
const TRAINED = Object.keys(WEIGHTS).length > 0;

/** Every full name in a text (one pattern, reset before each text). */
const NAMES = new RegExp(FULL_NAME.source, 'g');
const WORD_CHAR = /[\p{L}'’-]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;
const CLOSING = /^\s*(?:thanks|thank you|many thanks|best|best regards|regards|kind regards|warm regards|warmly|cheers|sincerely|all the best|talk soon|see you|looking forward)[\s\w,!.-]{0,20}$/i;
const HEADER_LINE = /^\s*>?\s*\*?(?:From|To|Cc|Bcc|Sent|Date|Reply-To|Subject|Organi[sz]er|Attendees?|Guests?)\s*:/i;
/** Words of a sentence about the meeting ("will join", "the panel", "call you"), not of one about the company. */
const MEETING = /\b(?:interview\w*|meet\w*|join\w*|panel\w*|call\w*|speak\w*|talk\w*|chat\w*|sessions?|sit\w* in|lead\w*|run\w*|present\w*|walk\w*|ask\w*|screen\w*|conversation|discussion|host\w*|cover\w*|round|loop|hop\w* on|onsite|on-site|zoom|teams|webex|agenda|schedule\w*|confirmed)\b/i;
const TIME = /\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)|\b\d{1,2}:\d{2}\b/i;

/** Words around a mention, lower case, with a crude stem ("joining" → "join"). */
function tokensOf(s: string): string[] {
  return (s.match(WORD) ?? []).map((t) => t.toLowerCase().replace(/’/g, "'"));
}
const stem = (w: string): string => w.replace(/(?:'s|'ll|'d|'re|'ve)$/, '').replace(/(?:ing|ed|es|s)$/, '');

/** The line of a mention (at most 300 characters either side: a 200 KB line is no row of a list) and the lines above. */
function lineAt(text: string, index: number): { line: string; start: number; prev: string[] } {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const start = Math.max(lineStart, index - 300);
  let end = text.indexOf('\n', index);
  if (end < 0 || end > index + 300) end = Math.min(text.length, index + 300);
  const before = start === lineStart ? text.slice(Math.max(0, start - 600), Math.max(0, start - 1)).split('\n') : [];
  const prev = before.filter((l) => l.trim()).slice(-3);
  return { line: text.slice(start, end), start, prev };
}

/** The sentence around a mention, within its line. */
function sentenceAt(text: string, index: number, length: number): string {
  const { line, start } = lineAt(text, index);
  const at = index - start;
  const before = line.slice(0, at);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const after = line.slice(at + length);
  const end = after.search(/[.!?](?:\s|$)/);
  return line.slice(cut < 0 ? 0 : cut + 2, end < 0 ? line.length : at + length + end);
}

/** A line that is only people, each with a title in parentheses ("Lior Ben-David (Head of Design), Amara Nwosu
 * (Senior Product Designer)"): a row of an agenda, however long. */
function peopleLine(line: string): boolean {
  if (line.length > 300 || !line.includes('(')) return false;
  const rest = line.replace(/\([^()\n]{1,80}\)/g, ' ').replace(new RegExp(FULL_NAME.source, 'g'), ' ').replace(/\b(?:and|with)\b/g, ' ');
  return !/[\p{L}\p{N}]/u.test(rest);
}

function mentionFeatures(m: Mention, out: Set<string>): void {
  const p = m.first ? 'f' : 'n';
  out.add(`${p}:src:${m.src}`);
  const left = tokensOf(m.text.slice(Math.max(0, m.index - 120), m.index)).slice(-8);
  const right = tokensOf(m.text.slice(m.index + m.length, m.index + m.length + 120)).slice(0, 8);
  for (let i = 1; i <= 3; i++) {
    const l = left[left.length - i];
    const r = right[i - 1];
    if (l) out.add(`${p}:L${i}:${l}`);
    if (r) out.add(`${p}:R${i}:${r}`);
  }
  if (left.length >= 2) out.add(`${p}:L21:${left[left.length - 2]}_${left[left.length - 1]}`);
  if (right.length >= 2) out.add(`${p}:R12:${right[0]}_${right[1]}`);
  for (const w of left) if (/\p{L}/u.test(w)) out.add(`W:${stem(w)}`);
  for (const w of right) if (/\p{L}/u.test(w)) out.add(`W:${stem(w)}`);
  const { line, prev } = lineAt(m.text, m.index);
  const rest = line.replace(m.text.slice(m.index, m.index + m.length), ' ').trim();
  // the sentence of the mention: about the meeting, or a row of a list
  const sentence = sentenceAt(m.text, m.index, m.length);
  if (MEETING.test(sentence)) out.add('ctx:meeting');
  const row = !/[\p{L}\p{N}]/u.test(rest) || rest.length < 40 || peopleLine(line) || /^\s*>?\s*(?:[-•*·]|\d{1,2}[.)])\s/.test(line) || /:\s*\*?\s*$/.test(prev[prev.length - 1] ?? '') || /^[^:]{2,30}:/.test(line.trim());
  if (row) out.add('ctx:row');
  if (!/[\p{L}\p{N}]/u.test(rest)) out.add(`${p}:line:alone`);
  else if (rest.length < 40) out.add(`${p}:line:short`);
  if (/^\s*>?\s*(?:[-•*·]|\d{1,2}[.)])\s/.test(line)) out.add(`${p}:line:bullet`);
  if (TIME.test(line)) out.add(`${p}:line:time`);
  if (HEADER_LINE.test(line)) out.add(`${p}:line:header:${/^\s*>?\s*\*?([A-Za-z-]+)/.exec(line)![1].toLowerCase()}`);
  const label = /^\s*>?\s*\*?([\p{L} ()'-]{2,30}?)\*?\s*:/u.exec(line);
  if (label && !HEADER_LINE.test(line)) out.add(`${p}:label:${stem(label[1].trim().toLowerCase().split(/\s+/).pop()!)}`);
  const last = prev[prev.length - 1];
  if (last !== undefined) {
    if (/:\s*\*?\s*$/.test(last)) out.add(`${p}:prev:label:${stem(tokensOf(last).filter((t) => /\p{L}/u.test(t)).pop() ?? '')}`);
    if (CLOSING.test(last)) out.add(`${p}:prev:closing`);
  }
  if (prev.some((l) => CLOSING.test(l))) out.add(`${p}:sig`);
}

/** A name as the model keys it: no honorific or sentence opener, in the order a person writes ("Vogel, Katharina":
 * a directory's order). */
const clean = (n: string): string =>
  n.replace(/^([^,\s]+(?: [^,\s]+)?),\s*([^,]+)$/, '$2 $1').replace(/\s+/g, ' ').replace(/^(?:Then|Next|Finally|Afterwards|Later|Lastly|And|But|Also|With|Meet|Dear|Hi|Hello|Chef)\s+(?=\p{Lu})/u, '').replace(OFFICE_BEFORE_NAME, '').replace(HONORIFIC, '').trim();

/** Mentions of one word of a person's name (at most `limit` a text), where `accept` says so. */
function shortMentions(out: Mention[], texts: [string, string][], word: string, limit: number, accept: (text: string, at: number, end: number) => boolean): void {
  for (const [src, text] of texts) {
    if (!text) continue;
    let at = text.indexOf(word);
    let count = 0;
    while (at >= 0 && count < limit) {
      const end = at + word.length;
      if (!WORD_CHAR.test(text[end] ?? ' ') && accept(text, at, end)) {
        out.push({ src, text, index: at, length: word.length, first: true });
        count++;
      }
      at = text.indexOf(word, end);
    }
  }
}
const HONOURED = /\b(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s$/;

/** Every person the email names, with the features the model reads. */
export function interviewerCandidates(input: InterviewerInput, chosen: Named[]): Candidate[] {
  const { userNames } = input;
  const company = input.company ? fold(input.company) : null;
  const byKey = new Map<string, { name: string; email: string | null; mentions: Mention[]; features: Set<string> }>();
  const add = (raw: string | null | undefined, email: string | null = null): ReturnType<typeof byKey.get> => {
    if (!raw) return undefined;
    const name = clean(raw);
    // ("ArcGIS Pro", "iOS Lead": a run of capitals inside a word is a product's, not a person's)
    if (!NAME_EXACT.test(name) || !isName(name, userNames) || isPlace(name) || /\p{L}\p{Lu}{2}/u.test(name)) return undefined;
    const key = fold(name);
    if (company && (company.includes(key) || key.includes(company))) return undefined;
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { name, email, mentions: [], features: new Set() }));
    if (!c.email && email) c.email = email;
    return c;
  };
  const texts: [string, string][] = [
    ['subject', input.subject],
    ['body', input.body],
    ['quoted', input.quoted],
    ['ics', input.ics?.description ?? ''],
    ['sessions', input.sessionLines.join('\n')],
  ];
  for (const [src, text] of texts) {
    if (!text) continue;
    const re = NAMES;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let count = 0;
    while ((m = re.exec(text)) && count++ < 400) {
      let name = clean(m[0]);
      let at = m.index + m[0].length - name.length;
      if (!isName(name, userNames)) {
        const tail = trailingName(text.slice(m.index, m.index + m[0].length + 40).split('\n')[0], userNames);
        if (!tail) continue;
        name = tail;
        at = text.indexOf(tail, m.index);
        if (at < 0) continue;
      }
      const c = add(name);
      if (c) {
        c.mentions.push({ src, text, index: at, length: name.length, first: false });
        if (name !== clean(m[0])) c.features.add('tail');
      }
    }
  }
  const header = (p: { name: string | null; email: string | null } | null | undefined, tag: string) => {
    const c = add(p?.name, p?.email ?? null);
    if (c) c.features.add(`hdr:${tag}`);
  };
  header(input.from, 'from');
  for (const p of input.attendees) header(p, 'to');
  for (const p of input.known) header(p, 'known');
  if (input.ics) {
    for (const a of input.ics.attendees) header(a, a.role === 'NON-PARTICIPANT' ? 'ics:nonpart' : 'ics:att');
    header(input.ics.organizer, 'ics:org');
  }
  for (const p of chosen) {
    const c = add(p.name, p.email);
    if (c) c.features.add('rule');
  }
  // "De Luca" inside "Lorenzo De Luca": the same person
  const all = [...byKey.values()];
  for (const c of all) {
    const k = ` ${fold(c.name)} `;
    // ("Marguerite St" inside "Marguerite St. Clair")
    const whole = all.find((o) => o !== c && o.name.length > c.name.length && (` ${fold(o.name)} `.includes(k) || ` ${fold(o.name)} `.includes(`${k.trimEnd()}. `)));
    if (whole && !c.features.has('rule')) {
      whole.mentions.push(...c.mentions);
      for (const f of c.features) if (f.startsWith('hdr:')) whole.features.add(f);
      byKey.delete(fold(c.name));
    }
  }
  const out: Candidate[] = [];
  for (const c of byKey.values()) {
    const words = c.name.split(' ');
    // first-name mentions ("Anjali will join for the second half"): a whole word, not followed by the rest of the name
    // (those are the full mentions)
    const first = words[0];
    const second = ` ${words[1]}`;
    if (first.length >= 3) shortMentions(c.mentions, texts, first, 50, (text, at, end) => !WORD_CHAR.test(text[at - 1] ?? ' ') && !text.startsWith(second, end));
    // "Dr. Grant-Whitaker will lead": a family name after an honorific is the same person
    const last = words[words.length - 1];
    if (last.length >= 3) shortMentions(c.mentions, texts, last, 20, (text, at) => HONOURED.test(text.slice(Math.max(0, at - 6), at)));
    const full = c.mentions.filter((m) => !m.first).length;
    const firsts = c.mentions.length - full;
    c.features.add(`full:${Math.min(full, 4)}`);
    c.features.add(`first:${Math.min(firsts, 4)}`);
    c.features.add(`words:${words.length}`);
    const english = words.filter((w) => isEnglishWord(w.toLowerCase())).length;
    c.features.add(english === 0 ? 'eng:none' : english === words.length ? 'eng:all' : 'eng:some');
    if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(words[words.length - 1]) && isEnglishWord(words[words.length - 1].toLowerCase())) c.features.add('eng:last');
    if (c.email) c.features.add('email');
    if (!c.features.has('rule')) c.features.add('norule');
    for (const m of c.mentions.slice(0, 30)) mentionFeatures(m, c.features);
    out.push({ name: c.name, email: c.email, features: [...c.features] });
  }
  return out;
}

/** The model's score for a candidate (log-odds of being an interviewer). */
export function scoreCandidate(c: Candidate, weights: Record<string, number> = WEIGHTS): number {
  let s = weights['bias'] ?? 0;
  for (const f of c.features) s += weights[f] ?? 0;
  return s;
}

const MAX_INTERVIEWERS = 12;

/** Above this score a person the rules did not choose is an interviewer; below LOW one they chose is not. */
const HIGH = 2;
const LOW = -5;

/** The interviewers: the rules' choices the model does not reject, in their order, then the people the model is sure of
 * (never one the rules read and ruled out). */
export function rerankInterviewers(input: InterviewerInput, chosen: Named[], rejected: Set<string> = new Set(), weights: Record<string, number> = WEIGHTS): Named[] {
  if (weights !== WEIGHTS ? !Object.keys(weights).length : !TRAINED) return chosen;
  return combine(interviewerCandidates(input, chosen), chosen, rejected, weights);
}

/** The rules' choices and the model's scores of the candidates, joined (see rerankInterviewers). */
export function combine(candidates: Candidate[], chosen: Named[], rejected: Set<string> = new Set(), weights: Record<string, number> = WEIGHTS, high = HIGH, low = LOW): Named[] {
  const cands = new Map(candidates.map((c) => [fold(c.name), c]));
  const out: Named[] = [];
  for (const p of chosen) {
    const c = p.name ? cands.get(fold(clean(p.name))) : undefined;
    // a choice the candidates do not hold (a name the rules read in their own way) stays the rules'
    if (!c) out.push(p);
    else if (scoreCandidate(c, weights) > low) out.push({ name: c.name, email: p.email ?? c.email });
    if (c) cands.delete(fold(c.name));
  }
  // the model adds no sender: a sender joins by what the rules read of "I" and "me" (it may still drop one the rules
  // chose, a coordinator's "I" read as a panellist's: held out, dropping helps more often than it hurts),
  // and a person is added only from a sentence about the meeting or a row of a list ("X founded the firm along with Y" is neither)
  // (nor part of a name the rules chose: "Marguerite St" of "Marguerite St. Clair")
  const chosenKeys = chosen.map((p) => (p.name ? fold(p.name) : ''));
  const partOfChosen = (key: string) => chosenKeys.some((k) => k.startsWith(`${key} `) || k.startsWith(`${key}. `) || k.endsWith(` ${key}`));
  for (const [key, c] of cands) {
    // "María José" chosen, "María José Ruiz Delgado" in the quoted invitation: the same person, by the fuller name
    const shorter = out.findIndex((p) => p.name && key.startsWith(`${fold(clean(p.name))} `));
    if (shorter >= 0 && !rejected.has(key)) {
      if (!out.some((p) => p.name && fold(clean(p.name)) === key)) out[shorter] = { name: c.name, email: out[shorter].email ?? c.email };
      continue;
    }
    const context = c.features.includes('ctx:meeting') || c.features.includes('ctx:row');
    if (context && !rejected.has(key) && !partOfChosen(key) && !c.features.includes('hdr:from') && scoreCandidate(c, weights) > high) out.push({ name: c.name, email: c.email });
  }
  // as many as the rules report at most (each is a thank-you draft)
  return out.slice(0, MAX_INTERVIEWERS);
}
