// A reply to one of our emails: intents, notes, snoozes and corrections, applied once, answered once, re-planned.
import type { Interview, User } from '../ports.js';
import { TERMINAL_INTENTS } from '../types.js';
import type { PlannedPrompt } from '../timing.js';
import type { Correction } from '../corrections.js';
import { verifyReplyToken } from '../token.js';
import { addDays, atLocal, isValidZone, localDate } from '../time.js';
import * as messages from '../messages.js';
import type { Deps, InboundMessage, InboundOutcome } from './deps.js';
import { applyOnce, mutate } from './record.js';
import { deliver, emailOnce, underDailyLimit } from './mail.js';
import { createSchedule, nextFuture, planFor, progress, removeRetired, scheduleName, scheduleOf } from './schedule.js';
import { replan } from './forward.js';

export async function handleReply(deps: Deps, user: User, token: string, mkey: string, msg: InboundMessage): Promise<InboundOutcome> {
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
export async function handleCorrection(deps: Deps, user: User, found: Interview, mkey: string, c: Correction): Promise<InboundOutcome> {
  const now = deps.now();
  const iv = await applyOnce(deps, found, mkey, (x) => {
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

export function promptKeyFromMessageId(inReplyTo: string | null, iv: Interview): string | null {
  // our Message-IDs: <p.<prompt key>.g<generation>.<interview id>.<hash>@domain>
  const m = /<p\.([a-z0-9-]+)\.g(\d+)\.([a-z0-9]+)\.[0-9a-f]{8}@/i.exec(inReplyTo ?? '');
  return m && m[3] === iv.id && Number(m[2]) === iv.gen ? m[1] : null;
}

/** The prompt a snooze moves: the one replied to, else the next one due, else the last one sent. */
export function snoozeTarget(iv: Interview, user: User, repliedTo: string | null, now: Date): PlannedPrompt | null {
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
export function snoozeAt(date: string | null, user: User, now: Date, target: PlannedPrompt, iv: Interview): Date | null {
  const zone = isValidZone(user.timeZone) ? user.timeZone : 'UTC';
  const day = date ?? addDays(localDate(now, zone), 1);
  let t = atLocal(day, 9, 30, zone);
  if (!(t.getTime() > now.getTime())) t = new Date(Math.ceil((now.getTime() + 3600_000) / 60_000) * 60_000);
  if ((target.type === 'prep' || target.type === 'final-check') && t.getTime() >= Date.parse(iv.start)) return null;
  return t;
}
