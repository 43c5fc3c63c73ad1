import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConflictException,
  CreateScheduleCommand,
  CreateScheduleGroupCommand,
  DeleteScheduleCommand,
  GetScheduleCommand,
  GetScheduleGroupCommand,
  ListSchedulesCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
  ValidationException,
  type CreateScheduleCommandInput,
} from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LocalClock } from '../../infra/local/clock.js';
import { instantOfAtExpression, SchedulerEmulator } from '../../infra/local/scheduler-emulator.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../infra/local/emulators.js';

const PROMPT_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:prompt';
const ROLE_ARN = 'arn:aws:iam::000000000000:role/scheduler';

type Invocation = { arn: string; input: string; clockAt: string };

const dir = mkdtempSync(join(tmpdir(), 'followup-scheduler-'));
const clock = new LocalClock(join(dir, 'clock.json'));
const invocations: Invocation[] = [];
let onInvoke: (inv: Invocation) => Promise<void> = async () => {};
let emulator: SchedulerEmulator;
let client: SchedulerClient;

function atExpression(date: Date): string {
  return `at(${date.toISOString().slice(0, 19)})`;
}

function scheduleInput(name: string, at: Date, extra: Partial<CreateScheduleCommandInput> = {}): CreateScheduleCommandInput {
  return {
    Name: name,
    ScheduleExpression: atExpression(at),
    FlexibleTimeWindow: { Mode: 'OFF' },
    Target: { Arn: PROMPT_ARN, RoleArn: ROLE_ARN, Input: JSON.stringify({ name }) },
    ActionAfterCompletion: 'DELETE',
    ...extra,
  };
}

async function startEmulator(): Promise<void> {
  emulator = new SchedulerEmulator({
    dataDir: dir,
    clock,
    retryDelayMs: 1,
    invoke: async (arn, input) => {
      const inv = { arn, input, clockAt: clock.now().toISOString() };
      invocations.push(inv);
      await onInvoke(inv);
    },
  });
  const { url } = await emulator.listen(0);
  client = new SchedulerClient({ endpoint: url, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
}

beforeAll(startEmulator);
afterAll(async () => {
  client.destroy();
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  invocations.length = 0;
  onInvoke = async () => {};
});

describe('SchedulerEmulator through @aws-sdk/client-scheduler', () => {
  it('creates, reads, conflicts, updates, fires in instant order, deletes after completion', async () => {
    // Prepare
    const base = new Date(Math.ceil((clock.now().getTime() + 86_400_000) / 1000) * 1000);
    const late = new Date(base.getTime() + 2 * 3_600_000);
    const early = new Date(base.getTime() + 3_600_000);

    // Act + Assess: create and read back
    const created = await client.send(new CreateScheduleCommand(scheduleInput('late-one', late, { Description: 'late' })));
    expect(created.ScheduleArn).toBe('arn:aws:scheduler:us-east-1:000000000000:schedule/default/late-one');
    const got = await client.send(new GetScheduleCommand({ Name: 'late-one' }));
    expect(got).toMatchObject({
      Name: 'late-one',
      GroupName: 'default',
      State: 'ENABLED',
      ScheduleExpression: atExpression(late),
      ActionAfterCompletion: 'DELETE',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Description: 'late',
      Target: { Arn: PROMPT_ARN, RoleArn: ROLE_ARN, Input: '{"name":"late-one"}' },
    });
    expect(got.CreationDate).toBeInstanceOf(Date);

    // a second create with the same name is a typed ConflictException
    const again = client.send(new CreateScheduleCommand(scheduleInput('late-one', late)));
    await expect(again).rejects.toBeInstanceOf(ConflictException);
    await expect(again).rejects.toMatchObject({ name: 'ConflictException', $metadata: { httpStatusCode: 409 } });

    // update it to fire after a second schedule created with an earlier instant
    await client.send(new CreateScheduleCommand(scheduleInput('early-one', early, { ActionAfterCompletion: 'NONE' })));
    const evenLater = new Date(late.getTime() + 3_600_000);
    await client.send(new UpdateScheduleCommand(scheduleInput('late-one', evenLater)));
    expect((await client.send(new GetScheduleCommand({ Name: 'late-one' }))).ScheduleExpression).toBe(atExpression(evenLater));

    // advance past both: fired in instant order, clock set to each instant at invocation time
    const target = new Date(evenLater.getTime() + 60_000);
    const fired = await emulator.advanceTo(target);
    expect(fired.map((f) => f.name)).toEqual(['early-one', 'late-one']);
    expect(invocations.map((i) => [i.arn, i.input])).toEqual([
      [PROMPT_ARN, '{"name":"early-one"}'],
      [PROMPT_ARN, '{"name":"late-one"}'],
    ]);
    expect(Date.parse(invocations[0].clockAt) - early.getTime()).toBeGreaterThanOrEqual(0);
    expect(Date.parse(invocations[0].clockAt) - early.getTime()).toBeLessThan(1000);
    expect(Date.parse(invocations[1].clockAt) - evenLater.getTime()).toBeLessThan(1000);
    expect(clock.now().getTime() - target.getTime()).toBeLessThan(1000);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(target.getTime());

    // DELETE removed it; NONE kept it but it does not fire twice
    await expect(client.send(new GetScheduleCommand({ Name: 'late-one' }))).rejects.toBeInstanceOf(ResourceNotFoundException);
    expect((await client.send(new GetScheduleCommand({ Name: 'early-one' }))).State).toBe('ENABLED');
    expect(await emulator.advanceTo(new Date(target.getTime() + 1000))).toEqual([]);

    // delete of a missing schedule is a typed ResourceNotFoundException; of an existing one succeeds
    await expect(client.send(new DeleteScheduleCommand({ Name: 'late-one' }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
    await client.send(new DeleteScheduleCommand({ Name: 'early-one' }));
    await expect(client.send(new UpdateScheduleCommand(scheduleInput('early-one', late)))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
  });

  it('fires schedules created by a fired handler in the same advance, in instant order', async () => {
    // Prepare: the first prompt schedules a follow-up one hour later and one a year later
    const start = new Date(Math.ceil((clock.now().getTime() + 3_600_000) / 1000) * 1000);
    onInvoke = async (inv) => {
      if (inv.input.includes('chain-1')) {
        const now = clock.now();
        await client.send(new CreateScheduleCommand(scheduleInput('chain-2', new Date(now.getTime() + 3_600_000))));
        await client.send(new CreateScheduleCommand(scheduleInput('chain-far', new Date(now.getTime() + 365 * 86_400_000))));
      }
    };
    await client.send(new CreateScheduleCommand(scheduleInput('chain-1', start)));
    await client.send(new CreateScheduleCommand(scheduleInput('chain-3', new Date(start.getTime() + 2 * 3_600_000 + 5000))));

    // Act
    const fired = await emulator.advanceTo(new Date(start.getTime() + 3 * 3_600_000));

    // Assess
    expect(fired.map((f) => f.name)).toEqual(['chain-1', 'chain-2', 'chain-3']);
    const remaining = await client.send(new ListSchedulesCommand({ NamePrefix: 'chain' }));
    expect(remaining.Schedules?.map((s) => s.Name)).toEqual(['chain-far']);
    await client.send(new DeleteScheduleCommand({ Name: 'chain-far' }));
  });

  it('retries a failing target, then hands the input to the dead-letter target', async () => {
    // Prepare
    onInvoke = async () => {
      throw new Error('handler exploded');
    };
    const at = new Date(Math.ceil((clock.now().getTime() + 60_000) / 1000) * 1000);
    await client.send(
      new CreateScheduleCommand(
        scheduleInput('always-fails', at, {
          Target: {
            Arn: PROMPT_ARN,
            RoleArn: ROLE_ARN,
            Input: '{"x":1}',
            RetryPolicy: { MaximumRetryAttempts: 2 },
            DeadLetterConfig: { Arn: 'arn:aws:sqs:us-east-1:000000000000:prompt-dlq' },
          },
        }),
      ),
    );

    // Act
    const fired = await emulator.advanceTo(new Date(at.getTime() + 1000));

    // Assess
    expect(fired).toEqual([expect.objectContaining({ name: 'always-fails', ok: false })]);
    expect(invocations).toHaveLength(3);
    const lines = readFileSync(join(dir, 'scheduler-dead-letters.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({
        deadLetterArn: 'arn:aws:sqs:us-east-1:000000000000:prompt-dlq',
        input: '{"x":1}',
        error: 'handler exploded',
      }),
    ]);
  });

  it('rejects bad input with typed ValidationExceptions', async () => {
    const at = new Date(Date.now() + 86_400_000);
    await expect(
      client.send(new CreateScheduleCommand(scheduleInput('bad-rate', at, { ScheduleExpression: 'rate(5 minutes)' }))),
    ).rejects.toBeInstanceOf(ValidationException);
    await expect(
      client.send(new CreateScheduleCommand(scheduleInput('bad-at', at, { ScheduleExpression: 'at(2030-13-01T00:00:00)' }))),
    ).rejects.toBeInstanceOf(ValidationException);
    await expect(
      client.send(new CreateScheduleCommand(scheduleInput('bad-zone', at, { ScheduleExpressionTimezone: 'Mars/Olympus' }))),
    ).rejects.toBeInstanceOf(ValidationException);
    const missingRole = client.send(
      new CreateScheduleCommand(scheduleInput('no-role', at, { Target: { Arn: PROMPT_ARN, RoleArn: '' } })),
    );
    await expect(missingRole).rejects.toBeInstanceOf(ValidationException);
    await expect(missingRole).rejects.toThrow(/RoleArn/);
  });

  it('supports schedule groups minimally', async () => {
    await expect(client.send(new GetScheduleGroupCommand({ Name: 'prompts' }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
    await client.send(new CreateScheduleGroupCommand({ Name: 'prompts' }));
    await expect(client.send(new CreateScheduleGroupCommand({ Name: 'prompts' }))).rejects.toBeInstanceOf(ConflictException);
    expect((await client.send(new GetScheduleGroupCommand({ Name: 'prompts' }))).State).toBe('ACTIVE');
    const at = new Date(Date.now() + 86_400_000);
    await client.send(new CreateScheduleCommand(scheduleInput('in-group', at, { GroupName: 'prompts' })));
    expect((await client.send(new GetScheduleCommand({ Name: 'in-group', GroupName: 'prompts' }))).GroupName).toBe('prompts');
    await expect(client.send(new GetScheduleCommand({ Name: 'in-group' }))).rejects.toBeInstanceOf(ResourceNotFoundException);
    const listed = await client.send(new ListSchedulesCommand({ GroupName: 'prompts' }));
    expect(listed.Schedules?.map((s) => s.Name)).toEqual(['in-group']);
    await client.send(new DeleteScheduleCommand({ Name: 'in-group', GroupName: 'prompts' }));
  });

  it('answers the local control endpoints', async () => {
    // Prepare
    const before = clock.now().getTime();
    const at = new Date(Math.ceil((before + 3_600_000) / 1000) * 1000);
    await client.send(new CreateScheduleCommand(scheduleInput('via-http', at)));

    // Act
    const res = await fetch(`${emulator.url}/_local/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ by: '2h' }),
    });
    const body = (await res.json()) as { now: string; fired: { name: string; at: string }[] };
    const clockRes = (await (await fetch(`${emulator.url}/_local/clock`)).json()) as { now: string };
    const bad = await fetch(`${emulator.url}/_local/advance`, { method: 'POST', body: JSON.stringify({ by: 'soon' }) });

    // Assess
    expect(res.status).toBe(200);
    expect(body.fired).toEqual([expect.objectContaining({ name: 'via-http', at: at.toISOString() })]);
    expect(Date.parse(body.now) - before).toBeGreaterThanOrEqual(2 * 3_600_000);
    expect(Date.parse(clockRes.now)).toBeGreaterThanOrEqual(Date.parse(body.now));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { Message: string }).Message).toMatch(/Invalid duration "soon"/);
  });

  it('keeps schedules across a restart and a fired one-time schedule stays fired', async () => {
    // Prepare
    const at = new Date(Math.ceil((clock.now().getTime() + 3_600_000) / 1000) * 1000);
    await client.send(new CreateScheduleCommand(scheduleInput('survivor', at, { ActionAfterCompletion: 'NONE' })));
    await client.send(new CreateScheduleCommand(scheduleInput('fired-before', new Date(at.getTime() - 1000), { ActionAfterCompletion: 'NONE' })));
    await emulator.fireDue(new Date(at.getTime() - 500));
    expect(invocations.map((i) => i.input)).toEqual(['{"name":"fired-before"}']);

    // Act
    client.destroy();
    await emulator.close();
    await startEmulator();

    // Assess
    expect((await client.send(new GetScheduleCommand({ Name: 'survivor' }))).ScheduleExpression).toBe(atExpression(at));
    const fired = await emulator.fireDue(new Date(at.getTime() + 1000));
    expect(fired.map((f) => f.name)).toEqual(['survivor']);
  });

  it('ticks in real time against the local clock', async () => {
    const at = new Date(Math.ceil(clock.now().getTime() / 1000) * 1000 - 1000);
    await client.send(new CreateScheduleCommand(scheduleInput('tick-me', at)));
    emulator.start({ tickMs: 20 });
    await expect.poll(() => invocations.map((i) => i.input), { timeout: 2000 }).toEqual(['{"name":"tick-me"}']);
  });
});

describe('at() expressions', () => {
  it('uses the schedule time zone, across a DST change', () => {
    // New York springs forward on 2030-03-10: 09:00 EST is 14:00Z the day before, 09:00 EDT is 13:00Z after.
    expect(instantOfAtExpression('at(2030-03-09T09:00:00)', 'America/New_York').toISOString()).toBe('2030-03-09T14:00:00.000Z');
    expect(instantOfAtExpression('at(2030-03-11T09:00:00)', 'America/New_York').toISOString()).toBe('2030-03-11T13:00:00.000Z');
    // Europe/London falls back on 2030-10-27.
    expect(instantOfAtExpression('at(2030-10-26T09:00:00)', 'Europe/London').toISOString()).toBe('2030-10-26T08:00:00.000Z');
    expect(instantOfAtExpression('at(2030-10-28T09:00:00)', 'Europe/London').toISOString()).toBe('2030-10-28T09:00:00.000Z');
    expect(instantOfAtExpression('at(2030-10-28T09:00:00)').toISOString()).toBe('2030-10-28T09:00:00.000Z');
  });

  it('orders schedules by instant, not by wall time, when zones differ', async () => {
    // Prepare: 10:00 in Tokyo is before 03:00 in UTC on the same date
    const year = new Date(clock.now().getTime() + 400 * 86_400_000).getUTCFullYear();
    await client.send(
      new CreateScheduleCommand({
        ...scheduleInput('utc-3am', new Date(0)),
        ScheduleExpression: `at(${year}-06-01T03:00:00)`,
      }),
    );
    await client.send(
      new CreateScheduleCommand({
        ...scheduleInput('tokyo-10am', new Date(0)),
        ScheduleExpression: `at(${year}-06-01T10:00:00)`,
        ScheduleExpressionTimezone: 'Asia/Tokyo',
      }),
    );

    // Act
    const fired = await emulator.advanceTo(new Date(`${year}-06-02T00:00:00Z`));

    // Assess
    expect(fired.map((f) => [f.name, f.at])).toEqual([
      ['tokyo-10am', `${year}-06-01T01:00:00.000Z`],
      ['utc-3am', `${year}-06-01T03:00:00.000Z`],
    ]);
  });
});
