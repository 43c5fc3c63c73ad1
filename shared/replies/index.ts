// Replies to prompts: strip the user's new text out of the email, then read intents, a date and a note from it.
import { parseMime } from '../mime.js';
import type { ReplyReading } from '../types.js';
import { readReply } from './read.js';
import { stripReply } from './strip.js';

export { stripReply } from './strip.js';
export { readReply, DEFAULT_SNOOZE_DAYS } from './read.js';
export { findDate } from './dates.js';

export interface ParsedReply extends ReplyReading {
  from: string | null;
  to: string[];
  /** ISO instant the reading was resolved against: the Date header, else `now` */
  sentAt: string | null;
  /** the stripped new text */
  text: string;
  /** set when the message could not be parsed as MIME at all (the reading is then empty) */
  error?: string;
}

/** Parse a raw reply (MIME), strip it and read it. `now` stands in for a missing or broken Date header. */
export async function parseReplyEmail(
  raw: Uint8Array | string,
  opts: { userTimeZone: string; now?: Date },
): Promise<ParsedReply> {
  let mail: Awaited<ReturnType<typeof parseMime>>;
  try {
    mail = await parseMime(raw);
  } catch (err) {
    // Hostile or broken MIME (e.g. nesting deeper than the parser allows) reads as an unclear reply, not a crash.
    const sentAt = opts.now && !Number.isNaN(opts.now.getTime()) ? opts.now.toISOString() : null;
    const error = err instanceof Error ? err.message : String(err);
    return { intents: [], date: null, note: null, from: null, to: [], sentAt, text: '', error };
  }
  const text = stripReply(mail.text, mail.html);
  const sentAt = mail.date ? new Date(mail.date) : opts.now && !Number.isNaN(opts.now.getTime()) ? opts.now : null;
  // Without any instant there is no "today" to resolve dates against; the epoch keeps the reading pure and
  // the caller sees sentAt: null.
  const reading = readReply(text, { sentAt: sentAt ?? new Date(0), userTimeZone: opts.userTimeZone });
  return {
    ...reading,
    from: mail.from?.address ?? null,
    to: mail.to.map((a) => a.address),
    sentAt: sentAt ? sentAt.toISOString() : null,
    text,
  };
}
