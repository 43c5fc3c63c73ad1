// HTML → plain text for replies that carry no text/plain part (Outlook web, some mobile clients).
// Hand-written scanner on indexOf, not a regex over the document: every step moves forward, so a hostile or
// 1 MB message costs one pass, and an unterminated comment or tag cannot make it quadratic.

/**
 * Markers that start the quoted original in the HTML of common clients. Everything from the earliest one on is
 * the prompt we sent (or the client's signature block), never the user's new text.
 */
const QUOTE_MARKERS = [
  '<blockquote', // Apple Mail, iPhone, Thunderbird, Gmail's inner quote
  'gmail_quote', // Gmail web and Android: <div class="gmail_quote">On … wrote:
  'gmail_signature',
  'divrplyfwdmsg', // Outlook web/desktop: <div id="divRplyFwdMsg"><b>From:</b> …
  'appendonsend', // Outlook web: empty div just before the <hr> and the header block
  'mail-editor-reference-message-container', // new Outlook
  'moz-cite-prefix', // Thunderbird
  'yahoo_quoted', // Yahoo
  'outlookmessageheader',
  'x_divrplyfwdmsg',
];

const SKIP_CONTENT = new Set(['head', 'style', 'script', 'title', 'xml']);
const BLOCK = new Set([
  'div', 'p', 'li', 'ul', 'ol', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section',
  'article', 'header', 'footer', 'dd', 'dt', 'center',
]);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™',
  eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç', ntilde: 'ñ',
  zwj: '', zwnj: '', shy: '',
};

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    const named = NAMED[body.toLowerCase()];
    return named ?? m;
  });
}

/** Index of the `<` that opens the tag containing position `pos` (or `pos` when not inside a tag). */
function tagStart(html: string, pos: number): number {
  const lt = html.lastIndexOf('<', pos);
  const gt = html.lastIndexOf('>', pos);
  return lt > gt ? lt : pos;
}

/** Cut the HTML at the first quote marker (case-insensitive). */
export function cutHtmlQuote(html: string): string {
  const lower = html.toLowerCase();
  let cut = html.length;
  for (const m of QUOTE_MARKERS) {
    const i = lower.indexOf(m);
    if (i >= 0 && i < cut) cut = m.startsWith('<') ? i : tagStart(html, i);
  }
  return html.slice(0, cut);
}

/** Convert HTML to text: block elements and <br> become line breaks, everything else is dropped. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const n = html.length;
  const lower = html.toLowerCase();
  let i = 0;
  let lineParagraph = false;
  // Line breaks owed by block boundaries: adjacent boundaries ("</div><div>", "</p>\n<p>") make one break, not
  // one each, so a name card written as one block per line stays a card. Paid before the next text or <br>.
  let pending = 0;
  const flush = () => {
    if (pending) out.push(pending > 1 ? '\n\n' : '\n');
    pending = 0;
  };
  const text = (s: string) => {
    if (!s) return;
    const t = s.replace(/[ \t\r\n\f]+/g, ' ');
    if (t !== ' ') flush();
    out.push(t);
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const m = /^\/?([a-zA-Z][a-zA-Z0-9:]*)/.exec(html.slice(lt + 1, Math.min(gt, lt + 40)));
    i = gt + 1;
    if (!m) continue;
    const closing = html[lt + 1] === '/';
    const name = m[1].toLowerCase();
    if (!closing && SKIP_CONTENT.has(name) && html[gt - 1] !== '/') {
      const end = lower.indexOf(`</${name}`, gt);
      if (end < 0) break;
      const endGt = html.indexOf('>', end);
      i = endGt < 0 ? n : endGt + 1;
      continue;
    }
    if (name === 'br') {
      flush();
      out.push('\n');
    } else if (name === 'hr') pending = 2;
    else if (name === 'p') {
      // Word/Outlook desktop writes every line as <p class="MsoNormal"> with no margin (blank lines are empty
      // paragraphs), so those are lines; other paragraphs are separated by a blank line.
      if (!closing) lineParagraph = /\bclass\s*=\s*["']?msonormal\b/.test(lower.slice(lt, Math.min(gt, lt + 200)));
      pending = Math.max(pending, closing && !lineParagraph ? 2 : 1);
    } else if (BLOCK.has(name)) pending = Math.max(pending, 1);
  }
  const joined = decodeEntities(out.join(''));
  // Lines trimmed of the spaces that tag removal leaves around them; at most one blank line in a row.
  return joined
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
