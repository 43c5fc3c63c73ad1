// Timing policy v1 (the product's contract for when prompts go out), as one pure function.
// No clock reads: every instant it needs is in its input. Both Lambdas and the local runtime call it, so the
// interview's single live schedule is always "the earliest prompt of this plan that has not been sent".
import type { Format, PromptType, ReplyIntent } from './types.js';
import { TERMINAL_INTENTS } from './types.js';
import {
  addDays,
  atLocal,
  firstBusinessDayAfter,
  isValidZone,
  localClock,
  localDate,
  weekendAdjusted,
} from './time.js';

const MINUTE = 60_000;

/** Default length when the email gives no end and no duration. */
export const DEFAULT_DURATION_MIN: Record<Format, number> = { phone: 30, video: 45, onsite: 180 };

const PROMPT_RANK: Record<PromptType, number> = { prep: 0, 'final-check': 1, 'thank-you': 2, 'check-in': 3 };

export interface PlanEvent {
  intent: ReplyIntent;
  /** when the reply arrived */
  at: Date;
  /** YYYY-MM-DD, for decision-date */
  date?: string | null;
}

export interface PlanInput {
  interview: { start: Date; end: Date | null; format: Format };
  userTimeZone: string;
  /** when the interview was recorded, or last updated by a reschedule */
  recordedAt: Date;
  events: PlanEvent[];
}

export interface PlannedPrompt {
  type: PromptType;
  at: Date;
  /** Stable identity within one interview's plan: the type and its ordinal among prompts of that type (check-in-2). */
  key: string;
}

export class PlanInputError extends Error {
  override name = 'PlanInputError';
}

interface Draft {
  type: PromptType;
  at: Date;
  seq: number;
}

/** E: the stated end, or the start plus the format's default length. */
export function effectiveEnd(start: Date, end: Date | null, format: Format): Date {
  return end ?? new Date(start.getTime() + DEFAULT_DURATION_MIN[format] * MINUTE);
}

/** Thank-you quiet hours (21:00–08:00 U): the evening moves to 08:00 the next day, the small hours to 08:00 that day. */
function outOfQuietHours(t: Date, zone: string): Date {
  const { hour } = localClock(t, zone);
  if (hour >= 21) return atLocal(addDays(localDate(t, zone), 1), 8, 0, zone);
  if (hour < 8) return atLocal(localDate(t, zone), 8, 0, zone);
  return t;
}

const checkInAt = (date: string, zone: string) => atLocal(date, 9, 30, zone);

/**
 * A pair of check-ins whose #1 falls on `firstDate`; a #1 not after `notAfter` moves to the first business day after
 * `notAfter`'s local date. #2 counts from #1 as actually scheduled.
 */
function checkInPair(firstDate: string, zone: string, notAfter: Date, strict: boolean): [Date, Date] {
  let d1 = firstDate;
  let t1 = checkInAt(d1, zone);
  const passed = strict ? t1.getTime() <= notAfter.getTime() : t1.getTime() < notAfter.getTime();
  if (passed) {
    d1 = firstBusinessDayAfter(localDate(notAfter, zone));
    t1 = checkInAt(d1, zone);
  }
  const d2 = weekendAdjusted(addDays(d1, 14));
  return [t1, checkInAt(d2, zone)];
}

/** Every timed prompt that fires over the interview's life given these replies, in time order. */
export function planPrompts(input: PlanInput): PlannedPrompt[] {
  const U = input.userTimeZone;
  if (!isValidZone(U)) throw new PlanInputError(`userTimeZone "${U}" is not an IANA time zone`);
  const S = input.interview.start;
  const E = effectiveEnd(S, input.interview.end, input.interview.format);
  const R = input.recordedAt;
  const r = R.getTime();

  let seq = 0;
  const prompts: Draft[] = [];
  const add = (type: PromptType, at: Date) => prompts.push({ type, at, seq: seq++ });

  // prep: 18:00 U the local day before S; late → at R if S is still more than two hours away, else skipped.
  const prep = atLocal(addDays(localDate(S, U), -1), 18, 0, U);
  if (prep.getTime() >= r) add('prep', prep);
  else if (S.getTime() - r > 120 * MINUTE) add('prep', R);

  // final-check: S − 60 min, skipped when late.
  const finalCheck = new Date(S.getTime() - 60 * MINUTE);
  if (finalCheck.getTime() >= r) add('final-check', finalCheck);

  // thank-you: E + 30 min out of quiet hours; late → at R.
  const thankYou = outOfQuietHours(new Date(E.getTime() + 30 * MINUTE), U);
  add('thank-you', thankYou.getTime() >= r ? thankYou : R);

  // check-ins: S's local date + 7 days (weekend-adjusted); late → the first business day after R's local date.
  const [c1, c2] = checkInPair(weekendAdjusted(addDays(localDate(S, U), 7)), U, R, false);
  add('check-in', c1);
  add('check-in', c2);

  // Replies, in time order (stable for equal instants).
  const events = input.events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at.getTime() - b.e.at.getTime() || a.i - b.i)
    .map((x) => x.e);
  let live = prompts;
  for (const ev of events) {
    const x = ev.at.getTime();
    const pending = (p: Draft) => p.at.getTime() > x;
    switch (ev.intent) {
      case 'sent':
        live = live.filter((p) => !(pending(p) && p.type === 'thank-you'));
        break;
      case 'heard-back':
      case 'decision-date': {
        live = live.filter((p) => !(pending(p) && p.type === 'check-in'));
        let first: string;
        if (ev.intent === 'heard-back') first = weekendAdjusted(addDays(localDate(ev.at, U), 7));
        else {
          if (!ev.date || !/^\d{4}-\d{2}-\d{2}$/.test(ev.date)) throw new PlanInputError('decision-date needs "date": "YYYY-MM-DD"');
          first = firstBusinessDayAfter(ev.date);
        }
        const [n1, n2] = checkInPair(first, U, ev.at, true);
        live.push({ type: 'check-in', at: n1, seq: seq++ }, { type: 'check-in', at: n2, seq: seq++ });
        break;
      }
      default:
        if (TERMINAL_INTENTS.includes(ev.intent)) live = live.filter((p) => !pending(p));
      // bombed, note, help, snooze: no change to the timed prompts.
    }
    if (TERMINAL_INTENTS.includes(ev.intent)) break; // closed: later replies change nothing
  }

  live.sort((a, b) => a.at.getTime() - b.at.getTime() || PROMPT_RANK[a.type] - PROMPT_RANK[b.type] || a.seq - b.seq);
  const counts: Partial<Record<PromptType, number>> = {};
  return live.map((p) => {
    const n = (counts[p.type] = (counts[p.type] ?? 0) + 1);
    return { type: p.type, at: p.at, key: `${p.type}-${n}` };
  });
}
