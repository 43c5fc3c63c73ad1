// The workflow behind both functions. Every step is idempotent so that Lambda's retries, a redelivered SES event or
// a schedule that fires twice can replay it: interview ids derive from the message, replies and updates are applied
// once (the message key joins `applied` in the same conditional write), and every email goes through `sendOnce`,
// which claims a one-time marker before sending and gives it back if the send fails.
import type { Extraction, ReplyReading } from './types.js';
import { TERMINAL_INTENTS } from './types.js';
import type { Interview, InterviewStore, Logger, Mailer, OutgoingMail, PromptEvent, PromptScheduler, User } from './ports.js';
import { planPrompts, effectiveEnd, type PlannedPrompt } from './timing.js';
import { replyToken, stableId, tokenFromAddress, verifyReplyToken } from './token.js';
import { atLocal, addDays, isValidZone, localDate } from './time.js';
import * as messages from './messages.js';

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
  readReply?: (raw: Uint8Array, opts: { userTimeZone: string; now: Date }) => Promise<ReplyReading & { inReplyTo?: string | null }>;
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
  if (!user || (msg.source && msg.source.toLowerCase() !== sender && !(await findUser(deps, msg.source)))) {
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

  if (ex.kind === 'unrecognized' || !ex.start) {
    await sendOnce(deps, user, `unrecognized:${mkey}`, messages.unrecognized(deps.templates, { ex }), null);
    return { result: 'unrecognized' };
  }

  const existing = await findMatch(deps, user, ex);
  if (ex.kind === 'cancellation') {
    if (!existing) {
      await sendOnce(deps, user, `cancel-unmatched:${mkey}`, messages.cancelUnmatched(deps.templates, { ex }), null);
      return { result: 'unmatched' };
    }
    const iv = await mutate(deps, existing, mkey, (x) => {
      x.status = 'cancelled';
    });
    await sendOnce(deps, user, `cancel:${mkey}`, messages.cancelled(deps.templates, { iv, user }), iv);
    await progress(deps, user, iv.id);
    return { result: 'cancellation', interviewId: iv.id };
  }

  if (existing) {
    // A reschedule (or the same invite forwarded again): new time, a fresh plan from now.
    const changed = existing.start !== ex.start || existing.end !== ex.end;
    const iv = await mutate(deps, existing, mkey, (x) => {
      applyExtraction(x, ex);
      if (changed || x.status !== 'active') {
        x.status = 'active';
        x.recordedAt = now.toISOString();
        x.gen += 1;
        x.events = [];
        x.sent = {};
        x.snoozes = [];
      }
    });
    const plan = planFor(iv, user);
    await sendOnce(deps, user, `ack:${mkey}`, messages.acknowledgement(deps.templates, { iv, user, plan, updated: true, config: deps.config }), iv);
    await progress(deps, user, iv.id);
    return { result: 'update', interviewId: iv.id };
  }

  const iv = newInterview(deps, user, mkey, ex, msg.messageId, now);
  if (!(await deps.store.createInterview(iv))) deps.log.info('interview already recorded (redelivery)', { id: iv.id });
  const stored = (await deps.store.getInterview(user.email, iv.id)) ?? iv;
  const plan = planFor(stored, user);
  await sendOnce(deps, user, `ack:${mkey}`, messages.acknowledgement(deps.templates, { iv: stored, user, plan, updated: false, config: deps.config }), stored);
  await progress(deps, user, stored.id);
  return { result: ex.kind === 'update' ? 'update' : 'interview', interviewId: stored.id };
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
  const last = Math.max(now.getTime(), Date.parse(iv.start) || 0);
  return Math.floor(last / 1000) + deps.config.retentionDays * DAY_S;
}

/**
 * Read-modify-write with optimistic concurrency. The message key joins `applied` in the same write, so a replayed
 * message finds it there and changes nothing.
 */
async function mutate(deps: Deps, iv: Interview, mkey: string | null, change: (x: Interview) => void): Promise<Interview> {
  let current: Interview | null = iv;
  for (let attempt = 0; attempt < 5 && current; attempt++) {
    if (mkey && current.applied.includes(mkey)) return current;
    const next: Interview = structuredClone(current);
    change(next);
    const now = deps.now();
    if (mkey) next.applied = [...next.applied.slice(-49), mkey];
    next.updatedAt = now.toISOString();
    next.expiresAt = expiry(deps, next, now);
    next.version = current.version + 1;
    if (await deps.store.saveInterview(next, current.version)) return next;
    current = await deps.store.getInterview(iv.userEmail, iv.id);
  }
  throw new Error(`interview ${iv.id} kept changing under us`);
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

  const iv = await mutate(deps, found, mkey, (x) => {
    for (const intent of reading.intents) {
      if (intent === 'note' && reading.note) x.notes.push({ at, text: reading.note.slice(0, 4000) });
      if (x.status !== 'active') continue; // closed: later replies change no timed prompt
      if (intent === 'snooze') {
        const target = snoozeTarget(x, user, repliedTo, now);
        if (target) x.snoozes.push({ key: target.key, type: target.type, at: snoozeAt(reading.date, user, now).toISOString() });
        continue;
      }
      if (['sent', 'heard-back', 'decision-date', ...TERMINAL_INTENTS].includes(intent)) {
        if (intent === 'decision-date' && !reading.date) continue;
        x.events.push({ intent, at, date: intent === 'decision-date' ? reading.date : null });
      }
      if (TERMINAL_INTENTS.includes(intent)) x.status = 'closed';
    }
  });
  const plan = planFor(iv, user);
  const mail = messages.replyResponse(deps.templates, { iv, user, reading, plan, now, closedBefore, snoozed: iv.snoozes.at(-1) ?? null });
  await sendOnce(deps, user, `reply:${mkey}`, mail, iv);
  await progress(deps, user, iv.id);
  return { result: 'reply', interviewId: iv.id };
}

function promptKeyFromMessageId(inReplyTo: string | null, iv: Interview): string | null {
  const m = /<p\.([a-z0-9-]+)\.g(\d+)\.([a-z0-9]+)@/i.exec(inReplyTo ?? '');
  return m && m[3] === iv.id && Number(m[2]) === iv.gen ? m[1] : null;
}

/** The prompt a snooze moves: the one replied to, else the next one due. */
function snoozeTarget(iv: Interview, user: User, repliedTo: string | null, now: Date): PlannedPrompt | null {
  const plan = planFor(iv, user);
  if (repliedTo) {
    const p = plan.find((x) => x.key === repliedTo);
    if (p) return p;
  }
  return plan.find((p) => !iv.sent[p.key] && p.at.getTime() > now.getTime()) ?? [...plan].reverse().find((p) => iv.sent[p.key]) ?? null;
}

/** Snoozed prompts come back at 09:30 on the day asked for (tomorrow when none was), never in the past. */
function snoozeAt(date: string | null, user: User, now: Date): Date {
  const day = date ?? addDays(localDate(now, user.timeZone), 1);
  const t = atLocal(day, 9, 30, user.timeZone);
  return t.getTime() > now.getTime() ? t : new Date(now.getTime() + 3600_000);
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
    const idx = out.findIndex((p) => p.key === s.key && !iv.sent[p.key]);
    const at = new Date(s.at);
    if (lastTerminal && at.getTime() > Date.parse(lastTerminal.at)) return;
    if (idx >= 0) out[idx] = { ...out[idx], at };
    else out.push({ type: s.type, at, key: `${s.key}-again-${n + 1}` });
  });
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function stale(p: PlannedPrompt, iv: Interview, now: Date): string | null {
  const start = Date.parse(iv.start);
  if ((p.type === 'prep' || p.type === 'final-check') && now.getTime() >= start) return 'skipped: the interview had started';
  return null;
}

/**
 * Send whatever is due, then make the interview's one live schedule point at its next prompt (or remove it).
 * Safe to call any number of times: a stale or repeated fire finds nothing due and leaves the schedule as it is.
 */
export async function progress(deps: Deps, user: User, interviewId: string): Promise<void> {
  for (let step = 0; step < MAX_PROGRESS_STEPS; step++) {
    const iv = await deps.store.getInterview(user.email, interviewId);
    if (!iv) return;
    const now = deps.now();
    const next = iv.status === 'active' || iv.snoozes.length ? planFor(iv, user).find((p) => !iv.sent[p.key]) : undefined;
    if (next && iv.status === 'active' && next.at.getTime() <= now.getTime()) {
      const why = stale(next, iv, now);
      if (!why) await sendOnce(deps, user, `prompt:${iv.id}:g${iv.gen}:${next.key}`, messages.prompt(deps.templates, { iv, user, prompt: next, now, config: deps.config }), iv, next.key);
      await mutate(deps, iv, null, (x) => {
        x.sent[next.key] = why ?? now.toISOString();
      });
      continue;
    }
    await reschedule(deps, user, iv, iv.status === 'active' ? next ?? null : null);
    return;
  }
  deps.log.warn('progress stopped after the step limit', { interviewId });
}

function scheduleName(iv: Interview, p: PlannedPrompt): string {
  return `fu-${iv.id}-g${iv.gen}-${p.key}`.slice(0, 64);
}

async function reschedule(deps: Deps, user: User, iv: Interview, next: PlannedPrompt | null): Promise<void> {
  const wanted = next ? scheduleName(iv, next) : null;
  const old = iv.schedule;
  if (old && old.name === wanted && old.at === next!.at.toISOString()) return;
  // Remove, create, then record: a retry after a failure at any of the three finds the record still naming the old
  // schedule and repeats the steps, each of which tolerates having been done already.
  if (old && old.name !== wanted) await deps.scheduler.remove(old.name);
  if (next && wanted) {
    await deps.scheduler.create({
      name: wanted,
      at: next.at,
      timeZone: user.timeZone,
      payload: { userEmail: user.email, interviewId: iv.id, key: next.key, gen: iv.gen, at: next.at.toISOString() },
    });
  }
  await mutate(deps, iv, null, (x) => {
    x.schedule = next && wanted ? { name: wanted, key: next.key, at: next.at.toISOString() } : null;
  });
}

export async function handlePrompt(deps: Deps, ev: PromptEvent): Promise<void> {
  const user = await findUser(deps, ev.userEmail);
  if (!user) {
    deps.log.warn('prompt for a user who is no longer registered', { interviewId: ev.interviewId });
    return;
  }
  await progress(deps, user, ev.interviewId);
}

/**
 * Called when processing a message failed. Counts the attempt; on the last one, a registered user gets a single
 * "I couldn't read this" email (the raw message stays in S3 for the retention period, the event goes to the DLQ).
 */
export async function reportUnreadable(deps: Deps, msg: InboundMessage, maxAttempts: number): Promise<void> {
  try {
    const user = await findUser(deps, msg.from ?? msg.source);
    if (!user || !verdictsAllow(msg.verdicts)) return;
    const mkey = stableId(user.email, msg.messageId ?? msg.sesMessageId);
    let attempt = 0;
    for (let n = 1; n <= maxAttempts; n++) {
      if (await deps.store.claim(user.email, `attempt:${mkey}:${n}`, Math.floor(deps.now().getTime() / 1000) + 30 * DAY_S)) {
        attempt = n;
        break;
      }
    }
    if (attempt === maxAttempts || attempt === 0) {
      deps.log.metric('Unreadable');
      await sendOnce(deps, user, `unreadable:${mkey}`, messages.couldNotRead(deps.templates, { subject: msg.subject ?? null }), null);
    }
  } catch (err) {
    deps.log.error('could not report an unreadable message', { error: err instanceof Error ? err.message : String(err) });
  }
}

// ---- sending ---------------------------------------------------------------------------------------------------

/**
 * Send one email at most once for `key`: claim a marker first (a replay finds it and sends nothing), count it against
 * the user's daily limit, send, and give the claim back if the send fails so the retry can try again.
 */
export async function sendOnce(
  deps: Deps,
  user: User,
  key: string,
  mail: { subject: string; text: string; html: string },
  iv: Interview | null,
  promptKey?: string,
): Promise<boolean> {
  const now = deps.now();
  const expiresAt = Math.floor(now.getTime() / 1000) + (deps.config.retentionDays + 30) * DAY_S;
  if (!(await deps.store.claim(user.email, `sent:${key}`, expiresAt))) {
    deps.log.info('already sent', { key });
    return false;
  }
  try {
    const day = localDate(now, isValidZone(user.timeZone) ? user.timeZone : 'UTC');
    if (!(await deps.store.countEmail(user.email, day, deps.config.dailyEmailLimit, expiresAt))) {
      deps.log.warn('daily email limit reached; not sent', { key });
      deps.log.metric('DailyLimitReached');
      return false;
    }
    const out: OutgoingMail = {
      to: user.email,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      date: now,
      headers: { 'X-Followup-Kind': key.split(':')[0] + (promptKey ? `:${promptKey.replace(/-\d+$/, '')}` : '') },
    };
    if (iv) {
      out.replyTo = `reply+${replyToken(deps.config.tokenSecret, user.email, iv.id)}@${deps.config.domain}`;
      out.messageId = `<p.${promptKey ?? key.split(':')[0]}.g${iv.gen}.${iv.id}.${stableId(key).slice(0, 8)}@${deps.config.domain}>`;
      out.headers!['X-Followup-Interview'] = iv.id;
    }
    await deps.mailer.send(out);
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
