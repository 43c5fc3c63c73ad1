// The plan (the timing rules plus snoozes) and the interview's one live schedule: what is due is sent, and the
// schedule always points at the next prompt.
import type { Interview, PromptEvent, User } from '../ports.js';
import { TERMINAL_INTENTS } from '../types.js';
import { planPrompts, type PlannedPrompt } from '../timing.js';
import { addDays, atLocal, isValidZone, localDate } from '../time.js';
import * as messages from '../messages.js';
import { findUser, MAX_PROGRESS_STEPS, type Deps } from './deps.js';
import { mutate } from './record.js';
import { outgoing, underDailyLimit } from './mail.js';

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

export function stale(p: PlannedPrompt, iv: Interview, now: Date): string | null {
  const start = Date.parse(iv.start);
  if ((p.type === 'prep' || p.type === 'final-check') && now.getTime() >= start) return 'skipped: the interview had started';
  return null;
}

/** The next prompt not yet sent, when it is still ahead of `now` (what the one live schedule should point at). */
export function nextFuture(iv: Interview, user: User, now: Date): PlannedPrompt | null {
  if (iv.status !== 'active') return null;
  const p = planFor(iv, user).find((x) => !iv.sent[x.key]);
  return p && p.at.getTime() > now.getTime() ? p : null;
}

/**
 * Deterministic, and different whenever the prompt or its time changes: a re-timed prompt gets a new schedule
 * instead of colliding with the old one (creating an existing name is taken as "a retry already made it").
 */
export function scheduleName(iv: Interview, p: PlannedPrompt): string {
  return `fu-${iv.id}-g${iv.gen}-${p.key}-${Math.floor(p.at.getTime() / 60_000).toString(36)}`.slice(0, 64);
}

/** A schedule may fire a moment early (at() has whole seconds): a prompt this close is due. */
export const DUE_TOLERANCE_MS = 60_000;
export const RETRY_AFTER_MS = 10 * 60_000;

export function scheduleOf(iv: Interview, p: PlannedPrompt): NonNullable<Interview['schedule']> {
  return { name: scheduleName(iv, p), key: p.key, at: p.at.toISOString() };
}

export async function createSchedule(deps: Deps, user: User, iv: Interview, p: PlannedPrompt): Promise<void> {
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
export async function giveBack(deps: Deps, user: User, iv: Interview, p: PlannedPrompt, mailKey: string, now: Date): Promise<void> {
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
export async function reschedule(deps: Deps, user: User, iv: Interview, next: PlannedPrompt | null, fired?: string): Promise<void> {
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

export async function removeRetired(deps: Deps, iv: Interview): Promise<void> {
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
