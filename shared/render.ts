// Rendering of the words users read. A template is plain text a non-programmer can edit (templates/*.txt):
//
//   Subject: Prep for {{company}} tomorrow          ← first line
//                                                   ← blank line
//   Paragraphs separated by blank lines.
//   - a line starting with "- " is a bullet
//   | a line starting with "| " is part of a draft to copy (a quoted block)
//   {{name}} inserts a value; {{#list}}…{{/list}} repeats for each item (or shows once when truthy);
//   {{^name}}…{{/name}} shows when the value is empty. Links (https://…, mailto:…) become clickable in HTML.
//
// One source gives both parts. The HTML part escapes the whole rendered text before adding its own tags, so
// nothing that came from an email can ever become markup; values are folded to one line unless multi-line is
// explicitly allowed, so a value cannot invent bullets, drafts or headers.

export type View = { [key: string]: unknown };

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

export class TemplateError extends Error {
  override name = 'TemplateError';
}

const TAG = /\{\{([#^/]?)\s*([\w.-]+)\s*\}\}/g;

/** Multi-line values (notes, drafts) keep their line breaks but each line is marked so it cannot start markup. */
export class MultiLine {
  constructor(readonly value: string) {}
}

function lookup(stack: View[], name: string): unknown {
  if (name === '.') return stack[0]?.['.'];
  for (const ctx of stack) {
    if (ctx && typeof ctx === 'object' && name in ctx) return ctx[name];
  }
  return undefined;
}

function oneLine(v: unknown): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof MultiLine) return v.value;
  return String(v).replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

function expand(src: string, stack: View[]): string {
  let out = '';
  let i = 0;
  TAG.lastIndex = 0;
  for (;;) {
    TAG.lastIndex = i;
    const m = TAG.exec(src);
    if (!m) return out + src.slice(i);
    out += src.slice(i, m.index);
    const [whole, sigil, name] = m;
    i = m.index + whole.length;
    if (sigil === '') {
      const v = lookup(stack, name);
      if (v instanceof MultiLine) {
        // continuation lines stay inside a draft block when the tag sits in one, and can never start markup
        const current = out.slice(out.lastIndexOf('\n') + 1);
        const lead = current.startsWith('| ') ? '| ' : '';
        out += v.value
          .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
          .split(/\r?\n/)
          .map((l, n) => (n === 0 ? l : lead + l.replace(/^([-|])(\s|$)/, ' $1$2')))
          .join('\n');
      } else out += oneLine(v);
      continue;
    }
    if (sigil === '/') throw new TemplateError(`unexpected {{/${name}}}`);
    // find the matching close tag, honouring nesting of the same name
    const close = new RegExp(`\\{\\{([#^/])\\s*${name.replace(/[.-]/g, '\\$&')}\\s*\\}\\}`, 'g');
    close.lastIndex = i;
    let depth = 1;
    let end = -1;
    let after = -1;
    for (let c = close.exec(src); c; c = close.exec(src)) {
      depth += c[1] === '/' ? -1 : 1;
      if (depth === 0) {
        end = c.index;
        after = c.index + c[0].length;
        break;
      }
    }
    if (end < 0) throw new TemplateError(`{{${sigil}${name}}} is never closed`);
    const inner = src.slice(i, end);
    const v = lookup(stack, name);
    const empty = v === undefined || v === null || v === false || v === '' || (Array.isArray(v) && v.length === 0);
    if (sigil === '^') {
      if (empty) out += expand(inner, stack);
    } else if (Array.isArray(v)) {
      for (const item of v) out += expand(inner, [typeof item === 'object' && item !== null ? (item as View) : { '.': item }, ...stack]);
    } else if (!empty) {
      out += expand(inner, [typeof v === 'object' ? (v as View) : {}, ...stack]);
    }
    i = after;
    // a section tag alone on its line leaves no blank line behind
    if (src[i] === '\n' && (out.endsWith('\n') || out === '')) i++;
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const LINK = /\b(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]|mailto:[^\s<>"']+[^\s<>"'.,;:!?)\]])/g;

function linkify(escaped: string): string {
  return escaped.replace(LINK, (url) => {
    const label = url.startsWith('mailto:') ? 'Open this draft in your mail app' : url;
    return `<a href="${url}">${url.startsWith('mailto:') ? label : url}</a>`;
  });
}

const LABEL = /^([A-Z][A-Za-z ()\-,/]{0,40}):(?=\s)/;

/** "Company: Acme" shows its label in bold (applied to escaped text, so the label is plain words). */
function labelled(escapedItem: string): string {
  return escapedItem.replace(LABEL, '<strong>$1:</strong>');
}

const FOOTER =
  '<p style="color:#888;font-size:12px;margin-top:2em">Sent by your interview follow-up assistant. Reply in plain words — “sent”, “offer”, “snooze till Monday”, “help” — and it adjusts.</p>';

/** Plain text (already expanded) → a small, safe HTML document. */
export function textToHtml(text: string): string {
  const blocks = text.split(/\n{2,}/).map((b) => b.replace(/^\n+|\n+$/g, '')).filter((b) => b.trim() !== '');
  const parts: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    let para: string[] = [];
    let list: string[] = [];
    let quote: string[] = [];
    const flush = () => {
      if (para.length) parts.push(`<p>${para.map((l) => linkify(escapeHtml(l))).join('<br>')}</p>`);
      if (list.length) {
        // a key/value list (every item "Label: value") shows its labels in bold
        const keyed = list.every((l) => LABEL.test(l));
        parts.push(`<ul>${list.map((l) => `<li>${keyed ? labelled(linkify(escapeHtml(l))) : linkify(escapeHtml(l))}</li>`).join('')}</ul>`);
      }
      if (quote.length)
        parts.push(
          `<blockquote style="border-left:3px solid #ccc;margin:0 0 1em;padding:.5em 1em;background:#f7f7f7;white-space:pre-wrap">${quote
            .map((l) => escapeHtml(l))
            .join('\n')}</blockquote>`,
        );
      para = [];
      list = [];
      quote = [];
    };
    for (const line of lines) {
      if (line.startsWith('- ')) {
        if (para.length || quote.length) flush();
        list.push(line.slice(2));
      } else if (line.startsWith('| ') || line === '|') {
        if (para.length || list.length) flush();
        quote.push(line.slice(2));
      } else {
        if (list.length || quote.length) flush();
        para.push(line);
      }
    }
    flush();
  }
  return `<!doctype html><html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#222;max-width:640px">${parts.join('\n')}${FOOTER}</body></html>`;
}

/** Render a template source with a view into subject, text and HTML. */
export function render(source: string, view: View): Rendered {
  const expanded = expand(source.replace(/\r\n/g, '\n'), [view]);
  const m = /^Subject:[ \t]*(.*)\n/.exec(expanded);
  if (!m) throw new TemplateError('a template starts with a "Subject: …" line');
  const subject = m[1].replace(/[\r\n]+/g, ' ').trim();
  const body = expanded
    .slice(m[0].length)
    .replace(/^\n+/, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd();
  // The text part shows drafts without the "| " markers, indented, so they copy cleanly; a line that is only a
  // mailto: link (the "open this draft" button of the HTML part) is left out of it.
  const text =
    body
      .replace(/^\| ?/gm, '    ')
      .replace(/^mailto:\S*\n?/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n';
  return { subject, text, html: textToHtml(body) };
}
