// Faults at every step boundary: the Nth AWS call of a run fails (throttling), the run is retried as Lambda or the
// Scheduler would, and the final state is right — no lost interview or prompt, no duplicate email.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DeleteScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { freshStack, sentMail } from '../support/local-stack.js';
import { localClientConfig } from '../../infra/local/emulators.js';
import { sampleInvite } from '../../infra/local/sample-invite.js';
import { DynamoDbInterviewStore } from '../../shared/adapters/dynamodb-store.js';
import { SesMailer } from '../../shared/adapters/ses-mailer.js';
import { EventBridgePromptScheduler } from '../../shared/adapters/eventbridge-scheduler.js';
import { S3RawMailSource } from '../../shared/adapters/s3-raw-mail.js';
import { loadTemplates } from '../../shared/adapters/templates-fs.js';
import { extract } from '../../shared/extract/index.js';
import { readReplyMail } from '../../shared/reply-mail.js';
import { readCorrection } from '../../shared/corrections.js';
import { handleInbound, handlePrompt, type Deps, type InboundMessage } from '../../shared/workflow.js';
import { replyToken } from '../../shared/token.js';

const SAM = 'sam.rivera@example.net';
const SECRET = 'fault-injection-secret-0123456789';
let stack: Awaited<ReturnType<typeof freshStack>>;

/** One counter across all clients: the Nth call (of any service) throws a throttling error. */
const fault = { calls: 0, failAt: 0, fired: 0, log: [] as string[], failCommand: '', failTimes: 0 };
function faulty<C extends { middlewareStack: any }>(client: C): C {
  client.middlewareStack.add(
    (next: any, context: any) => async (args: any) => {
      fault.calls++;
      fault.log.push(`${context.clientName}.${context.commandName}`);
      if (fault.failTimes > 0 && context.commandName === fault.failCommand) {
        fault.failTimes--;
        const err = new Error(`injected outage of ${fault.failCommand}`);
        err.name = 'ServiceUnavailable';
        throw err;
      }
      if (fault.calls === fault.failAt) {
        fault.fired++;
        const err = new Error(`injected throttling at call ${fault.calls}`);
        err.name = 'ThrottlingException';
        throw err;
      }
      return next(args);
    },
    { step: 'initialize', name: 'faultInjector' },
  );
  return client;
}

let deps: Deps;
let schedulerClient: SchedulerClient;
let s3: S3Client;
let raw: S3RawMailSource;

beforeAll(async () => {
  stack = await freshStack();
  stack.clock.set(new Date('2027-10-04T15:00:00Z'));
  const e = stack.emulators.endpoints;
  const dynamodb = faulty(new DynamoDBClient(localClientConfig(e.dynamodb)));
  const ses = faulty(new SESv2Client(localClientConfig(e.sesv2)));
  const scheduler = faulty(new SchedulerClient(localClientConfig(e.scheduler)));
  schedulerClient = new SchedulerClient(localClientConfig(e.scheduler));
  s3 = faulty(new S3Client({ ...localClientConfig(e.s3), forcePathStyle: true }));
  raw = new S3RawMailSource(s3, stack.bucket, 'raw/');
  const store = new DynamoDbInterviewStore(dynamodb, stack.table);
  const config = { domain: stack.domain, fromAddress: `prompts@${stack.domain}`, inboxAddress: stack.inbox, tokenSecret: SECRET, dailyEmailLimit: 10_000, retentionDays: 180, users: [{ email: SAM, timeZone: 'America/Chicago' }] };
  deps = {
    store,
    config,
    now: () => stack.clock.now(),
    log: { info() {}, warn() {}, error() {}, metric() {} },
    templates: loadTemplates('templates'),
    mailer: new SesMailer(ses, config.fromAddress, async (x) => x === SAM),
    scheduler: new EventBridgePromptScheduler(scheduler, { group: 'followup', functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:prompt', roleArn: 'arn:aws:iam::000000000000:role/r' }),
    extract,
    readReply: readReplyMail,
    readCorrection,
  };
});
afterAll(async () => stack?.cleanup());

/** Run like Lambda's async retries: up to three attempts. */
async function withRetries(run: () => Promise<unknown>): Promise<number> {
  const fired = fault.fired;
  try {
    return await attempts(run);
  } finally {
    fault.failAt = 0;
    expect(fault.fired, 'the injected fault fired').toBe(fired + 1);
  }
}

async function attempts(run: () => Promise<unknown>): Promise<number> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      await run();
      return attempt;
    } catch (err) {
      if (!(err instanceof Error) || !/injected/.test(err.message)) throw err;
      fault.failAt = 0; // the fault was transient
    }
  }
  throw new Error('did not succeed in three attempts');
}

let seq = 0;
async function forwardMessage(company: string): Promise<InboundMessage> {
  const id = `fault-${++seq}`;
  const mail = sampleInvite({ from: SAM, to: SAM, start: new Date('2027-10-20T16:00:00Z'), company, sentAt: new Date('2027-10-04T12:00:00Z') });
  const clean = fault.failAt;
  fault.failAt = 0;
  await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `raw/${id}`, Body: mail }));
  fault.failAt = clean;
  return {
    sesMessageId: id,
    messageId: `<${id}@mail.gmail.com>`,
    source: SAM,
    from: SAM,
    recipients: [stack.inbox],
    verdicts: { spf: 'PASS', dkim: 'PASS', dmarc: 'PASS', spam: 'PASS', virus: 'PASS' },
    raw: () => raw.get(id),
  };
}

const mailsFor = async (company: string) => (await sentMail(stack)).filter((m) => m.subject.includes(company));
const liveFor = (interviewId: string) => stack.emulators.scheduler.list().filter((s) => s.State === 'ENABLED' && s.firedAt === undefined && s.Name.includes(interviewId));

async function calls(run: () => Promise<unknown>): Promise<number> {
  fault.failAt = 0;
  const start = fault.calls;
  await run();
  return fault.calls - start;
}

describe('fault injection at every step boundary', () => {
  it('inbound: a forward survives a failure of any one of its AWS calls', async () => {
    const baseline = await forwardMessage('Baseline Inc');
    const total = await calls(() => handleInbound(deps, baseline));
    expect(total).toBeGreaterThanOrEqual(6);
    for (let n = 1; n <= total; n++) {
      const company = `Fault Inbound ${n}`;
      const msg = await forwardMessage(company);
      fault.failAt = fault.calls + n;
      await withRetries(() => handleInbound(deps, msg));
      const mails = await mailsFor(company);
      expect(mails.map((m) => m.headers['x-followup-kind']), `fault at call ${n}`).toEqual(['ack']);
      const id = mails[0].headers['x-followup-interview'];
      expect((await deps.store.getInterview(SAM, id))?.company).toBe(company);
      expect(liveFor(id), `fault at call ${n}`).toHaveLength(1);
    }
    faultReport.inbound = total;
  });

  it('prompt: a fired schedule survives a failure of any one of its AWS calls', async () => {
    const first = await forwardMessage('Prompt Baseline');
    await handleInbound(deps, first);
    const base = (await mailsFor('Prompt Baseline'))[0].headers['x-followup-interview'];
    const ev = JSON.parse(liveFor(base)[0].Target.Input!);
    stack.clock.set(new Date(ev.at));
    const total = await calls(() => handlePrompt(deps, ev));
    expect(total).toBeGreaterThanOrEqual(5);
    for (let n = 1; n <= total; n++) {
      stack.clock.set(new Date('2027-10-04T15:00:00Z'));
      const company = `Fault Prompt ${n}`;
      await handleInbound(deps, await forwardMessage(company));
      const id = (await mailsFor(company))[0].headers['x-followup-interview'];
      const input = JSON.parse(liveFor(id)[0].Target.Input!);
      stack.clock.set(new Date(input.at));
      fault.failAt = fault.calls + n;
      await withRetries(() => handlePrompt(deps, input));
      await handlePrompt(deps, input); // and the Scheduler's own duplicate delivery, for good measure
      await schedulerClient.send(new DeleteScheduleCommand({ Name: liveFor(id).find((x) => JSON.parse(x.Target.Input!).key === input.key)!.Name, GroupName: 'followup' })); // ActionAfterCompletion: DELETE
      const kinds = (await mailsFor(company)).map((m) => m.headers['x-followup-kind']);
      expect(kinds, `fault at call ${n}`).toEqual(['ack', 'prompt:prep']);
      const live = liveFor(id);
      expect(live, `fault at call ${n}`).toHaveLength(1);
      expect(JSON.parse(live[0].Target.Input!).key).toBe('final-check-1');
    }
    faultReport.prompt = total;
  });

  it('reply: a reply survives a failure of any one of its AWS calls, with one effect and one answer', async () => {
    stack.clock.set(new Date('2027-10-04T15:00:00Z'));
    let total = 0;
    for (let n = 0; n <= total; n++) {
      const company = `Fault Reply ${n}`;
      await handleInbound(deps, await forwardMessage(company));
      const id = (await mailsFor(company))[0].headers['x-followup-interview'];
      const replyId = `reply-${company.replace(/\W/g, '')}`;
      const body = [`From: ${SAM}`, `To: reply+${replyToken(SECRET, SAM, id)}@${stack.domain}`, 'Subject: Re: prep', `Message-ID: <${replyId}@x>`, 'Date: Mon, 04 Oct 2027 16:00:00 +0000', '', "they'll decide by Friday", ''].join('\r\n');
      const clean = fault.failAt;
      fault.failAt = 0;
      await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `raw/${replyId}`, Body: body }));
      fault.failAt = clean;
      const msg: InboundMessage = {
        sesMessageId: replyId, messageId: `<${replyId}@x>`, source: SAM, from: SAM, recipients: [`reply+${replyToken(SECRET, SAM, id)}@${stack.domain}`],
        verdicts: { spf: 'PASS', dkim: 'PASS', dmarc: 'PASS', spam: 'PASS', virus: 'PASS' }, raw: () => raw.get(replyId),
      };
      if (n === 0) {
        total = await calls(() => handleInbound(deps, msg));
        continue;
      }
      fault.failAt = fault.calls + n;
      await withRetries(() => handleInbound(deps, msg));
      await handleInbound(deps, msg); // redelivered
      const iv = await deps.store.getInterview(SAM, id);
      expect(iv!.events.filter((e) => e.intent === 'decision-date'), `fault at call ${n}`).toHaveLength(1);
      const answers = (await sentMail(stack)).filter((m) => m.headers['x-followup-interview'] === id && m.headers['x-followup-kind'] === 'reply');
      expect(answers, `fault at call ${n}`).toHaveLength(1);
      expect(liveFor(id)).toHaveLength(1);
    }
    faultReport.reply = total;
  });
});

describe('a prompt whose every attempt fails', () => {
  it('is not lost: a retry schedule ten minutes on sends it once SES is back', async () => {
    stack.clock.set(new Date('2027-10-04T15:00:00Z'));
    await handleInbound(deps, await forwardMessage('Outage Co'));
    const id = (await mailsFor('Outage Co'))[0].headers['x-followup-interview'];
    const first = JSON.parse(liveFor(id)[0].Target.Input!);
    stack.clock.set(new Date(first.at));
    fault.failCommand = 'SendEmailCommand';
    fault.failTimes = 3; // Lambda's first try and both retries
    for (let attempt = 0; attempt < 3; attempt++) await expect(handlePrompt(deps, first)).rejects.toThrow(/outage/);
    await schedulerClient.send(new DeleteScheduleCommand({ Name: liveFor(id).find((x) => JSON.parse(x.Target.Input!).at === first.at)!.Name, GroupName: 'followup' }));
    const live = liveFor(id);
    expect(live).toHaveLength(1);
    const retry = JSON.parse(live[0].Target.Input!);
    expect(retry.key).toBe('prep-1');
    expect(Date.parse(retry.at) - Date.parse(first.at)).toBeGreaterThanOrEqual(10 * 60_000);
    stack.clock.set(new Date(retry.at));
    await handlePrompt(deps, retry);
    expect((await mailsFor('Outage Co')).map((m) => m.headers['x-followup-kind'])).toEqual(['ack', 'prompt:prep']);
  });
});

const faultReport: Record<string, number> = {};
afterAll(() => {
  console.log(`fault injection: step boundaries per run — ${JSON.stringify(faultReport)}`);
});
