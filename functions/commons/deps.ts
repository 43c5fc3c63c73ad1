// Clients and adapters, built once per container from the configuration.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { Config } from './config.js';
import { makeClock } from './clock.js';
import { DynamoDbInterviewStore } from '../../shared/adapters/dynamodb-store.js';
import { SesMailer } from '../../shared/adapters/ses-mailer.js';
import { EventBridgePromptScheduler } from '../../shared/adapters/eventbridge-scheduler.js';
import { jsonLogger } from '../../shared/adapters/logger.js';
import { loadTemplates } from '../../shared/adapters/templates-fs.js';
import { findUser, type Deps } from '../../shared/workflow.js';

export async function tokenSecret(cfg: Config): Promise<string> {
  if (cfg.TOKEN_SECRET) return cfg.TOKEN_SECRET;
  const sm = new SecretsManagerClient({});
  const r = await sm.send(new GetSecretValueCommand({ SecretId: cfg.TOKEN_SECRET_ARN! }));
  if (!r.SecretString) throw new Error('the reply-token secret is empty');
  return r.SecretString;
}

export interface Built {
  deps: Omit<Deps, 'scheduler'>;
  dynamodb: DynamoDBClient;
  scheduler: SchedulerClient;
  /** the scheduler adapter for a given prompt function ARN */
  schedulerFor(functionArn: string): EventBridgePromptScheduler;
}

export async function buildDeps(cfg: Config, service: string): Promise<Built> {
  const dynamodb = new DynamoDBClient({});
  const ses = new SESv2Client({});
  const scheduler = new SchedulerClient({});
  const store = new DynamoDbInterviewStore(dynamodb, cfg.TABLE_NAME);
  const now = makeClock(cfg.FOLLOWUP_CLOCK_FILE);
  const config = {
    domain: cfg.MAIL_DOMAIN,
    fromAddress: cfg.FROM_ADDRESS,
    inboxAddress: cfg.INBOX_ADDRESS,
    tokenSecret: await tokenSecret(cfg),
    dailyEmailLimit: cfg.DAILY_EMAIL_LIMIT,
    retentionDays: cfg.RETENTION_DAYS,
    users: cfg.USERS,
  };
  const partial = { store, config, now, log: jsonLogger(service, cfg.LOG_LEVEL, undefined, now), templates: loadTemplates(cfg.TEMPLATES_DIR) };
  const mailer = new SesMailer(ses, cfg.FROM_ADDRESS, async (email) => (await findUser(partial, email)) !== null);
  return {
    deps: { ...partial, mailer },
    dynamodb,
    scheduler,
    schedulerFor: (functionArn) =>
      new EventBridgePromptScheduler(scheduler, { group: cfg.SCHEDULE_GROUP, functionArn, roleArn: cfg.SCHEDULER_ROLE_ARN, deadLetterArn: cfg.SCHEDULE_DLQ_ARN }),
  };
}
