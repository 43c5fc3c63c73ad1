// The workflow behind both functions. Every step is idempotent so that Lambda's retries, a redelivered SES event or
// a schedule that fires twice can replay it: interview ids derive from the message, replies and updates are applied
// once (the message key joins `applied` in the same conditional write), and every email is claimed in a ledger
// (the interview's `mails`, or a marker item) before it is sent, and given back if the send fails.
//
// Layout: deps.ts (ports, config, who may talk to us), record.ts (the interview record), mail.ts (sending once),
// schedule.ts (the plan and the one live schedule), forward.ts (forwards), reply.ts (replies and corrections).
import { stableId, tokenFromAddress } from './token.js';
import * as messages from './messages.js';
import { findUser, verdictsAllow, DAY_S, type Deps, type InboundMessage, type InboundOutcome } from './workflow/deps.js';
import { handleForward } from './workflow/forward.js';
import { handleReply } from './workflow/reply.js';
import { sendStandalone } from './workflow/mail.js';

export { findUser, verdictsAllow } from './workflow/deps.js';
export type { Deps, InboundMessage, InboundOutcome, Verdicts, WorkflowConfig } from './workflow/deps.js';
export { handlePrompt, planFor, progress } from './workflow/schedule.js';
export { sendStandalone, underDailyLimit } from './workflow/mail.js';

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
