// The reply engine as the workflow uses it: what the reply says, plus which of our emails it answers.
import { parseReplyEmail } from './replies/index.js';
import type { ReplyReading } from './types.js';

const IN_REPLY_TO = /^In-Reply-To:[ \t]*(<[^>\r\n]{1,300}>)/im;

export async function readReplyMail(raw: Uint8Array, opts: { userTimeZone: string; now: Date }): Promise<ReplyReading & { inReplyTo: string | null; text: string; sentAt: string | null }> {
  let r: ReplyReading & { text?: string; sentAt?: string | null };
  try {
    r = await parseReplyEmail(raw, { userTimeZone: opts.userTimeZone, now: opts.now });
  } catch {
    // A reply we cannot even parse is an unclear reply: the user hears "I didn't understand", nothing changes.
    r = { intents: [], date: null, note: null };
  }
  // Headers end at the first blank line; only that part is searched.
  const head = new TextDecoder().decode(raw.subarray(0, 65536)).split(/\r?\n\r?\n/, 1)[0];
  return { intents: r.intents, date: r.date, note: r.note, inReplyTo: IN_REPLY_TO.exec(head)?.[1] ?? null, text: r.text ?? '', sentAt: r.sentAt ?? null };
}
