import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConditionalCheckFailedException, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SchedulerClient, CreateScheduleCommand, GetScheduleCommand } from '@aws-sdk/client-scheduler';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalClock } from '../../infra/local/clock.js';
import {
  ensureBucket,
  ensureTable,
  localClientConfig,
  startEmulators,
  type LocalEmulators,
} from '../../infra/local/emulators.js';
import type { StoredEmail } from '../../infra/local/ses-emulator.js';

const TABLE = 'followup';
const BUCKET = 'followup-mail';
const ZERO_PORTS = { dynamodb: 0, s3: 0, ses: 0, scheduler: 0 };

const dataDir = mkdtempSync(join(tmpdir(), 'followup-emulators-'));
const clockFile = join(dataDir, 'clock.json');
let clock = new LocalClock(clockFile);
const invoked: string[] = [];
let emu: LocalEmulators;

async function start(): Promise<void> {
  emu = await startEmulators({
    dataDir,
    ports: ZERO_PORTS,
    clock,
    invoke: async (_arn, input) => {
      invoked.push(input);
    },
  });
  await ensureTable(emu.endpoints.dynamodb, TABLE);
  await ensureBucket(emu.endpoints.s3, BUCKET);
}

const dynamo = () => new DynamoDBClient(localClientConfig(emu.endpoints.dynamodb));

const RAW_MESSAGE = [
  'From: "Follow-up Assistant" <assistant@followup.localhost>',
  'To: Candidate <me@example.com>',
  'Reply-To: reply+abc123@followup.localhost',
  'Subject: =?UTF-8?Q?How_did_it_go_=E2=80=94_Acme?=',
  'Message-ID: <prompt-1@followup.localhost>',
  'X-Followup-Interview: int-42',
  'X-Followup-Kind: debrief',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hi! How did the interview go?',
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Hi! How did the interview <b>go</b>?</p>',
  '--b1--',
  '',
].join('\r\n');

beforeAll(start);
afterAll(async () => {
  await emu.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('startEmulators', () => {
  it('returns real ports when asked for port 0', () => {
    for (const url of Object.values(emu.endpoints)) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
    expect(emu.sesStoreUrl).toBe(`${emu.endpoints.sesv2}/store`);
  });

  it('DynamoDB: put, get and a failing conditional put through the real SDK', async () => {
    // Prepare
    const client = dynamo();
    const item = { pk: { S: 'INTERVIEW#1' }, sk: { S: 'META' }, company: { S: 'Acme' } };

    // Act
    await client.send(new PutItemCommand({ TableName: TABLE, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    const got = await client.send(new GetItemCommand({ TableName: TABLE, Key: { pk: item.pk, sk: item.sk } }));
    const second = client.send(
      new PutItemCommand({ TableName: TABLE, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
    );

    // Assess
    expect(got.Item).toEqual(item);
    await expect(second).rejects.toBeInstanceOf(ConditionalCheckFailedException);
    client.destroy();
  });

  it('ensureTable and ensureBucket are idempotent', async () => {
    await ensureTable(emu.endpoints.dynamodb, TABLE);
    await ensureBucket(emu.endpoints.s3, BUCKET);
  });

  it('S3: put and get (path style)', async () => {
    const s3 = new S3Client({ ...localClientConfig(emu.endpoints.s3), forcePathStyle: true });
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'inbound/abc', Body: 'hello raw mail' }));
    const got = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'inbound/abc' }));
    expect(await got.Body?.transformToString()).toBe('hello raw mail');
    s3.destroy();
  });

  it('SESv2: a Raw SendEmail shows up in GET /store with every header and both bodies', async () => {
    // Prepare
    const ses = new SESv2Client(localClientConfig(emu.endpoints.sesv2));

    // Act
    const sent = await ses.send(
      new SendEmailCommand({
        FromEmailAddress: 'assistant@followup.localhost',
        Destination: { ToAddresses: ['me@example.com'] },
        Content: { Raw: { Data: Buffer.from(RAW_MESSAGE) } },
      }),
    );
    const store = (await (await fetch(emu.sesStoreUrl)).json()) as { emails: StoredEmail[] };

    // Assess
    const email = store.emails.find((e) => e.messageId === sent.MessageId);
    expect(email).toMatchObject({
      from: 'Follow-up Assistant <assistant@followup.localhost>',
      replyTo: ['reply+abc123@followup.localhost'],
      destination: { to: ['me@example.com'], cc: [], bcc: [] },
      subject: 'How did it go — Acme',
      raw: RAW_MESSAGE,
    });
    expect(email?.body.text?.trim()).toBe('Hi! How did the interview go?');
    expect(email?.body.html?.trim()).toBe('<p>Hi! How did the interview <b>go</b>?</p>');
    expect(email?.headers).toEqual(
      expect.arrayContaining([
        { name: 'X-Followup-Interview', value: 'int-42' },
        { name: 'X-Followup-Kind', value: 'debrief' },
        { name: 'Reply-To', value: 'reply+abc123@followup.localhost' },
        { name: 'Message-ID', value: '<prompt-1@followup.localhost>' },
      ]),
    );
    expect(Math.abs((email?.at ?? 0) - clock.now().getTime() / 1000)).toBeLessThan(5);
    const eml = (await (await fetch(`${emu.endpoints.sesv2}/get-emlContent?messageId=${sent.MessageId}`)).json()) as {
      body: string;
    };
    expect(eml.body).toBe(RAW_MESSAGE);
    ses.destroy();
  });

  it('SESv2: Simple sends still go through aws-ses-v2-local', async () => {
    const ses = new SESv2Client(localClientConfig(emu.endpoints.sesv2));
    const sent = await ses.send(
      new SendEmailCommand({
        FromEmailAddress: 'assistant@followup.localhost',
        Destination: { ToAddresses: ['me@example.com'] },
        Content: { Simple: { Subject: { Data: 'simple' }, Body: { Text: { Data: 'plain body' } } } },
      }),
    );
    const store = (await (await fetch(emu.sesStoreUrl)).json()) as { emails: StoredEmail[] };
    expect(store.emails.find((e) => e.messageId === sent.MessageId)).toMatchObject({ subject: 'simple', body: { text: 'plain body' } });
    ses.destroy();
  });

  it('keeps DynamoDB data, S3 objects, sent mail, schedules and the clock across a restart', async () => {
    // Prepare
    clock.advance(5 * 86_400_000);
    const offset = clock.offsetMs;
    const at = new Date(Math.ceil((clock.now().getTime() + 3_600_000) / 1000) * 1000);
    const scheduler = new SchedulerClient(localClientConfig(emu.endpoints.scheduler));
    await scheduler.send(
      new CreateScheduleCommand({
        Name: 'persisted',
        ScheduleExpression: `at(${at.toISOString().slice(0, 19)})`,
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: { Arn: 'arn:aws:lambda:us-east-1:000000000000:function:prompt', RoleArn: 'arn:aws:iam::000000000000:role/r', Input: '{"p":1}' },
      }),
    );
    scheduler.destroy();
    const sentBefore = ((await (await fetch(emu.sesStoreUrl)).json()) as { emails: StoredEmail[] }).emails;
    expect(sentBefore.length).toBeGreaterThanOrEqual(2);

    // Act
    await emu.stop();
    clock = new LocalClock(clockFile);
    await start();

    // Assess
    expect(clock.offsetMs).toBe(offset);
    const client = dynamo();
    const got = await client.send(new GetItemCommand({ TableName: TABLE, Key: { pk: { S: 'INTERVIEW#1' }, sk: { S: 'META' } } }));
    expect(got.Item?.company).toEqual({ S: 'Acme' });
    client.destroy();
    const s3 = new S3Client({ ...localClientConfig(emu.endpoints.s3), forcePathStyle: true });
    expect(await (await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'inbound/abc' }))).Body?.transformToString()).toBe(
      'hello raw mail',
    );
    s3.destroy();
    const sentAfter = ((await (await fetch(emu.sesStoreUrl)).json()) as { emails: StoredEmail[] }).emails;
    expect(sentAfter).toEqual(sentBefore);
    const schedulerAfter = new SchedulerClient(localClientConfig(emu.endpoints.scheduler));
    expect((await schedulerAfter.send(new GetScheduleCommand({ Name: 'persisted' }))).Target?.Input).toBe('{"p":1}');
    schedulerAfter.destroy();
    const fired = await emu.scheduler.advanceTo(new Date(at.getTime() + 1000), clock);
    expect(fired.map((f) => f.name)).toEqual(['persisted']);
    expect(invoked).toEqual(['{"p":1}']);
  });
});
