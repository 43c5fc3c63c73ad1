// The mailer is the last line: it writes only to registered users, one recipient at a time, with clean headers;
// and a user gets at most N emails a day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import PostalMime from 'postal-mime';
import { freshStack, sentMail } from '../support/local-stack.js';
import { localClientConfig } from '../../infra/local/emulators.js';
import { buildMime, RecipientNotAllowedError, SesMailer } from '../../shared/adapters/ses-mailer.js';
import { DynamoDbInterviewStore } from '../../shared/adapters/dynamodb-store.js';
import { sendStandalone, type Deps } from '../../shared/workflow.js';

const SAM = 'sam.rivera@example.net';
let stack: Awaited<ReturnType<typeof freshStack>>;
let ses: SESv2Client;

beforeAll(async () => {
  stack = await freshStack();
  ses = new SESv2Client(localClientConfig(stack.emulators.endpoints.sesv2));
});
afterAll(async () => {
  ses?.destroy();
  await stack?.cleanup();
});

describe('the mailer only ever emails registered users', () => {
  it('refuses every address that is not registered (property over random inputs), and sends nothing', async () => {
    const mailer = new SesMailer(ses, 'prompts@followup.localhost', async (e) => e === SAM);
    const before = (await sentMail(stack)).length;
    const arbTarget = fc.oneof(
      fc.emailAddress(),
      fc.string(),
      fc.constantFrom(`${SAM}, mallory@example.org`, `${SAM}\r\nBcc: mallory@example.org`, `Sam <${SAM}>`, `${SAM}.evil.org`, `"${SAM}"@evil.org`, ''),
    );
    await fc.assert(
      fc.asyncProperty(arbTarget, fc.string(), async (to, subject) => {
        fc.pre(to.trim().toLowerCase() !== SAM);
        await expect(mailer.send({ to, subject, text: 'x', html: '<p>x</p>' })).rejects.toBeInstanceOf(RecipientNotAllowedError);
      }),
      { numRuns: 300 },
    );
    expect((await sentMail(stack)).length).toBe(before);
    await mailer.send({ to: SAM, subject: 'hello', text: 'x', html: '<p>x</p>' });
    const after = await sentMail(stack);
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)!.to).toEqual([SAM]);
  });

  it('CR/LF in a subject or header value cannot add a header', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (a, b) => {
        const raw = buildMime('prompts@x.example', { to: SAM, subject: `${a}\r\nBcc: evil@example.org\n${b}`, text: 't', html: 'h', headers: { 'X-Followup-Kind': `${b}\r\nTo: evil@example.org` } });
        const head = raw.split('\r\n\r\n')[0];
        expect(head).not.toMatch(/^(Bcc|Cc):/im);
        expect(head.match(/^To:/gim)).toHaveLength(1);
        const parsed = await PostalMime.parse(raw);
        expect(parsed.to?.map((t) => t.address)).toEqual([SAM]);
        expect(parsed.bcc ?? []).toHaveLength(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('at most N emails per user per day', () => {
  it('stops at the limit and counts per local day', async () => {
    const client = new DynamoDBClient(localClientConfig(stack.emulators.endpoints.dynamodb));
    const store = new DynamoDbInterviewStore(client, stack.table);
    let now = new Date('2027-02-01T15:00:00Z');
    const sent: string[] = [];
    const deps = {
      store,
      mailer: { send: async (m: { subject: string }) => void sent.push(m.subject) },
      config: { domain: 'x', fromAddress: 'p@x', inboxAddress: 'i@x', tokenSecret: 's'.repeat(32), dailyEmailLimit: 5, retentionDays: 30, users: [] },
      now: () => now,
      log: { info() {}, warn() {}, error() {}, metric() {} },
    } as unknown as Deps;
    const user = { email: 'limit@example.com', timeZone: 'America/Chicago' };
    for (let i = 0; i < 8; i++) await sendStandalone(deps, user, `flood:${i}`, { subject: `m${i}`, text: '', html: '' });
    expect(sent).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    now = new Date('2027-02-02T15:00:00Z'); // the next day in Chicago
    await sendStandalone(deps, user, 'flood:next-day', { subject: 'next', text: '', html: '' });
    expect(sent.at(-1)).toBe('next');
    client.destroy();
  });
});

describe('a prompt over the daily limit', () => {
  it('waits for tomorrow morning instead of being lost', async () => {
    const { MemoryMailer, MemoryScheduler, MemoryStore } = await import('../support/memory.js');
    const { loadTemplates } = await import('../../shared/adapters/templates-fs.js');
    const { handlePrompt, progress } = await import('../../shared/workflow.js');
    let now = new Date('2027-03-10T00:00:00Z'); // prep time, 18:00 CST the day before
    const store = new MemoryStore();
    const mailer = new MemoryMailer();
    const scheduler = new MemoryScheduler(() => now);
    const user = { email: 'flood@example.com', timeZone: 'America/Chicago' };
    const deps = { store, mailer, scheduler, templates: loadTemplates('templates'), log: { info() {}, warn() {}, error() {}, metric() {} }, now: () => now,
      config: { domain: 'x.example', fromAddress: 'p@x.example', inboxAddress: 'i@x.example', tokenSecret: 's'.repeat(32), dailyEmailLimit: 2, retentionDays: 30, users: [user] } } as unknown as Deps;
    const iv = { userEmail: user.email, id: 'floodtest00000000001', status: 'active', company: 'Flood Co', role: null, start: '2027-03-10T19:00:00Z', end: null, timeZone: null, format: 'video', interviewers: [], meetingUrl: null, location: null, calendarUid: null, sequence: null, questions: [], recordedAt: '2027-03-01T00:00:00Z', gen: 1, events: [], notes: [], sent: {}, snoozes: [], applied: [], schedule: null, sourceMessageId: null, createdAt: '', updatedAt: '', expiresAt: 0, version: 0,
      mails: { 'ack:a': '2027-03-09T20:00:00.000Z', 'reply:b': '2027-03-09T21:00:00.000Z' } } as any; // two emails already today
    await store.createInterview(iv);
    await handlePrompt(deps, { userEmail: user.email, interviewId: iv.id, key: 'prep-1', gen: 1, at: now.toISOString() });
    expect(mailer.sent).toHaveLength(0);
    const s = scheduler.created.at(-1)!;
    expect(s.payload.key).toBe('prep-1');
    expect(s.at.toISOString()).toBe('2027-03-10T14:00:00.000Z'); // 08:00 CST the next day
    now = s.at;
    await progress(deps, user, iv.id);
    expect(mailer.sent.map((m) => m.subject)).toEqual(['Tomorrow: Flood Co — your prep checklist']);
  });
});

