// Sending: every email is claimed in a ledger before it goes out and given back if the send fails; the daily limit is
// read from those ledgers.
import type { Interview, OutgoingMail, User } from '../ports.js';
import type { PlannedPrompt } from '../timing.js';
import { replyToken, stableId } from '../token.js';
import { isValidZone, localDate } from '../time.js';
import { DAY_S, type Deps } from './deps.js';
import { LEDGER_DAYS, mutate } from './record.js';

export type Sent = Awaited<ReturnType<Deps['store']['listSent']>>;

/** The user's emails so far today (their local day), from the ledgers: a read, not a counter to write. */
export async function underDailyLimit(deps: Deps, user: User, now: Date, read?: Sent): Promise<boolean> {
  const zone = isValidZone(user.timeZone) ? user.timeZone : 'UTC';
  const today = localDate(now, zone);
  const { interviews, claims } = read ?? (await deps.store.listSent(user.email));
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

export function outgoing(deps: Deps, user: User, key: string, mail: { subject: string; text: string; html: string }, iv: Interview | null, prompt?: PlannedPrompt): OutgoingMail {
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
export async function deliver(deps: Deps, user: User, iv: Interview, key: string, mail: { subject: string; text: string; html: string }): Promise<void> {
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
export async function emailOnce(deps: Deps, user: User, iv: Interview, key: string, build: (x: Interview) => { subject: string; text: string; html: string }): Promise<boolean> {
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
