// Names completed from earlier mail about the same interview: a cancellation that says only "your interview with
// Dakota" is about the Dakota Yazzie the confirmation named. Pure; used by the workflow (against the stored
// interview) and by `parse` (against earlier files of the same run).
import type { Extraction, Interviewer } from '../types.js';

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

/**
 * `found` with each bare first name (or email-less duplicate) replaced by the one known person it can only mean;
 * a first name two known people share is left as written.
 */
export function completeInterviewers(found: Interviewer[], known: Interviewer[]): Interviewer[] {
  if (!found.length || !known.length) return found;
  const out: Interviewer[] = [];
  for (const p of found) {
    let q = p;
    const name = p.name?.trim() ?? '';
    if (name && !/\s/.test(name)) {
      const first = fold(name);
      const hits = known.filter((k) => k.name && /\s/.test(k.name.trim()) && fold(k.name).split(/\s+/)[0] === first);
      if (hits.length === 1) q = { name: hits[0].name, email: p.email ?? hits[0].email };
    } else if (!name && p.email) {
      const hit = known.find((k) => k.email && k.email.toLowerCase() === p.email!.toLowerCase());
      if (hit) q = { name: hit.name, email: p.email };
    }
    if (!out.some((o) => o.name && q.name && fold(o.name) === fold(q.name))) out.push(q);
  }
  return out;
}

/** The earlier extraction (latest first) this one continues: same calendar UID, else same company. */
export function earlierOf(x: Extraction, earlier: Extraction[]): Extraction | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i];
    if (x.calendarUid && e.calendarUid === x.calendarUid) return e;
  }
  const company = x.company ? fold(x.company) : '';
  if (!company) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i];
    if (e.kind !== 'unrecognized' && e.company && fold(e.company) === company) return e;
  }
  return null;
}
