// Who may use it, and nothing twice: through the real inbound/prompt handlers on the local emulators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, freshStack, kindOf, replyTo, sentMail } from '../support/local-stack.js';
import { sampleInvite } from '../../infra/local/sample-invite.js';
import { DeleteItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDbInterviewStore } from '../../shared/adapters/dynamodb-store.js';
import { localClientConfig } from '../../infra/local/emulators.js';

const SAM = 'sam.rivera@example.net';
let stack: Awaited<ReturnType<typeof freshStack>>;

beforeAll(async () => {
  stack = await freshStack();
  stack.clock.set(new Date('2027-09-01T15:00:00Z'));
});
afterAll(async () => stack?.cleanup());

let n = 0;
function invite(from = SAM, company = `Company ${++n}`) {
  return sampleInvite({ from, to: SAM, start: new Date('2027-09-20T16:00:00Z'), company, sentAt: new Date('2027-09-01T12:00:00Z') }).replace(/^To: .*$/m, `To: ${stack.inbox}`);
}
const liveSchedules = () => stack.emulators.scheduler.list().filter((s) => s.State === 'ENABLED' && s.firedAt === undefined);

describe('only registered users, only genuine mail', () => {
  it.each([
    [{ spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' }, true],
    [{ spf: 'PASS', dkim: 'FAIL', dmarc: 'PASS' }, true],
    [{ spf: 'FAIL', dkim: 'PASS', dmarc: 'GRAY' }, true],
    [{ spf: 'FAIL', dkim: 'FAIL', dmarc: 'PASS' }, false],
    [{ spf: 'GRAY', dkim: 'GRAY', dmarc: 'GRAY' }, false],
    [{ spf: 'PASS', dkim: 'PASS', dmarc: 'FAIL' }, false],
    [{ spf: 'PASS', dkim: 'PASS', dmarc: 'PASS', spam: 'FAIL' }, false],
    [{ spf: 'PASS', dkim: 'PASS', dmarc: 'PASS', virus: 'FAIL' }, false],
    [{ spf: 'PROCESSING_FAILED', dkim: 'PASS', dmarc: 'PASS', spam: 'GRAY', virus: 'GRAY' }, true],
  ])('verdicts %o → accepted: %s', async (verdicts, accepted) => {
    const before = (await sentMail(stack)).length;
    const { result } = await deliver(stack, invite(), { source: SAM, recipients: [stack.inbox], verdicts });
    const after = await sentMail(stack);
    expect(after.length - before).toBe(accepted ? 1 : 0);
    expect((result as any).results[0].result).toBe(accepted ? 'interview' : 'dropped');
  });

  it('every combination of SPF, DKIM, DMARC, spam and virus verdicts (108) through the handler follows the rule', async () => {
    const V = ['PASS', 'FAIL', 'GRAY'];
    let accepted = 0;
    for (const spf of V) for (const dkim of V) for (const dmarc of V) for (const spam of ['PASS', 'FAIL']) for (const virus of ['PASS', 'FAIL']) {
      const want = (spf === 'PASS' || dkim === 'PASS') && dmarc !== 'FAIL' && spam !== 'FAIL' && virus !== 'FAIL';
      const { result } = await deliver(stack, invite(), { source: SAM, recipients: [stack.inbox], verdicts: { spf, dkim, dmarc, spam, virus } });
      expect((result as any).results[0].result, JSON.stringify({ spf, dkim, dmarc, spam, virus })).toBe(want ? 'interview' : 'dropped');
      if (want) accepted++;
    }
    expect(accepted).toBe(5 * 2); // (PASS,*) or (*,PASS): 5 SPF/DKIM pairs × DMARC PASS/GRAY, spam and virus PASS
  }, 120_000);

  it('a stranger gets nothing at all, even with perfect verdicts', async () => {
    const before = (await sentMail(stack)).length;
    const { result } = await deliver(stack, invite('mallory@example.org'), { source: 'mallory@example.org', recipients: [stack.inbox] });
    expect((result as any).results[0]).toEqual({ result: 'dropped', reason: 'unknown sender' });
    expect((await sentMail(stack)).length).toBe(before);
  });

  it('a From header naming the user does not help a different envelope sender', async () => {
    const before = (await sentMail(stack)).length;
    await deliver(stack, invite(SAM), { source: 'mallory@example.org', recipients: [stack.inbox] });
    expect((await sentMail(stack)).length).toBe(before);
  });
});

describe('nothing sent twice', () => {
  it('the same SES event delivered three times: one interview, one acknowledgement, one live schedule', async () => {
    const raw = invite();
    const before = await sentMail(stack);
    const schedulesBefore = liveSchedules().length;
    for (let i = 0; i < 3; i++) await deliver(stack, raw, { source: SAM, recipients: [stack.inbox], sesMessageId: 'same-ses-message-id-0001' });
    const after = await sentMail(stack);
    expect(after.length - before.length).toBe(1);
    expect(liveSchedules().length - schedulesBefore).toBe(1);
  });

  it('a schedule fired twice sends one prompt', async () => {
    const s = liveSchedules()[0];
    const input = JSON.parse(s.Target.Input!);
    stack.clock.set(new Date(input.at));
    const before = (await sentMail(stack)).length;
    const ctx = { invokedFunctionArn: s.Target.Arn };
    await stack.handlers.prompt(input, ctx);
    await stack.handlers.prompt(input, ctx);
    const after = await sentMail(stack);
    expect(after.length - before).toBe(1);
    expect(kindOf(after.at(-1)!)).toBe('prompt:prep');
  });

  it('a reply processed twice has one effect and one answer', async () => {
    const prep = (await sentMail(stack)).filter((m) => kindOf(m) === 'prompt:prep').at(-1)!;
    const raw = replyTo(prep, { from: SAM, body: 'They said they will decide by Friday Oct 1.', date: stack.clock.now() });
    const before = (await sentMail(stack)).length;
    const to = prep.headers['reply-to'];
    await deliver(stack, raw, { source: SAM, recipients: [to], sesMessageId: 'reply-dup-0001' });
    await deliver(stack, raw, { source: SAM, recipients: [to], sesMessageId: 'reply-dup-0001' });
    expect((await sentMail(stack)).length - before).toBe(1);
  });
});

describe('reply tokens', () => {
  it('a tampered token, another user\'s token and a token for a deleted interview are ignored', async () => {
    const ack = (await sentMail(stack)).find((m) => kindOf(m) === 'ack')!;
    const to = ack.headers['reply-to'];
    const tampered = to.replace(/\.([0-9a-f])/, (_m, c) => `.${c === 'a' ? 'b' : 'a'}`);
    const otherInterview = to.replace(/reply\+([a-z0-9])/, (_m, c) => `reply+${c === 'a' ? 'b' : 'a'}`);
    const before = (await sentMail(stack)).length;
    for (const addr of [tampered, otherInterview]) {
      const { result } = await deliver(stack, replyTo(ack, { from: SAM, body: 'stop', date: stack.clock.now() }).replace(/^To: .*$/m, `To: ${addr}`), { source: SAM, recipients: [addr] });
      expect((result as any).results[0]).toEqual({ result: 'dropped', reason: 'token' });
    }
    // another registered user can't use Sam's token: the MAC is bound to the user
    const client = new DynamoDBClient(localClientConfig(stack.emulators.endpoints.dynamodb));
    const store = new DynamoDbInterviewStore(client, stack.table);
    await store.putUser({ email: 'alex@example.com', timeZone: 'Europe/London' });
    const asAlex = replyTo(ack, { from: 'alex@example.com', body: 'stop', date: stack.clock.now() });
    expect(((await deliver(stack, asAlex, { source: 'alex@example.com', recipients: [to] })).result as any).results[0]).toEqual({ result: 'dropped', reason: 'token' });
    // a deleted interview's token names nothing
    const id = /reply\+([a-z0-9]+)\./.exec(to)![1];
    await client.send(new DeleteItemCommand({ TableName: stack.table, Key: { pk: { S: `USER#${SAM}` }, sk: { S: `INT#${id}` } } }));
    const { result } = await deliver(stack, replyTo(ack, { from: SAM, body: 'stop', date: stack.clock.now() }), { source: SAM, recipients: [to] });
    expect((result as any).results[0]).toEqual({ result: 'dropped', reason: 'token' });
    expect((await sentMail(stack)).length).toBe(before);
    client.destroy();
  });
});
