// `npm start`: the whole product on one machine. The same handlers as on AWS, unchanged, against local servers:
// dynalite (DynamoDB), s3rver (S3), an SESv2 stand-in with a web inbox, a Scheduler emulator, and an SMTP server on
// localhost:2525 that plays SES receiving. Data lives under FOLLOWUP_DATA (default ./.followup).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { S3Client } from '@aws-sdk/client-s3';
import { ConflictException, CreateScheduleGroupCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { LocalClock } from './clock.js';
import { DEFAULT_PORTS, ensureBucket, ensureTable, localClientConfig, LOCAL_CREDENTIALS, LOCAL_REGION, startEmulators, type LocalEmulators } from './emulators.js';
import { startSmtp, LOCAL_INBOUND_FUNCTION_ARN, type LocalSmtp } from './smtp.js';

export const LOCAL_PROMPT_FUNCTION_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:prompt';
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface LocalStackOptions {
  dataDir?: string;
  domain?: string;
  user?: string;
  timeZone?: string;
  /** 0 everywhere picks free ports (tests) */
  ports?: Partial<Record<keyof typeof DEFAULT_PORTS | 'smtp', number>>;
  /** real-time ticking of the scheduler (off in tests, which advance the clock themselves) */
  tickMs?: number | null;
  dailyEmailLimit?: number;
  /** the handlers' JSON logs: shown by default, hidden in tests */
  quiet?: boolean;
  log?: (msg: string) => void;
}

export interface LocalStack {
  clock: LocalClock;
  emulators: LocalEmulators;
  smtp: LocalSmtp;
  domain: string;
  user: { email: string; timeZone: string };
  inbox: string;
  /** move the clock forward, firing what comes due in order */
  advance(ms: number): Promise<{ name: string; at: string }[]>;
  /** wait until every accepted message has been handled */
  idle(): Promise<void>;
  /** the handlers as loaded, for tests that deliver SES events directly */
  handlers: { inbound: Handler; prompt: Handler };
  bucket: string;
  table: string;
  stop(): Promise<void>;
}

export type Handler = (event: unknown, context: unknown) => Promise<unknown>;

/** Lambda's async invocation: the first try and two retries. */
async function invokeAsync(fn: Handler, event: unknown, context: unknown, log: (m: string) => void): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      await fn(event, context);
      return;
    } catch (err) {
      log(`inbound attempt ${attempt} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

function secretIn(dataDir: string): string {
  const file = join(dataDir, 'token-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

export async function startLocalStack(opts: LocalStackOptions = {}): Promise<LocalStack> {
  // The SDK warns that releases after January 2027 need Node 22; the lock file pins one that runs here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const log = opts.log ?? ((m: string) => console.log(m));
  const dataDir = resolve(opts.dataDir ?? process.env.FOLLOWUP_DATA ?? './.followup');
  mkdirSync(dataDir, { recursive: true });
  const domain = (opts.domain ?? process.env.FOLLOWUP_DOMAIN ?? 'followup.localhost').toLowerCase();
  const user = {
    email: (opts.user ?? process.env.FOLLOWUP_USER ?? 'you@example.com').toLowerCase(),
    timeZone: opts.timeZone ?? process.env.FOLLOWUP_TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC',
  };
  const clock = new LocalClock(join(dataDir, 'clock.json'));
  const handlers: { inbound?: Handler; prompt?: Handler } = {};

  const emulators = await startEmulators({
    dataDir,
    ports: opts.ports,
    clock,
    log: () => {},
    invoke: async (arn, input) => {
      if (arn !== LOCAL_PROMPT_FUNCTION_ARN || !handlers.prompt) throw new Error(`no local function ${arn}`);
      await handlers.prompt(JSON.parse(input), { invokedFunctionArn: arn, functionName: 'prompt' });
    },
  });
  const table = 'followup';
  const bucket = 'followup-raw';
  await ensureTable(emulators.endpoints.dynamodb, table);
  await ensureBucket(emulators.endpoints.s3, bucket);
  const schedulerClient = new SchedulerClient(localClientConfig(emulators.endpoints.scheduler));
  try {
    await schedulerClient.send(new CreateScheduleGroupCommand({ Name: 'followup' }));
  } catch (err) {
    if (!(err instanceof ConflictException)) throw err;
  } finally {
    schedulerClient.destroy();
  }

  // The handlers read their configuration from the environment at import, exactly as in Lambda.
  Object.assign(process.env, {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: emulators.endpoints.dynamodb,
    AWS_ENDPOINT_URL_S3: emulators.endpoints.s3,
    AWS_ENDPOINT_URL_SESV2: emulators.endpoints.sesv2,
    AWS_ENDPOINT_URL_SCHEDULER: emulators.endpoints.scheduler,
    TABLE_NAME: table,
    FROM_ADDRESS: `prompts@${domain}`,
    MAIL_DOMAIN: domain,
    INBOX_ADDRESS: `interviews@${domain}`,
    SCHEDULE_GROUP: 'followup',
    SCHEDULER_ROLE_ARN: 'arn:aws:iam::000000000000:role/followup-scheduler',
    SCHEDULE_DLQ_ARN: 'arn:aws:sqs:us-east-1:000000000000:followup-schedules-dlq',
    TOKEN_SECRET: secretIn(dataDir),
    USERS: JSON.stringify([user]),
    RAW_BUCKET: bucket,
    RAW_PREFIX: 'raw/',
    PROMPT_FUNCTION_ARN: LOCAL_PROMPT_FUNCTION_ARN,
    FOLLOWUP_CLOCK_FILE: clock.file,
    TEMPLATES_DIR: join(ROOT, 'templates'),
    LOG_LEVEL: opts.quiet ? 'silent' : process.env.LOG_LEVEL ?? 'info',
    DAILY_EMAIL_LIMIT: String(opts.dailyEmailLimit ?? process.env.DAILY_EMAIL_LIMIT ?? 30),
  });
  handlers.inbound = (await import(pathToFileURL(join(ROOT, 'functions/inbound/handler.ts')).href)).handler;
  handlers.prompt = (await import(pathToFileURL(join(ROOT, 'functions/prompt/handler.ts')).href)).handler;

  const smtp = await startSmtp({
    port: opts.ports?.smtp ?? 2525,
    domain,
    s3: new S3Client({ ...localClientConfig(emulators.endpoints.s3), forcePathStyle: true }),
    bucket,
    prefix: 'raw/',
    now: () => clock.now(),
    functionArn: LOCAL_INBOUND_FUNCTION_ARN,
    log: () => {},
    onMessage: (event) => invokeAsync(handlers.inbound!, event, { invokedFunctionArn: LOCAL_INBOUND_FUNCTION_ARN, functionName: 'inbound' }, log),
  });
  if (opts.tickMs !== null) emulators.scheduler.start({ tickMs: opts.tickMs ?? 1000 });

  return {
    clock,
    emulators,
    smtp,
    domain,
    user,
    inbox: `interviews@${domain}`,
    advance: async (ms) => {
      await smtp.idle();
      return (await emulators.scheduler.advanceTo(new Date(clock.now().getTime() + ms), clock)).map((f) => ({ name: f.name, at: f.at }));
    },
    idle: () => smtp.idle(),
    handlers: handlers as { inbound: Handler; prompt: Handler },
    bucket,
    table,
    stop: async () => {
      await smtp.stop();
      await emulators.stop();
    },
  };
}

// `npm start`
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const stack = await startLocalStack({ log: (m) => console.log(m) });
  const web = stack.emulators.sesInboxUrl;
  console.log(`
Interview follow-up is running locally.

  Forward interview emails to:  ${stack.inbox}   (SMTP on localhost:${stack.smtp.port}, no auth)
  Your inbox (sent prompts):    ${web}
  Registered user:              ${stack.user.email} (${stack.user.timeZone}) — set FOLLOWUP_USER / FOLLOWUP_TZ to change
  Data folder:                  ${resolve(process.env.FOLLOWUP_DATA ?? './.followup')}
  Local clock:                  ${stack.clock.now().toISOString()}

Try it, in another terminal:
  npm run followup -- local send --sample      (a fresh Google Calendar invite, 3 days from now)
  npm run followup -- local send my-invite.eml (any email saved from your mail client)
  npm run followup -- local advance 30d        (time travel: every prompt arrives at its time)

Ctrl-C stops everything; a restart keeps your data.`);
  const shutdown = async () => {
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
