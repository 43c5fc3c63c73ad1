// Plain text from whatever the message carried: HTML to text in one linear pass, invisible characters removed,
// quoting markers stripped. Every function here is bounded by MAX_TEXT so hostile input stays cheap.

/** Only the first ~200 KB of any text is read: interview details are never deeper than that. */
export const MAX_TEXT = 200 * 1024;

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', middot: '·', ndash: '–', mdash: '—',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  hellip: '…', bull: '•', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°',
  times: '×', sect: '§', para: '¶', dagger: '†', Dagger: '‡', iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º',
  aelig: 'æ', AElig: 'Æ', oelig: 'œ', OElig: 'Œ', szlig: 'ß', eth: 'ð', ETH: 'Ð', thorn: 'þ', THORN: 'Þ',
  oslash: 'ø', Oslash: 'Ø', lstrok: 'ł', Lstrok: 'Ł', dstrok: 'đ', Dstrok: 'Đ', hstrok: 'ħ', Hstrok: 'Ħ', inodot: 'ı',
  zwnj: '', zwj: '', shy: '', rarr: '→', sdot: '⋅', thinsp: ' ', ensp: ' ', emsp: ' ',
};

/** Accented letters by their HTML names ("&Scaron;", "&oslash;", "&ccaron;"): the letter plus a combining mark. */
const MARKS: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327',
  caron: '\u030c', macr: '\u0304', ogon: '\u0328', dot: '\u0307', breve: '\u0306', dblac: '\u030b',
};
const ACCENTED = /^([a-zA-Z])(acute|grave|circ|tilde|uml|ring|cedil|caron|macr|ogon|dot|breve|dblac)$/;

const own = (k: string): string | undefined => (Object.hasOwn(ENTITIES, k) ? ENTITIES[k] : undefined);

function named(e: string): string | undefined {
  const v = own(e) ?? (e === e.toUpperCase() ? own(e.toLowerCase()) : undefined);
  if (v !== undefined) return v;
  const m = ACCENTED.exec(e);
  return m ? (m[1] + MARKS[m[2]!]).normalize('NFC') : undefined;
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return named(e) ?? all;
  });
}

const BLOCK_TAGS = new Set(['br', 'p', 'div', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'blockquote', 'hr', 'ul', 'ol', 'section', 'header', 'footer', 'center']);
const SKIP_TAGS = new Set(['style', 'script', 'head', 'title']);

/** HTML to readable text; links keep their target as "label <url>" (how Gmail renders them in text/plain). */
export function htmlToText(html: string): string {
  const s = html.length > MAX_TEXT * 2 ? html.slice(0, MAX_TEXT * 2) : html;
  const out: string[] = [];
  let i = 0;
  let skipUntil: string | null = null;
  let href: string | null = null;
  let linkStart = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt < 0) {
      if (!skipUntil) out.push(s.slice(i));
      break;
    }
    if (lt > i && !skipUntil) out.push(s.slice(i, lt));
    const gt = s.indexOf('>', lt + 1);
    if (gt < 0) break;
    const tag = s.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('!--')) {
      const endc = s.indexOf('-->', lt + 4);
      i = endc < 0 ? s.length : endc + 3;
      continue;
    }
    const nm = /^\/?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(tag);
    if (!nm) continue;
    const name = nm[1].toLowerCase();
    const closing = tag.startsWith('/');
    if (skipUntil) {
      if (closing && name === skipUntil) skipUntil = null;
      continue;
    }
    if (SKIP_TAGS.has(name) && !closing && !tag.endsWith('/')) {
      skipUntil = name;
      continue;
    }
    if (name === 'a' && !closing) {
      const h = /href\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
      href = h ? decodeEntities(h[2] ?? h[3] ?? h[4] ?? '') : null;
      linkStart = out.length;
      continue;
    }
    if (name === 'a' && closing) {
      if (href && /^https?:/i.test(href)) {
        const label = decodeEntities(out.slice(linkStart).join('')).trim();
        if (label !== href && !label.includes(href)) out.push(` <${href}>`);
      }
      href = null;
      continue;
    }
    if (name === 'td' || name === 'th') out.push(closing ? ' ' : ' ');
    else if (BLOCK_TAGS.has(name)) out.push('\n');
  }
  return decodeEntities(out.join(''))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** Remove invisible characters preheaders use, normalise spaces and line ends. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function cleanText(s: string): string {
  let t = s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  // windows-1252 text decoded as Latin-1 leaves its dashes and quotes as C1 controls: give them back
  if (/[\u0080-\u009f]/.test(t)) t = t.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] || ' ');
  t = t.replace(/[\u200b-\u200f\u034f\ufeff\u00ad\u2060\u180e\u061c]/g, '').replace(/[\u00a0\u2007\u202f\u2009\u2002\u2003]/g, ' ');
  // trailing blanks off every line, by hand: /[ \t]+$/gm is quadratic on a long run of spaces that ends in a letter
  return t.split('\n').map(trimLineEnd).join('\n');
}

function trimLineEnd(l: string): string {
  let e = l.length;
  while (e > 0 && (l.charCodeAt(e - 1) === 32 || l.charCodeAt(e - 1) === 9)) e--;
  return e === l.length ? l : l.slice(0, e);
}

/** Strip one level of "> " quoting from every line that has it. */
export function unquote(s: string): string {
  return s.replace(/^> ?/gm, '');
}
