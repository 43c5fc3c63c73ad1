// Mailer on SESv2 with a raw MIME message we build ourselves, so Reply-To, Message-ID and our own headers go out
// exactly as written. The guard is here, at the last step: it sends only to a registered user, one recipient, and
// folds CR/LF out of every header so nothing from an email can inject a header.
import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import { randomBytes } from 'node:crypto';
import type { Mailer, OutgoingMail } from '../ports.js';

export class RecipientNotAllowedError extends Error {
  override name = 'RecipientNotAllowedError';
}

const ADDRESS = /^[^\s@<>",;:()\\[\]]+@[^\s@<>",;:()\\[\]]+\.[^\s@<>",;:()\\[\]]+$/;

/** One line, no control characters. */
export function headerValue(v: string): string {
  return v.replace(/[\r\n\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

function encodeWord(v: string): string {
  const clean = headerValue(v);
  return /^[\x20-\x7e]*$/.test(clean) ? clean : `=?UTF-8?B?${Buffer.from(clean, 'utf8').toString('base64')}?=`;
}

function base64Lines(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64').replace(/.{1,76}/g, '$&\r\n');
}

export function buildMime(from: string, mail: OutgoingMail): string {
  const boundary = `=_fu_${randomBytes(12).toString('hex')}`;
  const headers: [string, string][] = [
    ['From', `Interview Follow-up <${from}>`],
    ['To', mail.to],
    ['Subject', encodeWord(mail.subject)],
    ['Date', (mail.date ?? new Date()).toUTCString().replace('GMT', '+0000')],
    ['MIME-Version', '1.0'],
  ];
  if (mail.replyTo) headers.push(['Reply-To', mail.replyTo]);
  if (mail.messageId) headers.push(['Message-ID', mail.messageId]);
  for (const [k, v] of Object.entries(mail.headers ?? {})) if (/^X-[A-Za-z0-9-]+$/.test(k)) headers.push([k, encodeWord(v)]);
  headers.push(['Content-Type', `multipart/alternative; boundary="${boundary}"`]);
  return (
    headers.map(([k, v]) => `${k}: ${headerValue(v)}`).join('\r\n') +
    `\r\n\r\n--${boundary}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(mail.text)}` +
    `--${boundary}\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(mail.html)}` +
    `--${boundary}--\r\n`
  );
}

export class SesMailer implements Mailer {
  constructor(
    private readonly client: SESv2Client,
    private readonly from: string,
    /** the registered users: the only addresses this system ever writes to */
    private readonly isRegistered: (email: string) => Promise<boolean>,
  ) {}

  async send(mail: OutgoingMail): Promise<void> {
    const to = mail.to.trim().toLowerCase();
    if (!ADDRESS.test(to) || !(await this.isRegistered(to))) throw new RecipientNotAllowedError(`refusing to email ${JSON.stringify(mail.to)}: not a registered user`);
    if (mail.replyTo !== undefined && !ADDRESS.test(mail.replyTo)) throw new RecipientNotAllowedError('invalid Reply-To');
    const raw = buildMime(this.from, { ...mail, to });
    await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [to] },
        Content: { Raw: { Data: new TextEncoder().encode(raw) } },
      }),
    );
  }
}
