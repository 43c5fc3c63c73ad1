// The domain's vocabulary. Everything here is plain data: no SDK types, no clocks.

export type Format = 'phone' | 'video' | 'onsite';

export type ExtractionKind = 'interview' | 'update' | 'cancellation' | 'unrecognized';

export interface Interviewer {
  name: string | null;
  email: string | null;
}

/** What the extraction engine understood from one forwarded email (the `parse` contract plus workflow extras). */
export interface Extraction {
  kind: ExtractionKind;
  company: string | null;
  role: string | null;
  /** ISO 8601 with the UTC offset in force in `timeZone` (or the stated offset), e.g. 2026-03-10T10:00:00-05:00 */
  start: string | null;
  end: string | null;
  /** IANA zone of the interview, or null when the email gave only an offset / nothing */
  timeZone: string | null;
  format: Format | null;
  interviewers: Interviewer[];
  meetingUrl: string | null;
  location: string | null;
  /** 0..1 */
  confidence: number;
  /** What is uncertain, in words the user can answer ("No time zone was given; I assumed Central Time."). */
  questions: string[];
  /** Calendar UID when the email carried an invite (matches updates and cancellations). */
  calendarUid: string | null;
  sequence: number | null;
  /** For an update: the previous start, when the email states it. */
  previousStart: string | null;
  /** Subject of the original (forwarded) message. */
  subject: string | null;
  /** Address of the original (forwarded) message's sender: ties a later email to the thread it continues. */
  sender: string | null;
  /** Short description of what was seen, used in the "couldn't find an interview" reply. */
  seen: string | null;
  error?: string;
}

export const PROMPT_TYPES = ['prep', 'final-check', 'thank-you', 'check-in'] as const;
export type PromptType = (typeof PROMPT_TYPES)[number];

export const REPLY_INTENTS = [
  'sent',
  'next-round',
  'offer',
  'rejected',
  'withdrawn',
  'heard-back',
  'bombed',
  'missed',
  'decision-date',
  'snooze',
  'stop',
  'note',
  'help',
] as const;
export type ReplyIntent = (typeof REPLY_INTENTS)[number];

export const TERMINAL_INTENTS: readonly ReplyIntent[] = ['next-round', 'offer', 'rejected', 'withdrawn', 'missed', 'stop'];

/** What a reply says (the `reply` contract). */
export interface ReplyReading {
  intents: ReplyIntent[];
  /** YYYY-MM-DD in the user's zone, for decision-date and snooze */
  date: string | null;
  note: string | null;
}
