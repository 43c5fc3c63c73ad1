// The workflow behind both functions. Every step is idempotent so that Lambda's retries, a redelivered SES event or
// a schedule that fires twice can replay it: interview ids derive from the message, replies and updates are applied
// once (the message key joins `applied` in the same conditional write), and every email is claimed in a ledger
// (the interview's `mails`, or a marker item) before it is sent, and given back if the send fails.
import type { Extraction, ReplyReading } from './types.js';
import { TERMINAL_INTENTS } from './types.js';
import type { Interview, InterviewStore, Logger, Mailer, OutgoingMail, PromptEvent, PromptScheduler, User } from './ports.js';
import { planPrompts, effectiveEnd, type PlannedPrompt } from './timing.js';
import { replyToken, stableId, tokenFromAddress, verifyReplyToken } from './token.js';
import { atLocal, addDays, isValidZone, localDate } from './time.js';
import * as messages from './messages.js';
import type { Correction, readCorrection } from './corrections.js';

export interface WorkflowConfig {
  domain: string;
  fromAddress: string;
  inboxAddress: string;
  tokenSecret: string;
  dailyEmailLimit: number;
  /** interviews expire this many days after their last activity */
  retentionDays: number;
  /** users configured at deploy time (the store may hold more) */
  users: User[];
}

export interface Deps {
  store: InterviewStore;
  mailer: Mailer;
  scheduler: PromptScheduler;
  templates: Record<string, string>;
  log: Logger;
  config: WorkflowConfig;
  now: () => Date;
  /** what the extraction and reply engines read (injected so a handler loads only what it needs) */
  extract?: (raw: Uint8Array, opts: { userTimeZone: string }) => Promise<Extraction>;
  /** corrections by reply ("time 3pm ET"); only `inbound` needs them */
  readCorrection?: typeof readCorrection;
  readReply?: (raw: Uint8Array, opts: { userTimeZone: string; now: Date }) => Promise<ReplyReading & { inReplyTo?: string | null; text?: string; sentAt?: string | null }>;
}

export interface Verdicts {
  spf: string;
  dkim: string;
  dmarc: string;
  spam: string;
  virus: string;
}

export interface InboundMessage {
  /** SES's id for the message (the raw object's key) */
  sesMessageId: string;
  /** the Message-ID header, when present */
  messageId: string | null;
  /** envelope sender and the From header */
  source: string;
  from: string | null;
  recipients: string[];
  subject?: string | null;
  verdicts: Verdicts;
  raw: () => Promise<Uint8Array>;
}

export type InboundOutcome =
  | { result: 'dropped'; reason: string }
  | { result: 'interview' | 'update' | 'cancellation' | 'unrecognized' | 'reply' | 'unmatched'; interviewId?: string };

const MAX_PROGRESS_STEPS = 12;
const DAY_S = 86_400;

// ---- who may talk to us --------------------------------------------------------------------------------------

/** SPF or DKIM PASS, DMARC not FAIL, and neither spam nor virus FAIL. */
export function verdictsAllow(v: Verdicts): boolean {
  const up = (s: string) => String(s ?? '').toUpperCase();
  if (up(v.spam) === 'FAIL' || up(v.virus) === 'FAIL') return false;
  if (up(v.dmarc) === 'FAIL') return false;
  return up(v.spf) === 'PASS' || up(v.dkim) === 'PASS';
}

export async function findUser(deps: Pick<Deps, 'config' | 'store'>, email: string | null): Promise<User | null> {
  if (!email) return null;
  const e = email.trim().toLowerCase();
  const seeded = deps.config.users.find((u) => u.email.toLowerCase() === e);
  if (seeded) return { email: e, timeZone: seeded.timeZone };
  return deps.store.getUser(e);
}

// ---- inbound ---------------------------------------------------------------------------------------------------

export async function handleInbound(deps: Deps, msg: InboundMessage): Promise<InboundOutcome> {
  const { log } = deps;
  const sender = (msg.from ?? msg.source ?? '').toLowerCase();
  const user = await findUser(deps, sender);
  // Strangers get nothing at all: no reply, no bounce (no backscatter).
  // The envelope sender must be the user too: a From header alone is easy to forge.
  if (!user || (msg.source && msg.from && msg.source.toLowerCase() !== msg.from.toLowerCase())) {
    log.warn('dropped: sender is not a registered user', { sesMessageId: msg.sesMessageId });
    log.metric('DroppedUnknownSender');
    return { result: 'dropped', reason: 'unknown sender' };
  }
  if (!verdictsAllow(msg.verdicts)) {
    log.warn('dropped: SES verdicts do not vouch for the sender', { sesMessageId: msg.sesMessageId, verdicts: msg.verdicts });
    log.metric('DroppedVerdict');
    return { result: 'dropped', reason: 'verdicts' };
  }
  const mkey = stableId(user.email, msg.messageId ?? msg.sesMessageId);
  const token = msg.recipients.map((r) => tokenFromAddress(r, deps.config.domain)).find((t) => t !== null) ?? null;
  if (token !== null) return handleReply(deps, user, token, mkey, msg);
  if (!msg.recipients.some((r) => r.toLowerCase() === deps.config.inboxAddress.toLowerCase())) {
    log.warn('dropped: not addressed to the inbox or a reply address', { sesMessageId: msg.sesMessageId });
    log.metric('DroppedRecipient');
    return { result: 'dropped', reason: 'recipient' };
  }
  return handleForward(deps, user, mkey, msg);
}

async function handleForward(deps: Deps, user: User, mkey: string, msg: InboundMessage): Promise<InboundOutcome> {
  const raw = await msg.raw();
  const ex = await deps.extract!(raw, { userTimeZone: user.timeZone });
  const now = deps.now();
  deps.log.info('forward read', { kind: ex.kind, confidence: ex.confidence, sesMessageId: msg.sesMessageId });

  if (ex.kind !== 'unrecognized' && !(ex.kind === 'cancellation' && !ex.start) && !plausibleStart(ex, now)) {
    deps.log.warn('implausible interview time', { start: ex.start });
    ex.seen = `an interview email whose date I can't use (${ex.start ?? 'none'})`;
    ex.kind = 'unrecognized';
  }
  if (ex.kind === 'unrecognized' || (!ex.start && ex.kind !== 'cancellation')) {
    await sendStandalone(deps, user, `unrecognized:${mkey}`, messages.unrecognized(deps.templates, { ex }));
    return { result: 'unrecognized' };
  }

  const existing = await findMatch(deps, user, ex);
  const ackKey = `ack:${mkey}`;
  if (ex.kind === 'cancellation') {
    if (!existing) {
      await sendStandalone(deps, user, `cancel-unmatched:${mkey}`, messages.cancelUnmatched(deps.templates, { ex }));
      return { result: 'unmatched' };
    }
    const iv = await applyOnce(deps, user, existing, mkey, (x) => {
      x.status = 'cancelled';
    });
    await emailOnce(deps, user, iv, ackKey, (x) => messages.cancelled(deps.templates, { iv: x, user }));
    await progress(deps, user, iv.id);
    return { result: 'cancellation', interviewId: iv.id };
  }

  if (existing) {
    // A reschedule (or the same invite forwarded again): the new details, and a fresh plan from now when the time moved.
    const changed = !sameInstant(existing.start, ex.start ?? existing.start) || !sameInstant(existing.end, ex.end) || existing.status !== 'active';
    const iv = await applyOnce(deps, user, existing, mkey, (x) => {
      applyExtraction(x, ex);
      if (changed) replan(x, now);
    });
    await emailOnce(deps, user, iv, ackKey, (x) => messages.acknowledgement(deps.templates, { iv: x, user, plan: planFor(x, user), updated: true, config: deps.config }));
    await progress(deps, user, iv.id);
    return { result: 'update', interviewId: iv.id };
  }

  // A new interview: its first schedule exists before the record that names it, and the record carries the claim on
  // the acknowledgement, so one conditional write records the interview, its schedule and the email.
  const fresh = newInterview(deps, user, mkey, ex, msg.messageId, now);
  const prior = await deps.store.getInterview(user.email, fresh.id);
  if (prior) {
    // A redelivery (or a retry after a failure): finish what the first run started.
    await emailOnce(deps, user, prior, ackKey, (x) => messages.acknowledgement(deps.templates, { iv: x, user, plan: planFor(x, user), updated: false, config: deps.config }));
    await progress(deps, user, prior.id);
    return { result: ex.kind === 'update' ? 'update' : 'interview', interviewId: prior.id };
  }
  const first = nextFuture(fresh, user, now);
  if (first) {
    await createSchedule(deps, user, fresh, first);
    fresh.schedule = scheduleOf(fresh, first);
  }
  fresh.mails[ackKey] = now.toISOString();
  const quota = await underDailyLimit(deps, user, now);
  if (!quota) fresh.mails[ackKey] = `dropped: daily limit ${now.toISOString()}`;
  if (await deps.store.createInterview(fresh)) {
    if (quota) await deliver(deps, user, fresh, ackKey, messages.acknowledgement(deps.templates, { iv: fresh, user, plan: planFor(fresh, user), updated: false, config: deps.config }));
  } else {
    deps.log.info('interview already recorded (redelivery)', { id: fresh.id });
    const stored = await deps.store.getInterview(user.email, fresh.id);
    if (stored) await emailOnce(deps, user, stored, ackKey, (x) => messages.acknowledgement(deps.templates, { iv: x, user, plan: planFor(x, user), updated: false, config: deps.config }));
  }
  await progress(deps, user, fresh.id);
  return { result: ex.kind === 'update' ? 'update' : 'interview', interviewId: fresh.id };
}

const sameInstant = (a: string | null, b: string | null) => (a === null || b === null ? a === b : Date.parse(a) === Date.parse(b));

/** An interview from half a year ago to two years ahead, with an end (if any) after its start and within a day. */
function plausibleStart(ex: Extraction, now: Date): boolean {
  const t = Date.parse(ex.start ?? '');
  if (Number.isNaN(t) || t < now.getTime() - 183 * DAY_S * 1000 || t > now.getTime() + 2 * 366 * DAY_S * 1000) return false;
  if (ex.end) {
    const e = Date.parse(ex.end);
    if (Number.isNaN(e) || e < t || e - t > DAY_S * 1000) ex.end = null;
  }
  return true;
}

function newInterview(deps: Deps, user: User, mkey: string, ex: Extraction, messageId: string | null, now: Date): Interview {
  const iv: Interview = {
    userEmail: user.email,
    id: mkey,
    status: 'active',
    company: null,
    role: null,
    start: ex.start!,
    end: null,
    timeZone: null,
    format: 'video',
    interviewers: [],
    meetingUrl: null,
    location: null,
    calendarUid: null,
    sequence: null,
    questions: [],
    recordedAt: now.toISOString(),
    gen: 1,
    events: [],
    notes: [],
    sent: {},
    mails: {},
    snoozes: [],
    applied: [mkey],
    schedule: null,
    sourceMessageId: messageId,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    expiresAt: 0,
    version: 0,
  };
  applyExtraction(iv, ex);
  iv.expiresAt = expiry(deps, iv, now);
  return iv;
}

/**
 * A new time: the interview is recorded afresh (R = now) in a new generation, so the plan starts over and nothing
 * sent for the old time counts for the new one.
 */
function replan(x: Interview, now: Date): void {
  x.status = 'active';
  x.recordedAt = now.toISOString();
  x.gen += 1;
  x.events = [];
  x.sent = {};
  x.snoozes = [];
}

function applyExtraction(iv: Interview, ex: Extraction): void {
  iv.company = ex.company ?? iv.company;
  iv.role = ex.role ?? iv.role;
  iv.start = ex.start ?? iv.start;
  iv.end = ex.end;
  iv.timeZone = ex.timeZone ?? iv.timeZone;
  iv.format = ex.format ?? iv.format ?? 'video';
  if (ex.interviewers.length) iv.interviewers = ex.interviewers;
  iv.meetingUrl = ex.meetingUrl ?? iv.meetingUrl;
  iv.location = ex.location ?? iv.location;
  iv.calendarUid = ex.calendarUid ?? iv.calendarUid;
  iv.sequence = ex.sequence ?? iv.sequence;
  iv.questions = ex.questions;
}

/** The stored interview an update or cancellation is about: same calendar UID, else same company and previous time. */
async function findMatch(deps: Deps, user: User, ex: Extraction): Promise<Interview | null> {
  const all = (await liveInterviews(deps, user)).filter((iv) => iv.status !== 'cancelled' || ex.kind !== 'cancellation');
  if (ex.calendarUid) {
    const byUid = all.find((iv) => iv.calendarUid === ex.calendarUid);
    if (byUid) return byUid;
  }
  if (ex.kind === 'interview') return null;
  const company = (ex.company ?? '').toLowerCase();
  if (!company) return null;
  const same = all.filter((iv) => (iv.company ?? '').toLowerCase() === company);
  if (ex.previousStart) {
    const t = Date.parse(ex.previousStart);
    const byTime = same.find((iv) => Date.parse(iv.start) === t);
    if (byTime) return byTime;
  }
  if (ex.kind === 'cancellation' && ex.start) {
    const t = Date.parse(ex.start);
    const byTime = same.find((iv) => Date.parse(iv.start) === t);
    if (byTime) return byTime;
  }
  const active = same.filter((iv) => iv.status === 'active');
  return active.length === 1 ? active[0] : active.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}

async function liveInterviews(deps: Deps, user: User): Promise<Interview[]> {
  const nowS = Math.floor(deps.now().getTime() / 1000);
  return (await deps.store.listInterviews(user.email)).filter((iv) => !iv.expiresAt || iv.expiresAt > nowS);
}

function expiry(deps: Deps, iv: Interview, now: Date): number {
  // the last activity that can still come: the interview itself plus its check-ins (about five weeks), a decision date
  const dates = iv.events.filter((e) => e.date).map((e) => Date.parse(`${e.date}T00:00:00Z`) + 21 * DAY_S * 1000);
  const last = Math.max(now.getTime(), (Date.parse(iv.start) || 0) + 42 * DAY_S * 1000, ...dates);
  return Math.floor(last / 1000) + deps.config.retentionDays * DAY_S;
}

const LEDGER_DAYS = 14;

/**
 * Read-modify-write with optimistic concurrency (a conditional put on the version). `guard` sees the current record
 * and may refuse the change (it was already made): then nothing is written and `done` is false.
 */
async function mutate(
  deps: Deps,
  iv: Interview,
  change: (x: Interview) => void,
  guard: (x: Interview) => boolean = () => true,
): Promise<{ iv: Interview; done: boolean }> {
  let current: Interview | null = iv;
  for (let attempt = 0; attempt < 5 && current; attempt++) {
    if (!guard(current)) return { iv: current, done: false };
    const next: Interview = structuredClone(current);
    change(next);
    const now = deps.now();
    const horizon = now.getTime() - LEDGER_DAYS * DAY_S * 1000;
    next.mails = Object.fromEntries(Object.entries(next.mails ?? {}).filter(([, at]) => !(Date.parse(at.replace(/^dropped: daily limit /, '')) < horizon)));
    next.updatedAt = now.toISOString();
    next.expiresAt = expiry(deps, next, now);
    next.version = current.version + 1;
    if (await deps.store.saveInterview(next, current.version)) return { iv: next, done: true };
    current = await deps.store.getInterview(iv.userEmail, iv.id);
  }
  if (!current) throw new Error(`interview ${iv.id} disappeared`);
  throw new Error(`interview ${iv.id} kept changing under us`);
}

/** Apply a message's change once: the message key joins `applied` in the same write; a replay changes nothing. */
async function applyOnce(deps: Deps, user: User, iv: Interview, mkey: string, change: (x: Interview) => void): Promise<Interview> {
  const r = await mutate(
    deps,
    iv,
    (x) => {
      change(x);
      x.applied = [...x.applied.slice(-49), mkey];
    },
    (x) => !x.applied.includes(mkey),
  );
  void user;
  return r.iv;
}

// ---- replies ---------------------------------------------------------------------------------------------------

async function handleReply(deps: Deps, user: User, token: string, mkey: string, msg: InboundMessage): Promise<InboundOutcome> {
  const id = verifyReplyToken(deps.config.tokenSecret, user.email, token);
  const found = id ? await deps.store.getInterview(user.email, id) : null;
  const nowS = Math.floor(deps.now().getTime() / 1000);
  if (!found || (found.expiresAt && found.expiresAt <= nowS)) {
    deps.log.warn('dropped: reply token does not verify for this sender or names no interview', { sesMessageId: msg.sesMessageId });
    deps.log.metric('DroppedReplyToken');
    return { result: 'dropped', reason: 'token' };
  }
  const now = deps.now();
  const reading = await deps.readReply!(await msg.raw(), { userTimeZone: user.timeZone, now });
  const at = now.toISOString();
  const repliedTo = promptKeyFromMessageId(reading.inReplyTo ?? null, found);
  const closedBefore = found.status !== 'active';
  const correction = reading.text && deps.readCorrection
    ? deps.readCorrection(reading.text, {
        sentAt: reading.sentAt ? new Date(reading.sentAt) : now,
        userTimeZone: user.timeZone,
        start: new Date(found.start),
        end: found.end ? new Date(found.end) : null,
        timeZone: found.timeZone,
      })
    : null;
  if (correction) return handleCorrection(deps, user, found, mkey, correction);

  let snoozed: { at: string } | null = null;
  const apply = (x: Interview) => {
    snoozed = null;
    for (const intent of reading.intents) {
      if (intent === 'note' && reading.note) x.notes.push({ at, text: reading.note.slice(0, 4000) });
      if (x.status !== 'active') continue; // closed: later replies change no timed prompt
      if (intent === 'snooze') {
        const target = snoozeTarget(x, user, repliedTo, now);
        const when = target ? snoozeAt(reading.date, user, now, target, x) : null;
        if (target && when) {
          x.snoozes.push({ key: target.key, type: target.type, at: when.toISOString(), mode: x.sent[target.key] ? 'repeat' : 'move' });
          snoozed = { at: when.toISOString() };
        }
        continue;
      }
      if (['sent', 'heard-back', 'decision-date', ...TERMINAL_INTENTS].includes(intent)) {
        if (intent === 'decision-date' && !reading.date) continue;
        x.events.push({ intent, at, date: intent === 'decision-date' ? reading.date : null });
      }
      if (TERMINAL_INTENTS.includes(intent)) x.status = 'closed';
    }
  };
  // The reply's effect, its new schedule and the claim on the answer go in one write, conditional on the version the
  // plan was computed from (a prompt or another reply landing in between means computing it again). The new schedule
  // is created first and the replaced one removed after, so there is never a moment with none.
  const replyKey = `reply:${mkey}`;
  const quota = await underDailyLimit(deps, user, now);
  let current: Interview = found;
  let r: { iv: Interview; done: boolean } = { iv: found, done: false };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (current.applied.includes(mkey)) break;
    const draft = structuredClone(current);
    apply(draft);
    const wanted = nextFuture(draft, user, now);
    const old = current.schedule;
    if (wanted && scheduleName(draft, wanted) !== old?.name) await createSchedule(deps, user, draft, wanted);
    const base = current;
    r = await mutate(
      deps,
      base,
      (x) => {
        apply(x);
        x.applied = [...x.applied.slice(-49), mkey];
        x.schedule = wanted ? scheduleOf(x, wanted) : null;
        x.retired = old && old.name !== x.schedule?.name ? [old.name] : [];
        if (!x.mails[replyKey]) x.mails[replyKey] = quota ? now.toISOString() : `dropped: daily limit ${now.toISOString()}`;
      },
      (x) => x.version === base.version && !x.applied.includes(mkey),
    );
    if (r.done) break;
    current = r.iv;
  }
  if (!r.done) r = { iv: (await deps.store.getInterview(user.email, found.id)) ?? current, done: false };
  const answer = (x: Interview) => messages.replyResponse(deps.templates, { iv: x, user, reading, plan: planFor(x, user), now, closedBefore, snoozed });
  // Nothing fallible stands between the claim and the send: the replaced schedule goes after.
  if (r.done) {
    if (quota) await deliver(deps, user, r.iv, replyKey, answer(r.iv));
  } else {
    await emailOnce(deps, user, r.iv, replyKey, answer);
  }
  await removeRetired(deps, r.iv);
  await progress(deps, user, r.iv.id);
  return { result: 'reply', interviewId: r.iv.id };
}

/** A correction to what was understood: apply it once, answer with what is recorded now, re-plan. */
async function handleCorrection(deps: Deps, user: User, found: Interview, mkey: string, c: Correction): Promise<InboundOutcome> {
  const now = deps.now();
  const iv = await applyOnce(deps, user, found, mkey, (x) => {
    if (c.kind === 'company') x.company = c.value;
    else if (c.kind === 'role') x.role = c.value;
    else if (c.kind === 'format') x.format = c.value;
    else if (c.kind === 'not-interview') x.status = 'cancelled';
    else {
      x.start = c.start.toISOString();
      x.end = c.end ? c.end.toISOString() : null;
      x.timeZone = c.timeZone ?? x.timeZone;
      replan(x, now);
    }
    x.questions = [];
  });
  deps.log.info('correction applied', { kind: c.kind, interviewId: iv.id });
  await emailOnce(deps, user, iv, `reply:${mkey}`, (x) =>
    c.kind === 'not-interview'
      ? messages.removed(deps.templates, { iv: x, user })
      : messages.acknowledgement(deps.templates, { iv: x, user, plan: planFor(x, user), updated: true, config: deps.config }),
  );
  await progress(deps, user, iv.id);
  return { result: 'reply', interviewId: iv.id };
}

function promptKeyFromMessageId(inReplyTo: string | null, iv: Interview): string | null {
  // our Message-IDs: <p.<prompt key>.g<generation>.<interview id>.<hash>@domain>
  const m = /<p\.([a-z0-9-]+)\.g(\d+)\.([a-z0-9]+)\.[0-9a-f]{8}@/i.exec(inReplyTo ?? '');
  return m && m[3] === iv.id && Number(m[2]) === iv.gen ? m[1] : null;
}

/** The prompt a snooze moves: the one replied to, else the next one due, else the last one sent. */
function snoozeTarget(iv: Interview, user: User, repliedTo: string | null, now: Date): PlannedPrompt | null {
  const plan = planFor(iv, user);
  if (repliedTo) {
    const p = plan.find((x) => x.key === repliedTo);
    if (p) return p;
  }
  return plan.find((p) => !iv.sent[p.key] && p.at.getTime() > now.getTime()) ?? [...plan].reverse().find((p) => iv.sent[p.key]) ?? null;
}

/**
 * Snoozed prompts come back at 09:30 on the day asked for (tomorrow when none was), never in the past (then in an
 * hour, on the minute). A prep or final check cannot be snoozed past the interview itself: null.
 */
function snoozeAt(date: string | null, user: User, now: Date, target: PlannedPrompt, iv: Interview): Date | null {
  const zone = isValidZone(user.timeZone) ? user.timeZone : 'UTC';
  const day = date ?? addDays(localDate(now, zone), 1);
  let t = atLocal(day, 9, 30, zone);
  if (!(t.getTime() > now.getTime())) t = new Date(Math.ceil((now.getTime() + 3600_000) / 60_000) * 60_000);
  if ((target.type === 'prep' || target.type === 'final-check') && t.getTime() >= Date.parse(iv.start)) return null;
  return t;
}

// ---- the plan and the one live schedule -----------------------------------------------------------------------

/** The timing rules' plan for an interview, with snoozes applied. */
export function planFor(iv: Interview, user: User): PlannedPrompt[] {
  const base = planPrompts({
    interview: { start: new Date(iv.start), end: iv.end ? new Date(iv.end) : null, format: iv.format },
    userTimeZone: isValidZone(user.timeZone) ? user.timeZone : 'UTC',
    recordedAt: new Date(iv.recordedAt),
    events: iv.events.map((e) => ({ intent: e.intent, at: new Date(e.at), date: e.date })),
  });
  if (iv.snoozes.length === 0) return base;
  const lastTerminal = iv.events.find((e) => TERMINAL_INTENTS.includes(e.intent));
  const out = [...base];
  iv.snoozes.forEach((s, n) => {
    const at = new Date(s.at);
    if (lastTerminal && at.getTime() > Date.parse(lastTerminal.at)) return;
    const idx = out.findIndex((p) => p.key === s.key);
    // A move re-times the prompt until it has gone out (then it is spent); a repeat brings a sent one back once.
    if ((s.mode ?? 'move') === 'move') {
      if (idx >= 0 && !iv.sent[s.key]) out[idx] = { ...out[idx], at };
    } else out.push({ type: s.type, at, key: `${s.key}-again-${n + 1}` });
  });
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function stale(p: PlannedPrompt, iv: Interview, now: Date): string | null {
  const start = Date.parse(iv.start);
  if ((p.type === 'prep' || p.type === 'final-check') && now.getTime() >= start) return 'skipped: the interview had started';
  return null;
}

/** The next prompt not yet sent, when it is still ahead of `now` (what the one live schedule should point at). */
function nextFuture(iv: Interview, user: User, now: Date): PlannedPrompt | null {
  if (iv.status !== 'active') return null;
  const p = planFor(iv, user).find((x) => !iv.sent[x.key]);
  return p && p.at.getTime() > now.getTime() ? p : null;
}

/**
 * Deterministic, and different whenever the prompt or its time changes: a re-timed prompt gets a new schedule
 * instead of colliding with the old one (creating an existing name is taken as "a retry already made it").
 */
function scheduleName(iv: Interview, p: PlannedPrompt): string {
  return `fu-${iv.id}-g${iv.gen}-${p.key}-${Math.floor(p.at.getTime() / 60_000).toString(36)}`.slice(0, 64);
}

/** A schedule may fire a moment early (at() has whole seconds): a prompt this close is due. */
const DUE_TOLERANCE_MS = 60_000;
const RETRY_AFTER_MS = 10 * 60_000;

function scheduleOf(iv: Interview, p: PlannedPrompt): NonNullable<Interview['schedule']> {
  return { name: scheduleName(iv, p), key: p.key, at: p.at.toISOString() };
}

async function createSchedule(deps: Deps, user: User, iv: Interview, p: PlannedPrompt): Promise<void> {
  await deps.scheduler.create({
    name: scheduleName(iv, p),
    at: p.at,
    timeZone: user.timeZone,
    payload: { userEmail: user.email, interviewId: iv.id, key: p.key, gen: iv.gen, at: p.at.toISOString() },
  });
}

/**
 * Send whatever is due, then make the interview's one live schedule point at its next prompt (or remove it).
 * Safe to call any number of times: a stale or repeated fire finds nothing due and leaves the schedule as it is.
 * A due prompt costs one write: the claim on its email and the schedule of the prompt after it go in one put, the
 * new schedule having been created just before.
 */
export async function progress(deps: Deps, user: User, interviewId: string, fired?: string): Promise<void> {
  for (let step = 0; step < MAX_PROGRESS_STEPS; step++) {
    const iv = await deps.store.getInterview(user.email, interviewId);
    if (!iv) return;
    if (step === 0) await removeRetired(deps, iv); // a retry finishes what a failed run left
    const now = deps.now();
    const plan = iv.status === 'active' ? planFor(iv, user) : [];
    const next = plan.find((p) => !iv.sent[p.key]);
    if (!next || next.at.getTime() > now.getTime() + DUE_TOLERANCE_MS) {
      await reschedule(deps, user, iv, next ?? null, fired);
      return;
    }
    const following = plan.find((p) => p !== next && !iv.sent[p.key]);
    const wanted = following && following.at.getTime() > now.getTime() + DUE_TOLERANCE_MS ? following : null;
    const old = iv.schedule;
    if (wanted && scheduleName(iv, wanted) !== old?.name) await createSchedule(deps, user, iv, wanted);
    const why = stale(next, iv, now);
    const quota = why ? true : await underDailyLimit(deps, user, now);
    if (!quota) {
      // Over today's limit (a flood, a loop): the prompt waits for tomorrow morning instead of being lost.
      const zone = isValidZone(user.timeZone) ? user.timeZone : 'UTC';
      const tomorrow = atLocal(addDays(localDate(now, zone), 1), 8, 0, zone).toISOString();
      await mutate(deps, iv, (x) => void x.snoozes.push({ key: next.key, type: next.type, at: tomorrow, mode: 'move' }), (x) => x.version === iv.version);
      continue;
    }
    const mailKey = `prompt:g${iv.gen}:${next.key}`;
    const r = await mutate(
      deps,
      iv,
      (x) => {
        x.sent[next.key] = why ?? now.toISOString();
        if (!why) x.mails[mailKey] = now.toISOString();
        x.schedule = wanted ? scheduleOf(x, wanted) : null;
        // The schedule that just fired deletes itself (ActionAfterCompletion DELETE); any other one is retired.
        x.retired = old && old.name !== x.schedule?.name && old.name !== fired ? [old.name] : [];
      },
      // computed from this version: a reply or another fire landing in between means planning again
      (x) => x.version === iv.version,
    );
    if (!r.done) continue;
    if (!why) {
      try {
        await deps.mailer.send(outgoing(deps, user, mailKey, messages.prompt(deps.templates, { iv: r.iv, user, prompt: next, now, config: deps.config }), r.iv, next));
        deps.log.metric('EmailSent');
      } catch (err) {
        await giveBack(deps, user, r.iv, next, mailKey, now);
        throw err;
      }
    }
    await removeRetired(deps, r.iv);
  }
  deps.log.warn('progress stopped after the step limit', { interviewId });
}

/**
 * A prompt's send failed: give it back (not sent, claim released) and point the schedule at a retry ten minutes on,
 * so the prompt is not lost even if every Lambda retry fails too.
 */
async function giveBack(deps: Deps, user: User, iv: Interview, p: PlannedPrompt, mailKey: string, now: Date): Promise<void> {
  const retry: PlannedPrompt = { ...p, at: new Date(Math.ceil((now.getTime() + RETRY_AFTER_MS) / 60_000) * 60_000) };
  let scheduled = true;
  await createSchedule(deps, user, iv, retry).catch(() => (scheduled = false));
  try {
    const r = await mutate(deps, iv, (x) => {
      delete x.sent[p.key];
      delete x.mails[mailKey];
      if (scheduled) {
        x.retired = x.schedule && x.schedule.name !== scheduleName(x, retry) ? [x.schedule.name] : [];
        x.schedule = scheduleOf(x, retry);
      }
    });
    await removeRetired(deps, r.iv);
  } catch (e) {
    deps.log.error('could not give a failed prompt back', { error: e instanceof Error ? e.message : String(e) });
  }
}

/** Point the one live schedule at `next` (or at nothing): create the new one, record it, then remove the old. */
async function reschedule(deps: Deps, user: User, iv: Interview, next: PlannedPrompt | null, fired?: string): Promise<void> {
  const wanted = next ? scheduleName(iv, next) : null;
  const old = iv.schedule;
  // nothing to do, unless the schedule recorded is the one that just fired (it is gone once this run completes)
  if ((old?.name ?? null) === wanted && (!old || old.name !== fired)) return;
  // A retry after a failure at any step finds either the old record (and repeats everything; creating an existing
  // schedule succeeds) or the new one with the old name in `retired` (and removes it).
  if (next) await createSchedule(deps, user, iv, next);
  const r = await mutate(deps, iv, (x) => {
    x.schedule = next ? scheduleOf(x, next) : null;
    x.retired = old && old.name !== wanted && old.name !== fired ? [old.name] : [];
  });
  await removeRetired(deps, r.iv);
}

async function removeRetired(deps: Deps, iv: Interview): Promise<void> {
  for (const name of iv.retired ?? []) if (name !== iv.schedule?.name) await deps.scheduler.remove(name);
}

export async function handlePrompt(deps: Deps, ev: PromptEvent): Promise<void> {
  const user = await findUser(deps, ev.userEmail);
  if (!user) {
    deps.log.warn('prompt for a user who is no longer registered', { interviewId: ev.interviewId });
    return;
  }
  // the schedule that fired: it deletes itself once this invocation completes
  const fired = scheduleName({ id: ev.interviewId, gen: ev.gen } as Interview, { type: 'prep', key: ev.key, at: new Date(ev.at) });
  await progress(deps, user, ev.interviewId, fired);
}

/**
 * Called when processing a message failed. Counts the attempt; on the last one, a registered user gets a single
 * "I couldn't read this" email (the raw message stays in S3 for the retention period, the event goes to the DLQ).
 */
export async function reportUnreadable(deps: Deps, msg: InboundMessage, maxAttempts: number): Promise<void> {
  try {
    const user = await findUser(deps, msg.from ?? msg.source);
    if (!user || !verdictsAllow(msg.verdicts) || (msg.source && msg.from && msg.source !== msg.from)) return;
    const mkey = stableId(user.email, msg.messageId ?? msg.sesMessageId);
    let attempt = 0;
    for (let n = 1; n <= maxAttempts; n++) {
      if (await deps.store.claim(user.email, `attempt:${mkey}:${n}`, Math.floor(deps.now().getTime() / 1000) + 30 * DAY_S)) {
        attempt = n;
        break;
      }
    }
    if (attempt !== maxAttempts && attempt !== 0) return;
    // A forward that was recorded before the failure is not "unreadable": what failed comes back through its schedule.
    if (await deps.store.getInterview(user.email, mkey)) return;
    const reply = msg.recipients.some((r) => tokenFromAddress(r, deps.config.domain) !== null);
    deps.log.metric('Unreadable');
    await sendStandalone(deps, user, `unreadable:${mkey}`, messages.couldNotRead(deps.templates, { subject: msg.subject ?? null, reply }));
  } catch (err) {
    deps.log.error('could not report an unreadable message', { error: err instanceof Error ? err.message : String(err) });
  }
}

/** The user's emails so far today (their local day), from the ledgers: a read, not a counter to write. */
export async function underDailyLimit(deps: Deps, user: User, now: Date): Promise<boolean> {
  const zone = isValidZone(user.timeZone) ? user.timeZone : 'UTC';
  const today = localDate(now, zone);
  const { interviews, claims } = await deps.store.listSent(user.email);
  let n = 0;
  const count = (at: string) => {
    const t = Date.parse(at);
    if (!Number.isNaN(t) && localDate(new Date(t), zone) === today) n++;
  };
  for (const iv of interviews) for (const at of Object.values(iv.mails ?? {})) count(at);
  for (const at of claims) count(at);
  if (n >= deps.config.dailyEmailLimit) {
    deps.log.warn('daily email limit reached; not sent', { limit: deps.config.dailyEmailLimit });
    deps.log.metric('DailyLimitReached');
    return false;
  }
  return true;
}

function outgoing(deps: Deps, user: User, key: string, mail: { subject: string; text: string; html: string }, iv: Interview | null, prompt?: PlannedPrompt): OutgoingMail {
  const promptKey = prompt?.key;
  const out: OutgoingMail = {
    to: user.email,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    date: deps.now(),
    headers: { 'X-Followup-Kind': key.split(':')[0] + (prompt ? `:${prompt.type}` : '') },
  };
  if (iv) {
    out.replyTo = `reply+${replyToken(deps.config.tokenSecret, user.email, iv.id)}@${deps.config.domain}`;
    out.messageId = `<p.${promptKey ?? key.split(':')[0]}.g${iv.gen}.${iv.id}.${stableId(key).slice(0, 8)}@${deps.config.domain}>`;
    out.headers!['X-Followup-Interview'] = iv.id;
  }
  return out;
}

/** Send an email whose claim (`mails[key]`) is already recorded; take the claim back if the send fails. */
async function deliver(deps: Deps, user: User, iv: Interview, key: string, mail: { subject: string; text: string; html: string }): Promise<void> {
  try {
    await deps.mailer.send(outgoing(deps, user, key, mail, iv));
    deps.log.metric('EmailSent');
  } catch (err) {
    await mutate(deps, iv, (x) => {
      delete x.mails[key];
    }).catch(() => undefined);
    throw err;
  }
}

/** An email about an interview, at most once for `key`: claim it in the record, then send. */
async function emailOnce(deps: Deps, user: User, iv: Interview, key: string, build: (x: Interview) => { subject: string; text: string; html: string }): Promise<boolean> {
  const now = deps.now();
  const quota = await underDailyLimit(deps, user, now);
  const r = await mutate(
    deps,
    iv,
    (x) => {
      x.mails[key] = quota ? now.toISOString() : `dropped: daily limit ${now.toISOString()}`;
    },
    (x) => !x.mails[key],
  );
  if (!r.done || !quota) return false;
  await deliver(deps, user, r.iv, key, build(r.iv));
  return true;
}

/**
 * An email about no interview (an unrecognized forward, an unreadable message) at most once: a one-time marker item
 * is claimed before the send and given back if it fails.
 */
export async function sendStandalone(deps: Deps, user: User, key: string, mail: { subject: string; text: string; html: string }): Promise<boolean> {
  const now = deps.now();
  if (!(await underDailyLimit(deps, user, now))) return false;
  const expiresAt = Math.floor(now.getTime() / 1000) + LEDGER_DAYS * DAY_S;
  if (!(await deps.store.claim(user.email, `sent:${key}`, expiresAt, now.toISOString()))) {
    deps.log.info('already sent', { key });
    return false;
  }
  try {
    await deps.mailer.send(outgoing(deps, user, key, mail, null));
    deps.log.metric('EmailSent');
    return true;
  } catch (err) {
    await deps.store.release(user.email, `sent:${key}`);
    throw err;
  }
}

export function endOf(iv: Interview): Date {
  return effectiveEnd(new Date(iv.start), iv.end ? new Date(iv.end) : null, iv.format);
}
