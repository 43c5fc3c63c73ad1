// A forwarded email: a new interview, a reschedule or a cancellation of one we know, or a polite "not an interview".
import type { Extraction } from '../types.js';
import { aboutCompany, completeInterviewers, fullerCompany } from '../extract/thread.js';
import type { Interview, User } from '../ports.js';
import * as messages from '../messages.js';
import { DAY_S, type Deps, type InboundMessage, type InboundOutcome } from './deps.js';
import { applyOnce, expiry, liveInterviews } from './record.js';
import { emailOnce, deliver, sendStandalone, underDailyLimit } from './mail.js';
import { createSchedule, nextFuture, planFor, progress, scheduleOf } from './schedule.js';

export async function handleForward(deps: Deps, user: User, mkey: string, msg: InboundMessage): Promise<InboundOutcome> {
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

  // One read of the user's partition serves both the match and the daily limit.
  const sent = await deps.store.listSent(user.email);
  const existing = findMatch(deps, sent.interviews, ex);
  const ackKey = `ack:${mkey}`;
  if (ex.kind === 'cancellation') {
    if (!existing) {
      await sendStandalone(deps, user, `cancel-unmatched:${mkey}`, messages.cancelUnmatched(deps.templates, { ex }));
      return { result: 'unmatched' };
    }
    const iv = await applyOnce(deps, existing, mkey, (x) => {
      x.status = 'cancelled';
    });
    await emailOnce(deps, user, iv, ackKey, (x) => messages.cancelled(deps.templates, { iv: x, user }));
    await progress(deps, user, iv.id);
    return { result: 'cancellation', interviewId: iv.id };
  }

  if (existing) {
    // A reschedule (or the same invite forwarded again): the new details, and a fresh plan from now when the time moved.
    const changed = !sameInstant(existing.start, ex.start ?? existing.start) || !sameInstant(existing.end, ex.end) || existing.status !== 'active';
    const iv = await applyOnce(deps, existing, mkey, (x) => {
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
  const quota = await underDailyLimit(deps, user, now, sent);
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

export const sameInstant = (a: string | null, b: string | null) => (a === null || b === null ? a === b : Date.parse(a) === Date.parse(b));

/** An interview from half a year ago to two years ahead, with an end (if any) after its start and within a day. */
export function plausibleStart(ex: Extraction, now: Date): boolean {
  const t = Date.parse(ex.start ?? '');
  if (Number.isNaN(t) || t < now.getTime() - 183 * DAY_S * 1000 || t > now.getTime() + 2 * 366 * DAY_S * 1000) return false;
  if (ex.end) {
    const e = Date.parse(ex.end);
    if (Number.isNaN(e) || e < t || e - t > DAY_S * 1000) ex.end = null;
  }
  return true;
}

export function newInterview(deps: Deps, user: User, mkey: string, ex: Extraction, messageId: string | null, now: Date): Interview {
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
export function replan(x: Interview, now: Date): void {
  x.status = 'active';
  x.recordedAt = now.toISOString();
  x.gen += 1;
  x.events = [];
  x.sent = {};
  x.snoozes = [];
}

export function applyExtraction(iv: Interview, ex: Extraction): void {
  // a move that names the company more briefly keeps the fuller name stored
  if (ex.company) iv.company = fullerCompany(ex.company, iv.company);
  iv.role = ex.role ?? iv.role;
  iv.start = ex.start ?? iv.start;
  iv.end = ex.end;
  iv.timeZone = ex.timeZone ?? iv.timeZone;
  iv.format = ex.format ?? iv.format ?? 'video';
  if (ex.interviewers.length) iv.interviewers = completeInterviewers(ex.interviewers, iv.interviewers);
  iv.meetingUrl = ex.meetingUrl ?? iv.meetingUrl;
  iv.location = ex.location ?? iv.location;
  iv.calendarUid = ex.calendarUid ?? iv.calendarUid;
  iv.sequence = ex.sequence ?? iv.sequence;
  iv.questions = ex.questions;
}

/** The stored interview an update or cancellation is about: same calendar UID, else same company and previous time. */
export function findMatch(deps: Deps, interviews: Interview[], ex: Extraction): Interview | null {
  const all = liveInterviews(deps, interviews).filter((iv) => iv.status !== 'cancelled' || ex.kind !== 'cancellation');
  if (ex.calendarUid) {
    const byUid = all.find((iv) => iv.calendarUid === ex.calendarUid);
    if (byUid) return byUid;
  }
  if (ex.kind === 'interview') return null;
  const company = (ex.company ?? '').toLowerCase();
  if (!company) return null;
  // the same company, or its short or full name ("Harrowgate" for "Harrowgate Sterling & Co.")
  const same = aboutCompany(all, (iv) => iv.company, company);
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
