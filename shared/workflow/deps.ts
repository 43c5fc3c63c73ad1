// The workflow's inputs: its ports, configuration, and the message as the edge hands it over; and who may talk to us.
import type { Extraction, ReplyReading } from '../types.js';
import type { InterviewStore, Logger, Mailer, PromptScheduler, User } from '../ports.js';
import type { readCorrection } from '../corrections.js';

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

export const MAX_PROGRESS_STEPS = 12;
export const DAY_S = 86_400;

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
