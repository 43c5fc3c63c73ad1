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
