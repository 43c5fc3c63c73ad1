// Reading and writing the interview record: optimistic concurrency on its version, messages applied once, expiry.
import type { Interview, User } from '../ports.js';
import { DAY_S, type Deps } from './deps.js';

/** Interviews not yet expired (TTL deletion is lazy, so expiry is filtered on read too). */
export function liveInterviews(deps: Deps, all: Interview[]): Interview[] {
  const nowS = Math.floor(deps.now().getTime() / 1000);
  return all.filter((iv) => !iv.expiresAt || iv.expiresAt > nowS);
}

export function expiry(deps: Deps, iv: Interview, now: Date): number {
  // the last activity that can still come: the interview itself plus its check-ins (about five weeks), a decision date
  const dates = iv.events.filter((e) => e.date).map((e) => Date.parse(`${e.date}T00:00:00Z`) + 21 * DAY_S * 1000);
  const last = Math.max(now.getTime(), (Date.parse(iv.start) || 0) + 42 * DAY_S * 1000, ...dates);
  return Math.floor(last / 1000) + deps.config.retentionDays * DAY_S;
}

export const LEDGER_DAYS = 14;

/**
 * Read-modify-write with optimistic concurrency (a conditional put on the version). `guard` sees the current record
 * and may refuse the change (it was already made): then nothing is written and `done` is false.
 */
export async function mutate(
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
export async function applyOnce(deps: Deps, iv: Interview, mkey: string, change: (x: Interview) => void): Promise<Interview> {
  const r = await mutate(
    deps,
    iv,
    (x) => {
      change(x);
      x.applied = [...x.applied.slice(-49), mkey];
    },
    (x) => !x.applied.includes(mkey),
  );
  return r.iv;
}
