// Corrections by reply: the acknowledgement invites "time 3pm ET", "date Thursday March 12", "company Acme",
// "role Staff Engineer", "format phone" or "this isn't an interview". Pure: the reply's text, its instant and the
// interview as stored come in; what to change comes out.
import type { Format } from './types.js';
import { readSchedule } from './extract/schedule.js';
import { humanTime, isValidZone } from './time.js';

export type Correction =
  | { kind: 'time'; start: Date; end: Date | null; timeZone: string | null }
  | { kind: 'company'; value: string }
  | { kind: 'role'; value: string }
  | { kind: 'format'; value: Format }
  | { kind: 'not-interview' };

const LINE = /^[ \t]*(time|date|when|company|employer|role|position|title|format)\b[ \t]*(?:is|should be|=|:)?[ \t]*(.{1,200})$/im;
const NOT_INTERVIEW = /\b(?:this|that|it)(?:'s| is| was)?\s*(?:n[o']?t|isn't|wasn't|is not|was not)\s+(?:an?\s+|my\s+)?interview\b|^\s*not an interview\b/im;

function clean(v: string): string {
  return v.replace(/\s+/g, ' ').replace(/[.!]+$/, '').trim().slice(0, 120);
}

function format(v: string): Format | null {
  if (/\b(phone|call)\b/i.test(v)) return 'phone';
  if (/\b(video|zoom|teams|meet|webex|remote)\b/i.test(v)) return 'video';
  if (/\b(on-?site|in[- ]person|office)\b/i.test(v)) return 'onsite';
  return null;
}

/**
 * Read a correction from the first lines of a reply. A time without a date keeps the interview's day (in its own
 * zone); a date without a time keeps its clock time.
 */
export function readCorrection(
  text: string,
  a: { sentAt: Date; userTimeZone: string; start: Date; end: Date | null; timeZone: string | null },
): Correction | null {
  const head = text.split(/\r?\n/).slice(0, 6).join('\n');
  if (NOT_INTERVIEW.test(head)) return { kind: 'not-interview' };
  const m = LINE.exec(head);
  if (!m) return null;
  const key = m[1].toLowerCase();
  const value = clean(m[2]);
  if (!value) return null;
  if (key === 'company' || key === 'employer') return { kind: 'company', value };
  if (key === 'role' || key === 'position' || key === 'title') return { kind: 'role', value };
  if (key === 'format') {
    const f = format(value);
    return f ? { kind: 'format', value: f } : null;
  }
  const zone = a.timeZone && isValidZone(a.timeZone) ? a.timeZone : a.userTimeZone;
  const read = (t: string) => readSchedule({ text: t, subject: '', sent: a.sentAt, userZone: zone, context: '' });
  // the interview's day and clock time in words, to complete a half-given correction
  const day = humanTime(a.start, zone).replace(/,\s*\d{1,2}:\d{2}.*$/, '');
  const year = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric' }).format(a.start);
  const clock = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(a.start);
  const attempts = [`Interview: ${value}`, `Interview on ${day}, ${year} at ${value}`, `Interview on ${value} at ${clock}`];
  for (const t of attempts) {
    const s = read(t);
    if (!s) continue;
    const length = a.end ? a.end.getTime() - a.start.getTime() : null;
    return { kind: 'time', start: s.start, end: s.end ?? (length !== null ? new Date(s.start.getTime() + length) : null), timeZone: s.zone.kind === 'iana' ? s.zone.zone : null };
  }
  return null;
}
