// Names completed from earlier mail about the same interview: a cancellation that says only "your interview with
// Dakota" is about the Dakota Yazzie the confirmation named. Pure; used by the workflow (against the stored
// interview) and by `parse` (against earlier files of the same run).
import type { Extraction, Interviewer } from '../types.js';
import { domainCompany } from './people.js';

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

const compact = (s: string): string => fold(s).replace(/[^a-z0-9]/g, '');

/**
 * One name for the same company: equal, or one the start of the other by whole words ("Harrowgate" and "Harrowgate
 * Sterling & Co."), or a domain's run-together label ("Larkspurins" and "Larkspur Insurance").
 */
export function sameCompany(a: string, b: string): boolean {
  const x = compact(a);
  const y = compact(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [a, b] : [b, a];
  const sw = fold(short).split(/[^a-z0-9]+/).filter(Boolean);
  const lw = fold(long).split(/[^a-z0-9]+/).filter(Boolean);
  if (sw.length && sw.every((w, i) => lw[i] === w)) return true;
  return sw.length === 1 && sw[0].length >= 6 && compact(long).startsWith(sw[0]);
}

/** The company a sender's own domain names ("larkspurins" of "mfaircloth@larkspurins.example"), not a vendor's or a mail service's. */
const senderLabel = (x: Extraction): string | null => domainCompany(x.sender);

/**
 * The earlier extraction (latest first) this one continues: the same calendar UID, else the same company, else a
 * sender at the same company domain (a hiring manager's "can we push to Monday?" that names no company).
 */
export function earlierOf(x: Extraction, earlier: Extraction[]): Extraction | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i];
    if (x.calendarUid && e.calendarUid === x.calendarUid) return e;
  }
  const recognised = (e: Extraction) => e.kind !== 'unrecognized';
  if (x.company) {
    for (let i = earlier.length - 1; i >= 0; i--) {
      const e = earlier[i];
      if (recognised(e) && e.company && fold(e.company) === fold(x.company)) return e;
    }
  }
  const label = senderLabel(x);
  if (label) {
    for (let i = earlier.length - 1; i >= 0; i--) {
      const e = earlier[i];
      if (recognised(e) && senderLabel(e) === label) return e;
    }
  }
  if (x.company) {
    for (let i = earlier.length - 1; i >= 0; i--) {
      const e = earlier[i];
      if (recognised(e) && e.company && sameCompany(e.company, x.company)) return e;
    }
  }
  return null;
}

/**
 * A later email read with the earlier one it continues: bare first names completed and — for a move or a
 * cancellation, which restates little — the company by the full name the earlier email gave ("Harrowgate" or a
 * domain's "Larkspurins" → "Larkspur Insurance"). The role and the panel are not carried over: a move that names
 * none may have changed them, and the stored interview keeps them anyway.
 */
export function continueThread(x: Extraction, earlier: Extraction[]): Extraction {
  if (x.kind === 'unrecognized') return x;
  const prev = earlierOf(x, earlier);
  if (!prev) return x;
  const out: Extraction = { ...x, interviewers: completeInterviewers(x.interviewers, prev.interviewers) };
  const follows = x.kind === 'update' || x.kind === 'cancellation' || (!!x.calendarUid && x.calendarUid === prev.calendarUid);
  if (follows && prev.company && (!x.company || (sameCompany(x.company, prev.company) && prev.company.length > x.company.length))) out.company = prev.company;
  return out;
}
