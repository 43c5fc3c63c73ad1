// Poison input, retention, and a user's data: export and delete.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshStack, deliver, kindOf, replyTo, sentMail } from '../support/local-stack.js';
import { buildSesEvent } from '../../infra/local/smtp.js';
import { sampleInvite } from '../../infra/local/sample-invite.js';
import { run as users } from '../../infra/cli/users.js';

const SAM = 'sam.rivera@example.net';
let stack: Awaited<ReturnType<typeof freshStack>>;

beforeAll(async () => {
  stack = await freshStack();
  stack.clock.set(new Date('2027-11-01T15:00:00Z'));
});
afterAll(async () => stack?.cleanup());

describe('poison input', () => {
  it('a message that can never be processed fails each attempt, and the user gets one "I couldn\'t read this" on the last', async () => {
    // The raw object is missing: every attempt fails the same way.
    const event = await buildSesEvent({ raw: Buffer.from(`From: ${SAM}\r\nSubject: My interview\r\nMessage-ID: <poison@x>\r\n\r\nhi`), messageId: 'missing-object-0001', source: SAM, recipients: [stack.inbox], receivedAt: stack.clock.now() });
    const before = (await sentMail(stack)).length;
    for (let attempt = 1; attempt <= 3; attempt++) {
      await expect(stack.handlers.inbound(event, {})).rejects.toThrow(/inbound failed/);
      const mails = (await sentMail(stack)).slice(before);
      expect(mails.map(kindOf)).toEqual(attempt < 3 ? [] : ['unreadable']);
    }
    const mail = (await sentMail(stack)).at(-1)!;
    expect(mail.subject).toBe("I couldn't read an email you forwarded");
    expect(mail.text).toContain('My interview');
    await expect(stack.handlers.inbound(event, {})).rejects.toThrow(); // a fourth try (a manual redrive) sends nothing more
    expect((await sentMail(stack)).length).toBe(before + 1);
  });

  it('an event that is not an SES event is rejected without touching anything', async () => {
    const before = (await sentMail(stack)).length;
    expect(await stack.handlers.inbound({ Records: [{ eventSource: 'aws:sqs' }] }, {})).toEqual({ results: [] });
    expect((await sentMail(stack)).length).toBe(before);
  });
});

describe('retention', () => {
  it('an expired interview is gone for replies even before DynamoDB deletes it', async () => {
    const raw = sampleInvite({ from: SAM, to: SAM, start: new Date('2027-11-10T16:00:00Z'), company: 'Expiring Co', sentAt: new Date('2027-11-01T12:00:00Z') }).replace(/^To: .*$/m, `To: ${stack.inbox}`);
    await deliver(stack, raw, { source: SAM, recipients: [stack.inbox] });
    const ack = (await sentMail(stack)).filter((m) => m.subject.includes('Expiring Co'))[0];
    stack.clock.set(new Date('2028-08-01T15:00:00Z')); // past start + 42 days of check-ins + 180 days
    const { result } = await deliver(stack, replyTo(ack, { from: SAM, body: 'offer!', date: stack.clock.now() }), { source: SAM, recipients: [ack.headers['reply-to']] });
    expect((result as any).results[0]).toEqual({ result: 'dropped', reason: 'token' });
  });
});

describe('a user\'s data', () => {
  it('users export lists everything kept; users delete removes it all, schedules included', async () => {
    stack.clock.set(new Date('2027-11-01T15:00:00Z'));
    const raw = sampleInvite({ from: SAM, to: SAM, start: new Date('2027-11-20T16:00:00Z'), company: 'Export Co', sentAt: new Date('2027-11-01T12:00:00Z') }).replace(/^To: .*$/m, `To: ${stack.inbox}`);
    await deliver(stack, raw, { source: SAM, recipients: [stack.inbox] });
    process.env.FOLLOWUP_DYNAMODB_URL = stack.emulators.endpoints.dynamodb;
    process.env.FOLLOWUP_SCHEDULER_URL = stack.emulators.endpoints.scheduler;
    const out: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((s: string) => void out.push(String(s)));
    try {
      expect(await users(['export', SAM])).toBe(0);
      const exported = JSON.parse(out.join('\n'));
      const interviews = exported.items.filter((i: any) => i.kind === 'interview');
      expect(interviews.map((i: any) => i.data.company)).toContain('Export Co');
      const live = () => stack.emulators.scheduler.list().filter((s) => s.State === 'ENABLED' && s.firedAt === undefined && s.Name.includes(interviews.find((i: any) => i.data.company === 'Export Co').data.id));
      expect(live()).toHaveLength(1);
      out.length = 0;
      expect(await users(['delete', SAM])).toBe(0);
      expect(out.join('\n')).toMatch(/deleted \d+ item\(s\) and \d+ schedule\(s\)/);
      expect(live()).toHaveLength(0);
      out.length = 0;
      expect(await users(['export', SAM])).toBe(0);
      expect(JSON.parse(out.join('\n')).items).toEqual([]);
      expect(await users(['add', 'not-an-email'])).toBe(2);
      expect(await users(['add', 'alex@example.com', '--tz', 'Mars/Base'])).toBe(2);
    } finally {
      spy.mockRestore();
    }
  });
});
