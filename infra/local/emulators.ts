/**
 * Starts the local AWS stand-ins the handlers talk to when run by `npm start`:
 * DynamoDB (dynalite, LevelDB on disk), S3 (s3rver, files on disk), SESv2 (aws-ses-v2-local behind
 * a lossless-raw + persistence layer) and EventBridge Scheduler (our emulator). Everything lives
 * under `dataDir`, so stopping and starting again keeps tables, objects, sent mail and schedules.
 *
 * Port 0 picks a free port; the returned endpoints carry the actual ones.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  ResourceInUseException,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { LocalClock } from './clock.js';
import { SchedulerEmulator, type DeadLetterSink, type InvokeTarget } from './scheduler-emulator.js';
import { startSesEmulator } from './ses-emulator.js';

const require = createRequire(import.meta.url);

export const LOCAL_REGION = 'us-east-1';
export const LOCAL_CREDENTIALS = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local' };
const HOST = '127.0.0.1';

export const DEFAULT_PORTS = { dynamodb: 4567, s3: 4568, ses: 8005, scheduler: 4569 } as const;

export type LocalEndpoints = { dynamodb: string; s3: string; sesv2: string; scheduler: string };

export type LocalEmulators = {
  endpoints: LocalEndpoints;
  /** `GET` this for `{ templates, emails }` of everything sent through SESv2. */
  sesStoreUrl: string;
  /** The SES web inbox. */
  sesInboxUrl: string;
  scheduler: SchedulerEmulator;
  stop(): Promise<void>;
};

export type StartEmulatorsOptions = {
  dataDir: string;
  ports?: Partial<Record<keyof typeof DEFAULT_PORTS, number>>;
  invoke: InvokeTarget;
  clock: LocalClock;
  deadLetter?: DeadLetterSink;
  log?: (msg: string) => void;
};

type Dynalite = (options: Record<string, unknown>) => Server;
type S3rverInstance = { run(): Promise<AddressInfo>; close(): Promise<void> };
type S3rverAccountModule = { DUMMY_ACCOUNT: { createKeyPair(accessKeyId: string, secretAccessKey: string): void } };
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;

export async function startEmulators(opts: StartEmulatorsOptions): Promise<LocalEmulators> {
  const log = opts.log ?? (() => {});
  const ports = { ...DEFAULT_PORTS, ...opts.ports };
  mkdirSync(opts.dataDir, { recursive: true });
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    // Reverse order: the scheduler's in-flight firing may still be writing to DynamoDB/S3/SES.
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch (error) {
        log(`emulators: stop failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    stops.length = 0;
  };

  try {
    const dynalite = require('dynalite') as Dynalite;
    const dynamo = dynalite({
      path: join(opts.dataDir, 'dynamodb'),
      createTableMs: 0,
      deleteTableMs: 0,
      updateTableMs: 0,
    });
    await listen(dynamo, ports.dynamodb);
    stops.push(() => closeServer(dynamo));
    const dynamodb = `http://${HOST}:${(dynamo.address() as AddressInfo).port}`;

    const S3rver = require('s3rver') as S3rverClass;
    // s3rver only knows the access key S3RVER; register ours on its single dummy account.
    const s3rverAccount = require('s3rver/lib/models/account') as S3rverAccountModule;
    s3rverAccount.DUMMY_ACCOUNT.createKeyPair(LOCAL_CREDENTIALS.accessKeyId, LOCAL_CREDENTIALS.secretAccessKey);
    const s3rver = new S3rver({
      port: ports.s3,
      address: HOST,
      directory: join(opts.dataDir, 's3'),
      silent: true,
      // Path-style only: the SDK must use forcePathStyle against it.
      vhostBuckets: false,
    });
    const s3Address = await s3rver.run();
    stops.push(() => s3rver.close());
    const s3 = `http://${HOST}:${s3Address.port}`;

    const ses = await startSesEmulator({ dataDir: join(opts.dataDir, 'ses'), port: ports.ses, host: HOST, now: () => opts.clock.now(), log });
    stops.push(() => ses.stop());

    const scheduler = new SchedulerEmulator({
      dataDir: join(opts.dataDir, 'scheduler'),
      clock: opts.clock,
      invoke: opts.invoke,
      deadLetter: opts.deadLetter,
      log,
    });
    const schedulerAddress = await scheduler.listen(ports.scheduler, HOST);
    stops.push(() => scheduler.close());

    log(`emulators: dynamodb ${dynamodb}, s3 ${s3}, ses ${ses.url}, scheduler ${schedulerAddress.url}`);
    return {
      endpoints: { dynamodb, s3, sesv2: ses.url, scheduler: schedulerAddress.url },
      sesStoreUrl: `${ses.url}/store`,
      sesInboxUrl: `${ses.url}/`,
      scheduler,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw new Error(`Could not start the local emulators: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

/** Client config for any SDK v3 client pointed at a local emulator. */
export function localClientConfig(endpoint: string) {
  return { endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
}

/** Creates the single-table layout (`pk`/`sk` strings, on-demand) if it does not exist yet. */
export async function ensureTable(dynamodbEndpoint: string, tableName: string): Promise<void> {
  const client = new DynamoDBClient(localClientConfig(dynamodbEndpoint));
  try {
    try {
      await client.send(new DescribeTableCommand({ TableName: tableName }));
      return;
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
    try {
      await client.send(
        new CreateTableCommand({
          TableName: tableName,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [
            { AttributeName: 'pk', AttributeType: 'S' },
            { AttributeName: 'sk', AttributeType: 'S' },
          ],
          KeySchema: [
            { AttributeName: 'pk', KeyType: 'HASH' },
            { AttributeName: 'sk', KeyType: 'RANGE' },
          ],
        }),
      );
    } catch (error) {
      // Another process created it between our describe and create: fine.
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  } finally {
    client.destroy();
  }
}

/** Creates the bucket if it does not exist yet. */
export async function ensureBucket(s3Endpoint: string, bucket: string): Promise<void> {
  const client = new S3Client({ ...localClientConfig(s3Endpoint), forcePathStyle: true });
  try {
    try {
      await client.send(new HeadBucketCommand({ Bucket: bucket }));
      return;
    } catch (error) {
      // HEAD has no body, so the SDK only sees the status: 404 means "no such bucket".
      if (httpStatus(error) !== 404) throw error;
    }
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
  } finally {
    client.destroy();
  }
}

function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('$metadata' in error)) return undefined;
  const metadata = (error as { $metadata?: { httpStatusCode?: number } }).$metadata;
  return metadata?.httpStatusCode;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
