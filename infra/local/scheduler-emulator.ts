/**
 * A local stand-in for Amazon EventBridge Scheduler, speaking the same REST-JSON wire protocol as
 * the real service so `@aws-sdk/client-scheduler` works against it unchanged (point `endpoint` at it).
 *
 * Scope: one-time `at(...)` schedules, which is all the app uses. `rate()`/`cron()` are rejected with
 * ValidationException. Schedules are persisted to a JSON file so a restart keeps them.
 *
 * Firing is driven by the local clock, not by wall time alone:
 *  - `start({ tickMs })` polls `clock.now()` and fires what is due (normal running),
 *  - `advanceTo(target)` walks forward through due schedules in instant order, setting the clock to
 *    each schedule's instant before invoking it (time travel: `followup local advance 3d`).
 *
 * Differences from AWS, on purpose:
 *  - a schedule whose instant is already past when it is created (or when the emulator restarts)
 *    fires at the next tick, so missed prompts are caught up after the machine was off;
 *  - FlexibleTimeWindow is stored but firing is always at the exact instant;
 *  - RetryPolicy.MaximumRetryAttempts (AWS default 185) is capped at `maxRetries` (default 3) quick
 *    retries; MaximumEventAgeInSeconds is ignored. When every attempt fails, the input goes to
 *    `deadLetter(DeadLetterConfig.Arn, input, error)` (default: one JSON line appended to
 *    `<dataDir>/scheduler-dead-letters.jsonl`). Without a DeadLetterConfig the event is dropped and
 *    logged, as on AWS;
 *  - StartDate/EndDate, KmsKeyArn and tags are stored/ignored.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DateTime, IANAZone } from 'luxon';
import { parseDuration, type LocalClock } from './clock.js';

const REGION = 'us-east-1';
const ACCOUNT = '000000000000';
const DEFAULT_GROUP = 'default';
const AWS_DEFAULT_MAX_RETRIES = 185;
const NAME_PATTERN = /^[0-9a-zA-Z\-_.]{1,64}$/;
const AT_PATTERN = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/;

export type ScheduleTarget = {
  Arn: string;
  RoleArn: string;
  Input?: string;
  RetryPolicy?: { MaximumEventAgeInSeconds?: number; MaximumRetryAttempts?: number };
  DeadLetterConfig?: { Arn?: string };
  [other: string]: unknown;
};

export type ScheduleRecord = {
  Name: string;
  GroupName: string;
  Arn: string;
  ScheduleExpression: string;
  ScheduleExpressionTimezone?: string;
  StartDate?: string;
  EndDate?: string;
  Description?: string;
  State: 'ENABLED' | 'DISABLED';
  KmsKeyArn?: string;
  Target: ScheduleTarget;
  FlexibleTimeWindow: { Mode: 'OFF' | 'FLEXIBLE'; MaximumWindowInMinutes?: number };
  ActionAfterCompletion: 'NONE' | 'DELETE';
  CreationDate: string;
  LastModificationDate: string;
  ClientToken?: string;
  /** The instant the at() expression denotes (ISO, UTC). */
  fireAt: string;
  /** Set once the one-time schedule has fired (it never fires again unless updated). */
  firedAt?: string;
  /** Bumped on every update so a firing in flight can tell the schedule changed under it. */
  revision: number;
};

type GroupRecord = { Name: string; Arn: string; State: 'ACTIVE'; CreationDate: string; LastModificationDate: string };

type StateFile = { version: 1; groups: GroupRecord[]; schedules: ScheduleRecord[] };

export type FiredSchedule = { name: string; group: string; at: string; ok: boolean };

export type InvokeTarget = (targetArn: string, inputJson: string) => Promise<void>;
export type DeadLetterSink = (deadLetterArn: string, inputJson: string, error: unknown) => Promise<void> | void;

export type SchedulerEmulatorOptions = {
  /** Directory for `scheduler-state.json` and the default dead-letter file. */
  dataDir: string;
  clock: LocalClock;
  invoke: InvokeTarget;
  deadLetter?: DeadLetterSink;
  log?: (msg: string) => void;
  /** Local cap on retries after a failed invoke (default 3). */
  maxRetries?: number;
  /** Pause between retries (default 50 ms). */
  retryDelayMs?: number;
};

/** A failure the emulator maps onto the service's typed errors. */
export class SchedulerApiError extends Error {
  constructor(
    readonly type: 'ValidationException' | 'ConflictException' | 'ResourceNotFoundException' | 'InternalServerException',
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'SchedulerApiError';
  }
}

const validation = (message: string) => new SchedulerApiError('ValidationException', 400, message);
const notFound = (message: string) => new SchedulerApiError('ResourceNotFoundException', 404, message);
const conflict = (message: string) => new SchedulerApiError('ConflictException', 409, message);

/** Computes the instant of `at(yyyy-mm-ddThh:mm:ss)` in `timezone` (IANA, default UTC). */
export function instantOfAtExpression(expression: string, timezone = 'UTC'): Date {
  if (/^(rate|cron)\(/.test(expression)) {
    throw validation(`Unsupported ScheduleExpression ${expression}: the local emulator only supports one-time at() schedules`);
  }
  const match = AT_PATTERN.exec(expression);
  if (!match) throw validation(`Invalid Schedule Expression ${expression}.`);
  if (!IANAZone.isValidZone(timezone)) throw validation(`Invalid ScheduleExpressionTimezone ${timezone}.`);
  const [, year, month, day, hour, minute, second] = match.map(Number);
  const local = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: timezone });
  if (!local.isValid) throw validation(`Invalid Schedule Expression ${expression}.`);
  // A wall time skipped by a spring-forward gap: luxon shifts it forward by the gap, like AWS does.
  return local.toJSDate();
}

function toEpochSeconds(iso: string | undefined): number | undefined {
  return iso === undefined ? undefined : Date.parse(iso) / 1000;
}

function parseDateInput(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const date = typeof value === 'number' ? new Date(value * 1000) : typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw validation(`Invalid ${field}.`);
  return date.toISOString();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw validation(`${field} must be a string.`);
  return value;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class SchedulerEmulator {
  private readonly stateFile: string;
  private readonly deadLetterFile: string;
  private readonly opts: SchedulerEmulatorOptions;
  private readonly log: (msg: string) => void;
  private groups = new Map<string, GroupRecord>();
  private schedules = new Map<string, ScheduleRecord>();
  private server: Server | undefined;
  private ticker: NodeJS.Timeout | undefined;
  private tickInFlight = false;
  /** Serialises firing loops: one at a time, in arrival order. */
  private firingChain: Promise<unknown> = Promise.resolve();
  private baseUrl = '';

  constructor(opts: SchedulerEmulatorOptions) {
    this.opts = opts;
    this.log = opts.log ?? (() => {});
    this.stateFile = join(opts.dataDir, 'scheduler-state.json');
    this.deadLetterFile = join(opts.dataDir, 'scheduler-dead-letters.jsonl');
    this.load();
  }

  get clock(): LocalClock {
    return this.opts.clock;
  }

  /** `http://127.0.0.1:<port>` once listening. */
  get url(): string {
    return this.baseUrl;
  }

  async listen(port = 4569, host = '127.0.0.1'): Promise<{ port: number; url: string }> {
    const server = createServer((req, res) => {
      void this.handleHttp(req, res);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    const actual = (server.address() as AddressInfo).port;
    this.baseUrl = `http://${host}:${actual}`;
    return { port: actual, url: this.baseUrl };
  }

  /** Polls `clock.now()` every `tickMs` (default 1000) and fires what is due. */
  start(opts: { tickMs?: number } = {}): void {
    if (this.ticker) return;
    const tickMs = opts.tickMs ?? 1000;
    this.ticker = setInterval(() => {
      if (this.tickInFlight) return;
      this.tickInFlight = true;
      this.fireDue(this.opts.clock.now())
        .catch((error: unknown) => this.log(`scheduler tick failed: ${String(error)}`))
        .finally(() => {
          this.tickInFlight = false;
        });
    }, tickMs);
    this.ticker.unref();
  }

  /** Stops the ticker, waits for a firing in flight, closes the HTTP server. */
  async close(): Promise<void> {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
    await this.firingChain;
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  /** A snapshot of all stored schedules (tests, CLI listing). */
  list(): ScheduleRecord[] {
    return [...this.schedules.values()].map((s) => structuredClone(s));
  }

  /** Fires every enabled schedule due at or before `now`, including ones created while firing. */
  fireDue(now: Date): Promise<FiredSchedule[]> {
    return this.exclusive(async () => {
      const fired: FiredSchedule[] = [];
      for (;;) {
        const next = this.nextDue(now);
        if (!next) return fired;
        fired.push(await this.fire(next));
      }
    });
  }

  /**
   * Moves the clock forward to `target`, firing due schedules in instant order on the way with the
   * clock set to each one's instant. Waits for any firing in flight first. Never moves the clock back.
   */
  advanceTo(target: Date, clock: LocalClock = this.opts.clock): Promise<FiredSchedule[]> {
    return this.exclusive(async () => {
      const fired: FiredSchedule[] = [];
      try {
        for (;;) {
          const next = this.nextDue(target);
          if (!next) break;
          const at = new Date(next.fireAt);
          if (at.getTime() > clock.now().getTime()) clock.set(at);
          fired.push(await this.fire(next));
        }
      } finally {
        if (target.getTime() > clock.now().getTime()) clock.set(target);
      }
      return fired;
    });
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.firingChain.then(fn, fn);
    this.firingChain = run.catch(() => undefined);
    return run;
  }

  private nextDue(limit: Date): ScheduleRecord | undefined {
    let best: ScheduleRecord | undefined;
    for (const s of this.schedules.values()) {
      if (s.State !== 'ENABLED' || s.firedAt !== undefined) continue;
      if (Date.parse(s.fireAt) > limit.getTime()) continue;
      if (
        !best ||
        Date.parse(s.fireAt) < Date.parse(best.fireAt) ||
        (s.fireAt === best.fireAt && s.CreationDate < best.CreationDate)
      ) {
        best = s;
      }
    }
    return best;
  }

  private async fire(schedule: ScheduleRecord): Promise<FiredSchedule> {
    const key = scheduleKey(schedule.GroupName, schedule.Name);
    const revision = schedule.revision;
    const input = schedule.Target.Input ?? '{}';
    const configured = schedule.Target.RetryPolicy?.MaximumRetryAttempts ?? AWS_DEFAULT_MAX_RETRIES;
    const attempts = 1 + Math.min(configured, this.opts.maxRetries ?? 3);
    // Mark it fired before invoking so a schedule can never be picked twice, even if the handler
    // lists schedules or the loop re-enters; a handler that updates it bumps the revision.
    schedule.firedAt = this.opts.clock.now().toISOString();
    this.persist();
    this.log(`scheduler: firing ${schedule.GroupName}/${schedule.Name} (due ${schedule.fireAt}) -> ${schedule.Target.Arn}`);
    let lastError: unknown;
    let ok = false;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await this.opts.invoke(schedule.Target.Arn, input);
        ok = true;
        break;
      } catch (error) {
        lastError = error;
        this.log(`scheduler: ${schedule.Name} attempt ${attempt}/${attempts} failed: ${errorMessage(error)}`);
        if (attempt < attempts) await sleep(this.opts.retryDelayMs ?? 50);
      }
    }
    if (!ok) await this.sendToDeadLetter(schedule, input, lastError);

    const current = this.schedules.get(key);
    if (current && current.revision === revision && current.ActionAfterCompletion === 'DELETE') {
      this.schedules.delete(key);
      this.persist();
    }
    return { name: schedule.Name, group: schedule.GroupName, at: schedule.fireAt, ok };
  }

  private async sendToDeadLetter(schedule: ScheduleRecord, input: string, error: unknown): Promise<void> {
    const arn = schedule.Target.DeadLetterConfig?.Arn;
    if (!arn) {
      this.log(`scheduler: ${schedule.Name} failed and has no DeadLetterConfig; event dropped`);
      return;
    }
    const sink: DeadLetterSink =
      this.opts.deadLetter ??
      ((deadLetterArn, inputJson, err) => {
        mkdirSync(dirname(this.deadLetterFile), { recursive: true });
        const line = {
          at: this.opts.clock.now().toISOString(),
          deadLetterArn,
          scheduleArn: schedule.Arn,
          targetArn: schedule.Target.Arn,
          input: inputJson,
          error: errorMessage(err),
        };
        appendFileSync(this.deadLetterFile, JSON.stringify(line) + '\n');
      });
    try {
      await sink(arn, input, error);
    } catch (sinkError) {
      this.log(`scheduler: dead-letter delivery for ${schedule.Name} failed: ${errorMessage(sinkError)}`);
    }
  }

  // ---- persistence -------------------------------------------------------------------------

  private load(): void {
    let text: string;
    try {
      text = readFileSync(this.stateFile, 'utf8');
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return;
      throw error;
    }
    const state = JSON.parse(text) as StateFile;
    for (const g of state.groups ?? []) this.groups.set(g.Name, g);
    for (const s of state.schedules ?? []) this.schedules.set(scheduleKey(s.GroupName, s.Name), s);
  }

  private persist(): void {
    const state: StateFile = { version: 1, groups: [...this.groups.values()], schedules: [...this.schedules.values()] };
    mkdirSync(dirname(this.stateFile), { recursive: true });
    const tmp = `${this.stateFile}.tmp`;
    writeFileSync(tmp, JSON.stringify(state, null, 2) + '\n');
    renameSync(tmp, this.stateFile);
  }

  // ---- HTTP --------------------------------------------------------------------------------

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const body = await readJsonBody(req);
      const result = await this.route(req.method ?? 'GET', url, body);
      sendJson(res, 200, result);
    } catch (error) {
      if (error instanceof SchedulerApiError) {
        sendJson(res, error.status, { Message: error.message }, { 'x-amzn-errortype': error.type });
      } else {
        this.log(`scheduler: internal error: ${errorMessage(error)}`);
        sendJson(res, 500, { Message: errorMessage(error) }, { 'x-amzn-errortype': 'InternalServerException' });
      }
    }
  }

  private async route(method: string, url: URL, body: Record<string, unknown>): Promise<unknown> {
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const q = url.searchParams;
    if (segments[0] === '_local') return this.routeLocal(method, segments.slice(1), body);
    if (segments[0] === 'schedules') {
      if (segments.length === 1 && method === 'GET') return this.listSchedules(q);
      if (segments.length === 2) {
        const name = segments[1];
        switch (method) {
          case 'POST':
            return this.createSchedule(name, body);
          case 'PUT':
            return this.updateSchedule(name, body);
          case 'GET':
            return this.getSchedule(name, q.get('groupName') ?? undefined);
          case 'DELETE':
            return this.deleteSchedule(name, q.get('groupName') ?? undefined);
        }
      }
    }
    if (segments[0] === 'schedule-groups') {
      if (segments.length === 1 && method === 'GET') return this.listGroups(q);
      if (segments.length === 2) {
        const name = segments[1];
        switch (method) {
          case 'POST':
            return this.createGroup(name);
          case 'GET':
            return this.getGroup(name);
          case 'DELETE':
            return this.deleteGroup(name);
        }
      }
    }
    throw new SchedulerApiError('ValidationException', 400, `Unsupported operation ${method} ${url.pathname}`);
  }

  private async routeLocal(method: string, segments: string[], body: Record<string, unknown>): Promise<unknown> {
    if (segments[0] === 'clock' && method === 'GET') return { now: this.opts.clock.now().toISOString() };
    if (segments[0] === 'advance' && method === 'POST') {
      let target: Date;
      if (typeof body.by === 'string') {
        try {
          target = new Date(this.opts.clock.now().getTime() + parseDuration(body.by));
        } catch (error) {
          throw validation(errorMessage(error));
        }
      } else if (typeof body.to === 'string') {
        target = new Date(body.to);
        if (Number.isNaN(target.getTime())) throw validation(`"to" is not an ISO date: ${body.to}`);
      } else {
        throw validation('Expected JSON {"by": "3d"} or {"to": "<ISO instant>"}');
      }
      const fired = await this.advanceTo(target);
      return { now: this.opts.clock.now().toISOString(), fired };
    }
    throw validation(`Unknown local control endpoint ${method} /_local/${segments.join('/')}`);
  }

  private requireGroup(groupName: string): void {
    if (groupName !== DEFAULT_GROUP && !this.groups.has(groupName)) {
      throw notFound(`Schedule group ${groupName} does not exist.`);
    }
  }

  private buildSchedule(
    name: string,
    body: Record<string, unknown>,
    existing: ScheduleRecord | undefined,
  ): ScheduleRecord {
    if (!NAME_PATTERN.test(name)) throw validation(`Invalid Name ${name}: 1-64 characters of [0-9a-zA-Z-_.].`);
    const groupName = optionalString(body, 'GroupName') ?? DEFAULT_GROUP;
    if (!NAME_PATTERN.test(groupName)) throw validation(`Invalid GroupName ${groupName}.`);
    const expression = optionalString(body, 'ScheduleExpression');
    if (!expression) throw validation('ScheduleExpression is required.');
    const timezone = optionalString(body, 'ScheduleExpressionTimezone');
    const fireAt = instantOfAtExpression(expression, timezone ?? 'UTC').toISOString();

    const target = body.Target;
    if (!isRecord(target)) throw validation('Target is required.');
    if (typeof target.Arn !== 'string' || target.Arn === '') throw validation('Target.Arn is required.');
    if (typeof target.RoleArn !== 'string' || target.RoleArn === '') throw validation('Target.RoleArn is required.');
    if (target.Input !== undefined && typeof target.Input !== 'string') throw validation('Target.Input must be a string.');
    if (target.RetryPolicy !== undefined) {
      if (!isRecord(target.RetryPolicy)) throw validation('Target.RetryPolicy must be an object.');
      const retries = target.RetryPolicy.MaximumRetryAttempts;
      if (retries !== undefined && (typeof retries !== 'number' || retries < 0 || retries > 185)) {
        throw validation('RetryPolicy.MaximumRetryAttempts must be between 0 and 185.');
      }
    }

    const window = body.FlexibleTimeWindow;
    if (!isRecord(window)) throw validation('FlexibleTimeWindow is required.');
    if (window.Mode !== 'OFF' && window.Mode !== 'FLEXIBLE') throw validation('FlexibleTimeWindow.Mode must be OFF or FLEXIBLE.');
    if (window.Mode === 'FLEXIBLE') {
      const minutes = window.MaximumWindowInMinutes;
      if (typeof minutes !== 'number' || minutes < 1 || minutes > 1440) {
        throw validation('FlexibleTimeWindow.MaximumWindowInMinutes must be between 1 and 1440 when Mode is FLEXIBLE.');
      }
    }

    const state = optionalString(body, 'State') ?? 'ENABLED';
    if (state !== 'ENABLED' && state !== 'DISABLED') throw validation('State must be ENABLED or DISABLED.');
    const action = optionalString(body, 'ActionAfterCompletion') ?? 'NONE';
    if (action !== 'NONE' && action !== 'DELETE') throw validation('ActionAfterCompletion must be NONE or DELETE.');

    const now = new Date().toISOString();
    return {
      Name: name,
      GroupName: groupName,
      Arn: `arn:aws:scheduler:${REGION}:${ACCOUNT}:schedule/${groupName}/${name}`,
      ScheduleExpression: expression,
      ScheduleExpressionTimezone: timezone,
      StartDate: parseDateInput(body.StartDate, 'StartDate'),
      EndDate: parseDateInput(body.EndDate, 'EndDate'),
      Description: optionalString(body, 'Description'),
      State: state,
      KmsKeyArn: optionalString(body, 'KmsKeyArn'),
      Target: structuredClone(target) as ScheduleTarget,
      FlexibleTimeWindow: structuredClone(window) as ScheduleRecord['FlexibleTimeWindow'],
      ActionAfterCompletion: action,
      CreationDate: existing?.CreationDate ?? now,
      LastModificationDate: now,
      ClientToken: existing ? existing.ClientToken : optionalString(body, 'ClientToken'),
      fireAt,
      revision: (existing?.revision ?? 0) + 1,
    };
  }

  private createSchedule(name: string, body: Record<string, unknown>): unknown {
    const schedule = this.buildSchedule(name, body, undefined);
    this.requireGroup(schedule.GroupName);
    const key = scheduleKey(schedule.GroupName, name);
    const existing = this.schedules.get(key);
    if (existing) {
      // Same ClientToken = the SDK retrying a request that already succeeded: idempotent success.
      if (schedule.ClientToken && existing.ClientToken === schedule.ClientToken) return { ScheduleArn: existing.Arn };
      throw conflict(`Schedule ${name} already exists.`);
    }
    this.schedules.set(key, schedule);
    this.persist();
    this.log(`scheduler: created ${schedule.GroupName}/${name} at ${schedule.fireAt}`);
    return { ScheduleArn: schedule.Arn };
  }

  private updateSchedule(name: string, body: Record<string, unknown>): unknown {
    const groupName = optionalString(body, 'GroupName') ?? DEFAULT_GROUP;
    this.requireGroup(groupName);
    const key = scheduleKey(groupName, name);
    const existing = this.schedules.get(key);
    if (!existing) throw notFound(`Schedule ${name} does not exist.`);
    const schedule = this.buildSchedule(name, body, existing);
    this.schedules.set(key, schedule);
    this.persist();
    this.log(`scheduler: updated ${groupName}/${name} at ${schedule.fireAt}`);
    return { ScheduleArn: schedule.Arn };
  }

  private getSchedule(name: string, groupName = DEFAULT_GROUP): unknown {
    this.requireGroup(groupName);
    const s = this.schedules.get(scheduleKey(groupName, name));
    if (!s) throw notFound(`Schedule ${name} does not exist.`);
    return {
      Arn: s.Arn,
      GroupName: s.GroupName,
      Name: s.Name,
      ScheduleExpression: s.ScheduleExpression,
      ScheduleExpressionTimezone: s.ScheduleExpressionTimezone,
      StartDate: toEpochSeconds(s.StartDate),
      EndDate: toEpochSeconds(s.EndDate),
      Description: s.Description,
      State: s.State,
      CreationDate: toEpochSeconds(s.CreationDate),
      LastModificationDate: toEpochSeconds(s.LastModificationDate),
      KmsKeyArn: s.KmsKeyArn,
      Target: s.Target,
      FlexibleTimeWindow: s.FlexibleTimeWindow,
      ActionAfterCompletion: s.ActionAfterCompletion,
    };
  }

  private deleteSchedule(name: string, groupName = DEFAULT_GROUP): unknown {
    this.requireGroup(groupName);
    const key = scheduleKey(groupName, name);
    if (!this.schedules.has(key)) throw notFound(`Schedule ${name} does not exist.`);
    this.schedules.delete(key);
    this.persist();
    this.log(`scheduler: deleted ${groupName}/${name}`);
    return {};
  }

  private listSchedules(q: URLSearchParams): unknown {
    const group = q.get('ScheduleGroup') ?? undefined;
    const prefix = q.get('NamePrefix') ?? '';
    const state = q.get('State') ?? undefined;
    const all = [...this.schedules.values()]
      .filter((s) => (group === undefined || s.GroupName === group) && s.Name.startsWith(prefix))
      .filter((s) => state === undefined || s.State === state)
      .sort((a, b) => (a.GroupName + '/' + a.Name).localeCompare(b.GroupName + '/' + b.Name));
    const { page, nextToken } = paginate(all, q);
    return {
      Schedules: page.map((s) => ({
        Arn: s.Arn,
        Name: s.Name,
        GroupName: s.GroupName,
        State: s.State,
        CreationDate: toEpochSeconds(s.CreationDate),
        LastModificationDate: toEpochSeconds(s.LastModificationDate),
        Target: { Arn: s.Target.Arn },
      })),
      NextToken: nextToken,
    };
  }

  private createGroup(name: string): unknown {
    if (!NAME_PATTERN.test(name)) throw validation(`Invalid Name ${name}.`);
    if (name === DEFAULT_GROUP || this.groups.has(name)) throw conflict(`Schedule group ${name} already exists.`);
    const now = new Date().toISOString();
    const group: GroupRecord = {
      Name: name,
      Arn: `arn:aws:scheduler:${REGION}:${ACCOUNT}:schedule-group/${name}`,
      State: 'ACTIVE',
      CreationDate: now,
      LastModificationDate: now,
    };
    this.groups.set(name, group);
    this.persist();
    return { ScheduleGroupArn: group.Arn };
  }

  private groupView(name: string): GroupRecord {
    if (name === DEFAULT_GROUP) {
      return {
        Name: DEFAULT_GROUP,
        Arn: `arn:aws:scheduler:${REGION}:${ACCOUNT}:schedule-group/${DEFAULT_GROUP}`,
        State: 'ACTIVE',
        CreationDate: new Date(0).toISOString(),
        LastModificationDate: new Date(0).toISOString(),
      };
    }
    const group = this.groups.get(name);
    if (!group) throw notFound(`Schedule group ${name} does not exist.`);
    return group;
  }

  private getGroup(name: string): unknown {
    const g = this.groupView(name);
    return { ...g, CreationDate: toEpochSeconds(g.CreationDate), LastModificationDate: toEpochSeconds(g.LastModificationDate) };
  }

  private deleteGroup(name: string): unknown {
    if (name === DEFAULT_GROUP) throw validation('The default schedule group cannot be deleted.');
    if (!this.groups.has(name)) throw notFound(`Schedule group ${name} does not exist.`);
    this.groups.delete(name);
    for (const [key, s] of this.schedules) if (s.GroupName === name) this.schedules.delete(key);
    this.persist();
    return {};
  }

  private listGroups(q: URLSearchParams): unknown {
    const prefix = q.get('NamePrefix') ?? '';
    const names = [DEFAULT_GROUP, ...this.groups.keys()].filter((n) => n.startsWith(prefix)).sort();
    const { page, nextToken } = paginate(names, q);
    return {
      ScheduleGroups: page.map((n) => {
        const g = this.groupView(n);
        return { ...g, CreationDate: toEpochSeconds(g.CreationDate), LastModificationDate: toEpochSeconds(g.LastModificationDate) };
      }),
      NextToken: nextToken,
    };
  }
}

function scheduleKey(group: string, name: string): string {
  return `${group}/${name}`;
}

function paginate<T>(items: T[], q: URLSearchParams): { page: T[]; nextToken: string | undefined } {
  const max = Math.min(Number(q.get('MaxResults') ?? 100) || 100, 100);
  const start = Number(q.get('NextToken') ?? 0) || 0;
  const page = items.slice(start, start + max);
  return { page, nextToken: start + max < items.length ? String(start + max) : undefined };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw validation('Request body is not valid JSON.');
  }
  if (!isRecord(parsed)) throw validation('Request body must be a JSON object.');
  return parsed;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': crypto.randomUUID(),
    ...headers,
  });
  res.end(text);
}
