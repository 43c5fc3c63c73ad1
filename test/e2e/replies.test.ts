// Replies end to end: forward, advance past the thank-you, reply through SMTP, get the right answer back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStack, kindOf, replyTo, sentMail, smtpSend } from '../support/local-stack.js';
import { sampleInvite } from '../../infra/local/sample-invite.js';

const SAM = 'sam.rivera@example.net';
let stack: Awaited<ReturnType<typeof freshStack>>;

beforeAll(async () => {
  stack = await freshStack();
});
afterAll(async () => stack?.cleanup());

async function forwardInvite(start: string, company: string) {
  const raw = sampleInvite({ from: SAM, to: SAM, start: new Date(start), minutes: 45, company, sentAt: new Date(stack.clock.now().getTime() - 3600_000) }).replace(/^To: .*$/m, `To: ${stack.inbox}`);
  await smtpSend(stack, raw, { from: SAM, to: [stack.inbox] });
}

describe('replying to a prompt', () => {
  it('"got the offer" after the thank-you: congratulations arrive and no later prompt does', async () => {
    // Prepare
    stack.clock.set(new Date('2027-04-05T15:00:00Z'));
    await forwardInvite('2027-04-07T19:00:00Z', 'Harbor Analytics');
    await stack.advance(Date.parse('2027-04-07T21:00:00Z') - stack.clock.now().getTime()); // past the thank-you (19:45Z + 30 min)
    const before = await sentMail(stack);
    const thanks = before.find((m) => kindOf(m) === 'prompt:thank-you' && m.subject.includes('Harbor Analytics'))!;
    expect(thanks).toBeDefined();

    // Act
    const reply = replyTo(thanks, { from: SAM, body: 'got the offer!!', date: stack.clock.now() });
    await smtpSend(stack, reply, { from: SAM, to: [thanks.headers['reply-to']] });
    const afterReply = await sentMail(stack);
    await stack.advance(40 * 86400_000);
    const later = await sentMail(stack);

    // Assess
    const answer = afterReply.slice(before.length);
    expect(answer.map(kindOf)).toEqual(['reply']);
    expect(answer[0].subject).toMatch(/Congratulations on the offer from Harbor Analytics/);
    expect(answer[0].to).toEqual([SAM]);
    expect(later.length).toBe(afterReply.length); // no check-ins after an offer
  });

  it('a note is kept and used in the later check-in draft; "sent" drops the thank-you', async () => {
    stack.clock.set(new Date('2027-05-03T15:00:00Z'));
    await forwardInvite('2027-05-05T19:00:00Z', 'Quill & Co');
    await stack.advance(Date.parse('2027-05-05T20:00:00Z') - stack.clock.now().getTime()); // interview over, thank-you not yet due (20:15Z)
    const before = await sentMail(stack);
    const last = before.filter((m) => m.subject.includes('Quill')).at(-1)!;
    expect(kindOf(last)).toBe('prompt:final-check');

    await smtpSend(stack, replyTo(last, { from: SAM, body: 'Sent it already.\r\n\r\nWe talked a lot about their billing migration to Postgres.', date: stack.clock.now() }), {
      from: SAM,
      to: [last.headers['reply-to']],
    });
    await stack.advance(10 * 86400_000);
    const mine = (await sentMail(stack)).filter((m) => m.subject.includes('Quill'));
    const kinds = mine.map(kindOf);
    expect(kinds).not.toContain('prompt:thank-you');
    const checkIn = mine.find((m) => kindOf(m) === 'prompt:check-in')!;
    expect(checkIn.text).toContain('billing migration to Postgres');
  });

  it('an unclear reply gets "I didn\'t understand" and changes nothing', async () => {
    stack.clock.set(new Date('2027-06-01T15:00:00Z'));
    await forwardInvite('2027-06-10T19:00:00Z', 'Blue Fern');
    const ack = (await sentMail(stack)).filter((m) => m.subject.includes('Blue Fern')).at(-1)!;
    await smtpSend(stack, replyTo(ack, { from: SAM, body: 'hmm', date: stack.clock.now() }), { from: SAM, to: [ack.headers['reply-to']] });
    const answer = (await sentMail(stack)).at(-1)!;
    expect(answer.subject).toBe("I didn't quite understand");
    await stack.advance(10 * 86400_000);
    expect((await sentMail(stack)).filter((m) => m.subject.includes('Blue Fern')).map(kindOf)).toContain('prompt:prep');
  });

  it('"time 4pm ET" in reply to the acknowledgement corrects the time and moves every prompt', async () => {
    stack.clock.set(new Date('2027-07-05T15:00:00Z'));
    await forwardInvite('2027-07-14T19:00:00Z', 'Corrigo'); // 3pm EDT
    const ack = (await sentMail(stack)).filter((m) => m.subject.includes('Corrigo')).at(-1)!;
    await smtpSend(stack, replyTo(ack, { from: SAM, body: 'time 4pm ET', date: stack.clock.now() }), { from: SAM, to: [ack.headers['reply-to']] });
    const answer = (await sentMail(stack)).at(-1)!;
    expect(answer.subject).toMatch(/^Updated: Corrigo — now Wed, Jul 14, 3:00 PM CDT/);
    await stack.advance(Date.parse('2027-07-14T20:30:00Z') - stack.clock.now().getTime());
    const finalCheck = (await sentMail(stack)).filter((m) => m.subject.includes('Corrigo') && kindOf(m) === 'prompt:final-check');
    expect(finalCheck.map((m) => m.at.toISOString().slice(0, 16))).toEqual(['2027-07-14T19:00']); // one hour before 4pm EDT
  });

  it('a decision date before the first check-in moves it (and its schedule) to the day after', async () => {
    stack.clock.set(new Date('2027-04-05T15:00:00Z')); // Mon
    await forwardInvite('2027-04-07T19:00:00Z', 'Decido'); // Wed
    await stack.advance(Date.parse('2027-04-08T15:00:00Z') - stack.clock.now().getTime()); // Thu: thank-you sent
    const thanks = (await sentMail(stack)).filter((m) => m.subject.includes('Decido') && kindOf(m) === 'prompt:thank-you')[0];
    await smtpSend(stack, replyTo(thanks, { from: SAM, body: 'They said they will decide by April 20.', date: stack.clock.now() }), { from: SAM, to: [thanks.headers['reply-to']] });
    const answer = (await sentMail(stack)).at(-1)!;
    expect(answer.text).toContain('Your next check-in draft comes Wed, Apr 21, 9:30 AM CDT');
    await stack.advance(40 * 86400_000);
    const checkIns = (await sentMail(stack)).filter((m) => m.subject.includes('Decido') && kindOf(m) === 'prompt:check-in');
    expect(checkIns.map((m) => m.at.toISOString().slice(0, 16))).toEqual(['2027-04-21T14:30', '2027-05-05T14:30']);
  });

  it('"snooze till Monday" in reply to the thank-you brings that one back on Monday, once, and nothing else moves', async () => {
    stack.clock.set(new Date('2027-10-04T15:00:00Z')); // Mon
    await forwardInvite('2027-10-06T19:00:00Z', 'Snoozy'); // Wed 14:00 CDT
    await stack.advance(Date.parse('2027-10-06T21:00:00Z') - stack.clock.now().getTime()); // thank-you at 20:15Z sent
    const thanks = (await sentMail(stack)).filter((m) => m.subject.includes('Snoozy') && kindOf(m) === 'prompt:thank-you')[0];
    await smtpSend(stack, replyTo(thanks, { from: SAM, body: 'snooze till Monday', date: stack.clock.now() }), { from: SAM, to: [thanks.headers['reply-to']] });
    expect((await sentMail(stack)).at(-1)!.subject).toBe('Snoozed — back Mon, Oct 11, 9:30 AM CDT');
    await stack.advance(40 * 86400_000);
    const mine = (await sentMail(stack)).filter((m) => m.subject.includes('Snoozy') && kindOf(m).startsWith('prompt:'));
    expect(mine.map((m) => `${kindOf(m)} ${m.at.toISOString().slice(0, 16)}`)).toEqual([
      'prompt:prep 2027-10-05T23:00',
      'prompt:final-check 2027-10-06T18:00',
      'prompt:thank-you 2027-10-06T20:15',
      'prompt:thank-you 2027-10-11T14:30',
      'prompt:check-in 2027-10-13T14:30',
      'prompt:check-in 2027-10-27T14:30',
    ]);
  });
});
