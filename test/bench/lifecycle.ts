// AWS calls per interview lifecycle (forward → every prompt → one reply), counted by an SDK middleware on the real
// adapters against the local emulators, and what a lifecycle costs at list prices.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DeleteScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startLocalStack } from '../../infra/local/start.js';
import { localClientConfig } from '../../infra/local/emulators.js';
import { sampleInvite } from '../../infra/local/sample-invite.js';
import { DynamoDbInterviewStore } from '../../shared/adapters/dynamodb-store.js';
import { SesMailer } from '../../shared/adapters/ses-mailer.js';
import { EventBridgePromptScheduler } from '../../shared/adapters/eventbridge-scheduler.js';
import { S3RawMailSource } from '../../shared/adapters/s3-raw-mail.js';
import { jsonLogger } from '../../shared/adapters/logger.js';
import { loadTemplates } from '../../shared/adapters/templates-fs.js';
import { extract } from '../../shared/extract/index.js';
import { readReplyMail } from '../../shared/reply-mail.js';
import { readCorrection } from '../../shared/corrections.js';
import { handleInbound, handlePrompt, type Deps, type InboundMessage } from '../../shared/workflow.js';
import { replyToken } from '../../shared/token.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Lifecycle {
  calls: Record<string, number>;
  reads: number;
  writes: number;
  scheduleWrites: number;
  emails: number;
  inboundEmails: number;
  invocations: { inbound: number; prompt: number };
  writeUnits: number;
  readUnits: number;
  /** sizes of the inbound messages */
  rawBytes: number[];
  logBytes: number;
  scheduled: number;
}

const READS = new Set(['GetItemCommand', 'QueryCommand', 'GetObjectCommand', 'GetScheduleCommand']);
const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand']);
const SCHEDULES = new Set(['CreateScheduleCommand', 'UpdateScheduleCommand', 'DeleteScheduleCommand']);

export async function benchLifecycle(): Promise<Lifecycle> {
  const dir = mkdtempSync(join(tmpdir(), 'followup-bench-'));
  const stack = await startLocalStack({ dataDir: dir, ports: { dynamodb: 0, s3: 0, ses: 0, scheduler: 0, smtp: 0 }, tickMs: null, user: 'sam@example.net', timeZone: 'America/Chicago', log: () => {}, quiet: true });
  try {
    stack.clock.set(new Date('2027-03-01T15:00:00Z'));
    const calls: Record<string, number> = {};
    let writeUnits = 0;
    let readUnits = 0;
    const count = <C extends { middlewareStack: any }>(c: C): C => {
      c.middlewareStack.add(
        (next: any, ctx: any) => async (args: any) => {
          calls[ctx.commandName] = (calls[ctx.commandName] ?? 0) + 1;
          const out = await next(args);
          if (ctx.commandName === 'PutItemCommand') writeUnits += Math.ceil(JSON.stringify(args.input.Item).length / 1024);
          if (ctx.commandName === 'GetItemCommand' || ctx.commandName === 'QueryCommand') readUnits += Math.max(1, Math.ceil(JSON.stringify(out.output.Item ?? out.output.Items ?? {}).length / 4096));
          return out;
        },
        { step: 'initialize', name: 'callCounter' },
      );
      return c;
    };
    const e = stack.emulators.endpoints;
    const s3 = count(new S3Client({ ...localClientConfig(e.s3), forcePathStyle: true }));
    const scheduler = count(new SchedulerClient(localClientConfig(e.scheduler)));
    const schedulerItself = new SchedulerClient(localClientConfig(e.scheduler));
    let logBytes = 0;
    const deps: Deps = {
      store: new DynamoDbInterviewStore(count(new DynamoDBClient(localClientConfig(e.dynamodb))), stack.table),
      mailer: new SesMailer(count(new SESv2Client(localClientConfig(e.sesv2))), `prompts@${stack.domain}`, async () => true),
      scheduler: new EventBridgePromptScheduler(scheduler, { group: 'followup', functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:prompt', roleArn: 'arn:aws:iam::000000000000:role/r' }),
      templates: loadTemplates('templates'),
      log: jsonLogger('bench', 'info', (l) => void (logBytes += l.length + 1), () => stack.clock.now()),
      config: { domain: stack.domain, fromAddress: `prompts@${stack.domain}`, inboxAddress: stack.inbox, tokenSecret: 'bench-secret-0123456789', dailyEmailLimit: 30, retentionDays: 180, users: [{ email: 'sam@example.net', timeZone: 'America/Chicago' }] },
      now: () => stack.clock.now(),
      extract,
      readReply: readReplyMail,
    readCorrection,
    };
    const rawMail = new S3RawMailSource(s3, stack.bucket, 'raw/');
    const deliver = async (id: string, raw: string, to: string) => {
      await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `raw/${id}`, Body: raw })); // SES's own S3 action
      const msg: InboundMessage = { sesMessageId: id, messageId: `<${id}@x>`, source: 'sam@example.net', from: 'sam@example.net', recipients: [to], verdicts: { spf: 'PASS', dkim: 'PASS', dmarc: 'PASS', spam: 'PASS', virus: 'PASS' }, raw: () => rawMail.get(id) };
      return handleInbound(deps, msg);
    };
    const invite = sampleInvite({ from: 'sam@example.net', to: 'sam@example.net', start: new Date('2027-03-10T19:00:00Z'), sentAt: new Date('2027-03-01T14:00:00Z') });
    const out = await deliver('bench-forward', invite, stack.inbox);
    const id = (out as { interviewId: string }).interviewId;
    let prompts = 0;
    // Fire each schedule at its time, as EventBridge Scheduler would (and delete it after, as ActionAfterCompletion does).
    for (let guard = 0; guard < 20; guard++) {
      const live = stack.emulators.scheduler.list().filter((s) => s.State === 'ENABLED' && s.firedAt === undefined && s.Name.includes(id));
      if (live.length === 0) break;
      const ev = JSON.parse(live[0].Target.Input!);
      stack.clock.set(new Date(ev.at));
      await handlePrompt(deps, ev);
      prompts++;
      // the Scheduler's own ActionAfterCompletion DELETE, through a client that is not counted
      await schedulerItself.send(new DeleteScheduleCommand({ Name: live[0].Name, GroupName: 'followup' })).catch(() => undefined);
    }
    stack.clock.set(new Date('2027-04-20T15:00:00Z'));
    const reply = [`From: sam@example.net`, `To: reply+${replyToken('bench-secret-0123456789', 'sam@example.net', id)}@${stack.domain}`, 'Subject: Re: Check-in', 'Message-ID: <bench-reply@x>', `Date: ${stack.clock.now().toUTCString()}`, '', 'They went with another candidate.', ''].join('\r\n');
    await deliver('bench-reply', reply, `reply+${replyToken('bench-secret-0123456789', 'sam@example.net', id)}@${stack.domain}`);
    const sum = (set: Set<string>) => Object.entries(calls).filter(([k]) => set.has(k)).reduce((a, [, v]) => a + v, 0);
    return {
      calls,
      reads: sum(READS),
      writes: sum(WRITES),
      scheduleWrites: sum(SCHEDULES),
      emails: calls.SendEmailCommand ?? 0,
      inboundEmails: 2,
      invocations: { inbound: 2, prompt: prompts },
      writeUnits,
      readUnits,
      rawBytes: [invite.length, reply.length],
      logBytes,
      scheduled: prompts,
    };
  } finally {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** List prices (us-east-1, on demand, arm64), per unit. */
export const PRICES = {
  sesReceivePerEmail: 0.1 / 1000,
  sesReceivePerChunk: 0.09 / 1000, // each 256 KB of an incoming message
  sesSendPerEmail: 0.1 / 1000,
  lambdaPerGbSecond: 0.0000133334,
  lambdaPerRequest: 0.2 / 1e6,
  dynamoPerWriteUnit: 0.625 / 1e6,
  dynamoPerReadUnit: 0.125 / 1e6,
  schedulerPerInvocation: 1.0 / 1e6,
  s3PerPut: 0.005 / 1000,
  s3PerGet: 0.0004 / 1000,
  s3PerGbMonth: 0.023,
  logsPerGb: 0.5,
};

export function costPer1000(l: Lifecycle, durations: { inboundMs: number; promptMs: number }): Record<string, number> {
  const chunks = l.rawBytes.reduce((a, b) => a + Math.max(1, Math.ceil(b / (256 * 1024))), 0);
  const gbS = (l.invocations.inbound * 0.5 * Math.max(1, durations.inboundMs) + l.invocations.prompt * 0.25 * Math.max(1, durations.promptMs)) / 1000;
  const per = {
    'SES receive': l.inboundEmails * PRICES.sesReceivePerEmail + chunks * PRICES.sesReceivePerChunk,
    'SES send': l.emails * PRICES.sesSendPerEmail,
    Lambda: gbS * PRICES.lambdaPerGbSecond + (l.invocations.inbound + l.invocations.prompt) * PRICES.lambdaPerRequest,
    DynamoDB: l.writeUnits * PRICES.dynamoPerWriteUnit + l.readUnits * PRICES.dynamoPerReadUnit,
    Scheduler: l.scheduled * PRICES.schedulerPerInvocation,
    S3: l.inboundEmails * PRICES.s3PerPut + (l.calls.GetObjectCommand ?? 0) * PRICES.s3PerGet + (l.rawBytes.reduce((a, b) => a + b, 0) / 1e9) * PRICES.s3PerGbMonth,
    'CloudWatch Logs': (l.logBytes / 1e9) * PRICES.logsPerGb,
  };
  return Object.fromEntries(Object.entries(per).map(([k, v]) => [k, v * 1000]));
}
