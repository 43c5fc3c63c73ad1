// `users add|list|export|delete`: locally against the data folder (through the running stack's DynamoDB, or the
// folder itself when the stack is stopped), or deployed with --table NAME [--group NAME] and your AWS credentials.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDbInterviewStore } from '../../shared/adapters/dynamodb-store.js';
import { EventBridgePromptScheduler } from '../../shared/adapters/eventbridge-scheduler.js';
import { isValidZone } from '../../shared/time.js';
import { ensureTable, localClientConfig } from '../local/emulators.js';

const USAGE = `usage:
  npm run followup -- users add <email> --tz <IANA zone> [--table NAME]
  npm run followup -- users list [--table NAME]
  npm run followup -- users export <email> [--table NAME]
  npm run followup -- users delete <email> [--table NAME --group SCHEDULE_GROUP]   (both from the stack's outputs)
Without --table the local stack's data (FOLLOWUP_DATA, default ./.followup) is used.`;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function localDynamo(): Promise<{ client: DynamoDBClient; close: () => Promise<void> }> {
  const endpoint = process.env.FOLLOWUP_DYNAMODB_URL ?? 'http://127.0.0.1:4567';
  const client = new DynamoDBClient(localClientConfig(endpoint));
  try {
    await ensureTable(endpoint, 'followup');
    return { client, close: async () => client.destroy() };
  } catch {
    client.destroy();
  }
  // The stack is not running: open the data folder directly for this command.
  const require = createRequire(import.meta.url);
  const dynalite = require('dynalite') as (o: Record<string, unknown>) => Server;
  const server = dynalite({ path: join(resolve(process.env.FOLLOWUP_DATA ?? './.followup'), 'dynamodb'), createTableMs: 0 });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await ensureTable(url, 'followup');
  const c = new DynamoDBClient(localClientConfig(url));
  return { client: c, close: async () => (c.destroy(), await new Promise<void>((ok) => server.close(() => ok()))) };
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const table = flag(rest, '--table');
  const positional = rest.filter((a, i) => !a.startsWith('--') && !(i > 0 && rest[i - 1].startsWith('--')));
  if (!sub || !['add', 'list', 'export', 'delete'].includes(sub)) return usage(sub ? `unknown users command "${sub}"` : 'users needs a command');
  const email = positional[0]?.toLowerCase();
  if (sub !== 'list' && (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) return usage(`users ${sub} needs an email address`);
  const tz = flag(rest, '--tz');
  if (sub === 'delete' && table && !flag(rest, '--group')) return usage('users delete on a deployed stack needs --group (the ScheduleGroup output) as well as --table');
  if (sub === 'add' && (!tz || !isValidZone(tz))) return usage(`users add needs --tz with an IANA zone such as America/Chicago${tz ? ` ("${tz}" is not one)` : ''}`);

  const db = table ? { client: new DynamoDBClient({}), close: async () => {} } : await localDynamo();
  const store = new DynamoDbInterviewStore(db.client, table ?? 'followup');
  try {
    if (sub === 'add') {
      await store.putUser({ email: email!, timeZone: tz! });
      console.log(`registered ${email} (${tz})`);
    } else if (sub === 'list') {
      const users = await store.listUsers();
      if (users.length === 0) console.log('no users in the table (users configured at deploy time or by FOLLOWUP_USER are not listed here)');
      for (const u of users) console.log(`${u.email}\t${u.timeZone}`);
    } else if (sub === 'export') {
      console.log(JSON.stringify({ user: email, items: await store.exportUser(email!) }, null, 2));
    } else {
      const interviews = await store.listInterviews(email!);
      const schedules = [...new Set(interviews.flatMap((iv) => [iv.schedule?.name, ...(iv.retired ?? [])]).filter((n): n is string => !!n))];
      if (schedules.length) {
        const scheduler = table
          ? new SchedulerClient({})
          : new SchedulerClient(localClientConfig(process.env.FOLLOWUP_SCHEDULER_URL ?? 'http://127.0.0.1:4569'));
        const adapter = new EventBridgePromptScheduler(scheduler, { group: flag(rest, '--group') ?? 'followup', functionArn: '-', roleArn: '-' });
        for (const name of schedules) await adapter.remove(name);
      }
      const n = await store.deleteUserData(email!);
      console.log(`deleted ${n} item(s) and ${schedules.length} schedule(s) for ${email}`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

function usage(why: string): number {
  console.error(`${why}\n\n${USAGE}`);
  return 2;
}
