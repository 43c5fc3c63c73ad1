// Test helpers around the local stack: a fresh one per test file on free ports, and a reader of its SES store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../infra/local/start.js';

export interface SentMail {
  messageId: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** when it was sent, by the local clock */
  at: Date;
}

export async function freshStack(opts: LocalStackOptions = {}): Promise<LocalStack & { dir: string; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'followup-test-'));
  const stack = await startLocalStack({
    dataDir: dir,
    ports: { dynamodb: 0, s3: 0, ses: 0, scheduler: 0, smtp: 0 },
    tickMs: null,
    user: 'sam.rivera@example.net',
    timeZone: 'America/Chicago',
    log: () => {},
    quiet: true,
    ...opts,
  });
  return Object.assign(stack, {
    dir,
    cleanup: async () => {
      await stack.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

export async function sentMail(stack: LocalStack): Promise<SentMail[]> {
  const r = await fetch(stack.emulators.sesStoreUrl);
  const body = (await r.json()) as { emails: any[] };
  return body.emails.map((e) => ({
    messageId: e.messageId,
    to: e.destination?.to ?? [],
    subject: e.subject,
    text: e.body?.text ?? '',
    html: e.body?.html ?? '',
    headers: Object.fromEntries((e.headers ?? []).map((h: { name: string; value: string }) => [h.name.toLowerCase(), h.value])),
    at: new Date(e.at * 1000),
  }));
}

export async function smtpSend(stack: LocalStack, raw: string | Buffer, envelope: { from: string; to: string[] }): Promise<void> {
  const t = createTransport({ host: '127.0.0.1', port: stack.smtp.port, secure: false, ignoreTLS: true });
  await t.sendMail({ envelope, raw });
  t.close();
  await stack.idle();
}

export function kindOf(m: SentMail): string {
  return m.headers['x-followup-kind'] ?? '?';
}

import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { buildSesEvent } from '../../infra/local/smtp.js';
import { localClientConfig } from '../../infra/local/emulators.js';
import type { LocalStack as Stack } from '../../infra/local/start.js';

/** Deliver a raw message as SES would (S3 object, then the Lambda event), with chosen verdicts, straight to `inbound`. */
export async function deliver(
  stack: Stack,
  raw: string,
  o: { source: string; recipients: string[]; verdicts?: Partial<Record<'spf' | 'dkim' | 'dmarc' | 'spam' | 'virus', string>>; sesMessageId?: string },
): Promise<{ event: unknown; result: unknown }> {
  const id = o.sesMessageId ?? randomBytes(16).toString('hex');
  const s3 = new S3Client({ ...localClientConfig(stack.emulators.endpoints.s3), forcePathStyle: true });
  await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `raw/${id}`, Body: Buffer.from(raw) }));
  s3.destroy();
  const event = (await buildSesEvent({ raw: Buffer.from(raw), messageId: id, source: o.source, recipients: o.recipients, receivedAt: stack.clock.now() })) as any;
  const r = event.Records[0].ses.receipt;
  const v = { spf: 'PASS', dkim: 'PASS', dmarc: 'PASS', spam: 'PASS', virus: 'PASS', ...o.verdicts };
  Object.assign(r, { spfVerdict: { status: v.spf }, dkimVerdict: { status: v.dkim }, dmarcVerdict: { status: v.dmarc }, spamVerdict: { status: v.spam }, virusVerdict: { status: v.virus } });
  const result = await stack.handlers.inbound(event, { invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:inbound' });
  return { event, result };
}

/** A reply to one of our emails, as Gmail would send it (quoted prompt below). */
export function replyTo(prompt: SentMail, o: { from: string; body: string; date: Date }): string {
  const quoted = prompt.text.split('\n').map((l) => `> ${l}`).join('\r\n');
  return [
    `From: Sam Rivera <${o.from}>`,
    `To: ${prompt.headers['reply-to']}`,
    `Subject: Re: ${prompt.subject}`,
    `Date: ${o.date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${randomBytes(10).toString('hex')}@mail.gmail.com>`,
    `In-Reply-To: ${prompt.headers['message-id']}`,
    `References: ${prompt.headers['message-id']}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    o.body,
    '',
    `On ${o.date.toUTCString()} Interview Follow-up <prompts@followup.localhost> wrote:`,
    quoted,
    '',
  ].join('\r\n');
}
