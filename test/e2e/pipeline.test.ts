// End to end on the local stack: a Google Calendar invite forwarded through SMTP on localhost, the clock advanced,
// every prompt arriving once at the policy's time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStack, kindOf, sentMail, smtpSend } from '../support/local-stack.js';
import { sampleInvite } from '../../infra/local/sample-invite.js';

const SAM = 'sam.rivera@example.net';
let stack: Awaited<ReturnType<typeof freshStack>>;

beforeAll(async () => {
  stack = await freshStack();
});
afterAll(async () => stack?.cleanup());

describe('forward an invite, receive every prompt', () => {
  it('acknowledges at once, then sends prep, final check, thank-you and two check-ins at the policy times, once each', async () => {
    // Prepare: Monday 2027-03-01 09:00 CST; a 45-minute video interview Wed 2027-03-10 14:00 EST (19:00Z).
    stack.clock.set(new Date('2027-03-01T15:00:00Z'));
    const raw = sampleInvite({ from: SAM, to: SAM, start: new Date('2027-03-10T19:00:00Z'), minutes: 45, sentAt: new Date('2027-03-01T14:00:00Z') }).replace(
      /^To: .*$/m,
      `To: ${stack.inbox}`,
    );

    // Act
    await smtpSend(stack, raw, { from: SAM, to: [stack.inbox] });
    const afterForward = await sentMail(stack);
    await stack.advance(30 * 86400_000);
    const all = await sentMail(stack);

    // Assess: the acknowledgement came right away…
    expect(afterForward.map(kindOf)).toEqual(['ack']);
    const ack = afterForward[0];
    expect(ack.to).toEqual([SAM]);
    expect(ack.subject).toContain('Northwind Labs');
    expect(ack.text).toContain('Senior Backend Engineer');
    expect(ack.text).toContain('https://meet.google.com/nwl-abcd-xyz');
    expect(ack.text).toMatch(/Wed, Mar 10, 1:00 PM CST/); // the user's zone
    expect(ack.text).toMatch(/2:00 PM EST/); // the interviewer's zone
    expect(ack.headers['reply-to']).toMatch(/^reply\+[a-z0-9]+\.[0-9a-f]{24}@followup\.localhost$/);

    // …and every prompt once, at the policy's times (user in Chicago; US DST starts 2027-03-14).
    const prompts = all.slice(1).map((m) => `${kindOf(m)} ${m.at.toISOString().slice(0, 16)}`);
    expect(prompts).toEqual([
      'prompt:prep 2027-03-10T00:00', // 18:00 CST the day before
      'prompt:final-check 2027-03-10T18:00', // S − 60 min
      'prompt:thank-you 2027-03-10T20:15', // E + 30 min
      'prompt:check-in 2027-03-17T14:30', // Wed + 7 days, 09:30 CDT
      'prompt:check-in 2027-03-31T14:30', // + 14 days
    ]);
    expect(all.every((m) => m.to.length === 1 && m.to[0] === SAM)).toBe(true);
    const thanks = all.find((m) => kindOf(m) === 'prompt:thank-you')!;
    expect(thanks.text).toContain('Hi Dana,');
    expect(thanks.html).toContain('href="mailto:dana.whitfield@northwindlabs.example?subject=');

    // Nothing more is scheduled, and a further advance sends nothing.
    expect(stack.emulators.scheduler.list().filter((s) => s.State === 'ENABLED' && s.firedAt === undefined)).toHaveLength(0);
    await stack.advance(60 * 86400_000);
    expect(await sentMail(stack)).toHaveLength(all.length);
  });
});
