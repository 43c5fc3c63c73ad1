// One MIME parser for the whole domain (postal-mime): forwards, replies and attachments go through here.
import PostalMime from 'postal-mime';

export interface Address {
  name: string;
  address: string;
}

export interface Attachment {
  filename: string | null;
  mimeType: string;
  /** iTIP METHOD of a text/calendar part (REQUEST, CANCEL…), when the part declares it */
  method: string | null;
  content: Uint8Array;
}

export interface ParsedMail {
  headers: { key: string; value: string }[];
  from: Address | null;
  to: Address[];
  cc: Address[];
  replyTo: Address[];
  subject: string;
  messageId: string | null;
  inReplyTo: string | null;
  /** ISO instant of the Date header, or null when missing/unparseable */
  date: string | null;
  text: string;
  html: string;
  attachments: Attachment[];
}

/** Hard limits per message so a hostile input cannot make one parse unbounded. */
export const MAX_RAW_BYTES = 30 * 1024 * 1024;

function flatAddresses(list: unknown): Address[] {
  const out: Address[] = [];
  for (const a of (Array.isArray(list) ? list : []) as any[]) {
    if (a && typeof a.address === 'string') out.push({ name: String(a.name ?? ''), address: a.address.toLowerCase() });
    if (a && Array.isArray(a.group)) out.push(...flatAddresses(a.group));
  }
  return out;
}

function toBytes(c: unknown): Uint8Array {
  if (c instanceof Uint8Array) return c;
  if (c instanceof ArrayBuffer) return new Uint8Array(c);
  if (typeof c === 'string') return new TextEncoder().encode(c);
  return new Uint8Array();
}

export async function parseMime(raw: Uint8Array | string): Promise<ParsedMail> {
  const input = typeof raw === 'string' ? raw : raw.subarray(0, MAX_RAW_BYTES);
  const m: any = await PostalMime.parse(input as any, { attachmentEncoding: 'arraybuffer' } as any);
  const date = m.date ? new Date(m.date) : null;
  return {
    headers: (m.headers ?? []).map((h: any) => ({ key: String(h.key).toLowerCase(), value: String(h.value) })),
    from: flatAddresses(m.from ? [m.from] : [])[0] ?? null,
    to: flatAddresses(m.to),
    cc: flatAddresses(m.cc),
    replyTo: flatAddresses(m.replyTo),
    subject: String(m.subject ?? ''),
    messageId: m.messageId ?? null,
    inReplyTo: m.inReplyTo ?? null,
    date: date && !Number.isNaN(date.getTime()) ? date.toISOString() : null,
    text: String(m.text ?? ''),
    html: String(m.html ?? ''),
    attachments: (m.attachments ?? []).map((a: any) => ({
      filename: a.filename ?? null,
      mimeType: String(a.mimeType ?? 'application/octet-stream').toLowerCase(),
      method: a.method ? String(a.method).toUpperCase() : null,
      content: toBytes(a.content),
    })),
  };
}
