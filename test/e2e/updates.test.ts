// Reschedules and cancellations end to end: matched by calendar UID (or company), one schedule, re-planned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStack, kindOf, sentMail, smtpSend } from '../support/local-stack.js';
import { sampleInvite } from '../../infra/local/sample-invite.js';

const SAM = 'sam.rivera@example.net';
let stack: Awaited<ReturnType<typeof freshStack>>;
beforeAll(async () => {
  stack = await freshStack();
});
afterAll(async () => stack?.cleanup());

const live = () => stack.emulators.scheduler.list().filter((s) => s.State === 'ENABLED' && s.firedAt === undefined);
const send = (raw: string) => smtpSend(stack, raw.replace(/^To: .*$/m, `To: ${stack.inbox}`), { from: SAM, to: [stack.inbox] });

describe('reschedules and cancellations', () => {
  it('an updated invite (same UID) moves the interview and its prompts; a CANCEL stops everything', async () => {
    stack.clock.set(new Date('2027-08-02T15:00:00Z'));
    const uid = 'resched-0001@google.com';
    await send(sampleInvite({ from: SAM, to: SAM, start: new Date('2027-08-11T18:00:00Z'), company: 'Kestrel Labs', uid, sentAt: new Date('2027-08-02T14:00:00Z') }));
    expect(live()).toHaveLength(1);
    const first = JSON.parse(live()[0].Target.Input!);
    expect(first.at).toBe('2027-08-10T23:00:00.000Z'); // prep, 18:00 CDT the day before

    await send(sampleInvite({ from: SAM, to: SAM, start: new Date('2027-08-13T15:00:00Z'), company: 'Kestrel Labs', uid, sequence: 1, sentAt: new Date('2027-08-02T14:30:00Z') }));
    const afterUpdate = await sentMail(stack);
    expect(afterUpdate.at(-1)!.subject).toMatch(/^Updated: Kestrel Labs — now Fri, Aug 13, 10:00 AM CDT/);
    expect(live()).toHaveLength(1);
    expect(JSON.parse(live()[0].Target.Input!).at).toBe('2027-08-12T23:00:00.000Z');

    await send(sampleInvite({ from: SAM, to: SAM, start: new Date('2027-08-13T15:00:00Z'), company: 'Kestrel Labs', uid, sequence: 2, method: 'CANCEL', sentAt: new Date('2027-08-03T14:30:00Z') }));
    const afterCancel = await sentMail(stack);
    expect(afterCancel.at(-1)!.subject).toMatch(/^Cancelled: Kestrel Labs/);
    expect(live()).toHaveLength(0);
    await stack.advance(30 * 86400_000);
    expect((await sentMail(stack)).filter((m) => m.subject.includes('Kestrel')).map(kindOf)).toEqual(['ack', 'ack', 'ack']);
  });

  it('a cancellation for an interview that was never forwarded says so and changes nothing', async () => {
    stack.clock.set(new Date('2027-09-06T15:00:00Z'));
    const before = live().length;
    await send(sampleInvite({ from: SAM, to: SAM, start: new Date('2027-09-15T15:00:00Z'), company: 'Nobody Corp', uid: 'never-seen@google.com', method: 'CANCEL', sentAt: new Date('2027-09-06T14:00:00Z') }));
    expect((await sentMail(stack)).at(-1)!.subject).toBe("I couldn't match that cancellation");
    expect(live()).toHaveLength(before);
  });
});
