// The small interfaces the workflow talks through. Adapters (shared/adapters/) implement them on AWS SDK clients;
// the domain never imports an SDK.
import type { Format, Interviewer, PromptType, ReplyIntent } from './types.js';

export interface User {
  email: string;
  timeZone: string;
}

export interface InterviewEvent {
  intent: ReplyIntent;
  at: string;
  date: string | null;
}

export interface Interview {
  userEmail: string;
  id: string;
  status: 'active' | 'closed' | 'cancelled';
  company: string | null;
  role: string | null;
  start: string;
  end: string | null;
  timeZone: string | null;
  format: Format;
  interviewers: Interviewer[];
  meetingUrl: string | null;
  location: string | null;
  calendarUid: string | null;
  sequence: number | null;
  questions: string[];
  /** R: when recorded, or last rescheduled */
  recordedAt: string;
  /** bumped by each reschedule: prompts of an earlier generation never count for the new one */
  gen: number;
  /** timing-relevant replies since recordedAt */
  events: InterviewEvent[];
  notes: { at: string; text: string }[];
  /** prompt key → when it went out ("skipped" prompts carry the reason), for the current generation's plan */
  sent: Record<string, string>;
  /** the ledger of emails about this interview (ack, prompts, answers): key → when; claimed before each send */
  mails: Record<string, string>;
  /** snoozed prompts: `move` re-times a prompt not yet sent; `repeat` brings back one already sent */
  snoozes: { key: string; type: PromptType; at: string; mode?: 'move' | 'repeat' }[];
  /** message keys already applied (forwards, updates, replies): a redelivery changes nothing */
  applied: string[];
  /** the one live schedule */
  schedule: { name: string; key: string; at: string } | null;
  /** schedules replaced by the last change, removed after it (and again by any retry) */
  retired?: string[];
  sourceMessageId: string | null;
  createdAt: string;
  updatedAt: string;
  /** epoch seconds: DynamoDB TTL (filtered on read too, since TTL deletion is lazy) */
  expiresAt: number;
  version: number;
}

export interface InterviewStore {
  getUser(email: string): Promise<User | null>;
  putUser(user: User): Promise<void>;
  listUsers(): Promise<User[]>;
  getInterview(userEmail: string, id: string): Promise<Interview | null>;
  listInterviews(userEmail: string): Promise<Interview[]>;
  /** false when it already exists */
  createInterview(iv: Interview): Promise<boolean>;
  /** conditional on `expectedVersion`; false on a conflicting concurrent write */
  saveInterview(iv: Interview, expectedVersion: number): Promise<boolean>;
  /** a one-time marker: true the first time, false ever after (until released); `sentAt` marks an email */
  claim(userEmail: string, key: string, expiresAt: number, sentAt?: string): Promise<boolean>;
  release(userEmail: string, key: string): Promise<void>;
  /** one read of what the user has been sent: the interviews (with their ledgers) and the marked emails' times */
  listSent(userEmail: string): Promise<{ interviews: Interview[]; claims: string[] }>;
  /** every item kept about a user (export), and deleting them all */
  exportUser(email: string): Promise<Record<string, unknown>[]>;
  deleteUserData(email: string): Promise<number>;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
  /** our own Message-ID, so a reply's In-Reply-To names the prompt it answers */
  messageId?: string;
  headers?: Record<string, string>;
  date?: Date;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

export interface PromptSchedule {
  name: string;
  at: Date;
  timeZone: string;
  payload: PromptEvent;
}

export interface PromptScheduler {
  /** create; a retry that finds it already there succeeds */
  create(s: PromptSchedule): Promise<void>;
  /** delete; already gone is success */
  remove(name: string): Promise<void>;
}

/** What a schedule delivers to the `prompt` function. */
export interface PromptEvent {
  userEmail: string;
  interviewId: string;
  key: string;
  gen: number;
  at: string;
}

export interface RawMailSource {
  get(key: string): Promise<Uint8Array>;
}

export interface Logger {
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
  /** a CloudWatch metric (Embedded Metric Format on AWS) */
  metric(name: string, value?: number): void;
}
