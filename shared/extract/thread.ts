// Names completed from earlier mail about the same interview: a cancellation that says only "your interview with
// Dakota" is about the Dakota Yazzie the confirmation named. Pure; used by the workflow (against the stored
// interview) and by `parse` (against earlier files of the same run).
import type { Extraction, Interviewer } from '../types.js';
import { domainCompany } from './people.js';
import { fold } from './re.js';


/**
 * `found` with each bare first name (or email-less duplicate) replaced by the one known person it can only mean;
 * a first name two known people share is left as written.
 */
export function completeInterviewers(found: Interviewer[], known: Interviewer[]): Interviewer[] {
  if (!found.length || !known.length) return found;
  const out: Interviewer[] = [];
  for (const p of found) {
    // "Sato-san": the Japanese honorific is no part of the name
    const written = p.name?.trim() ?? '';
    const name = written.replace(/-(?:san|sama|sensei)$/i, '');
    const honorific = name !== written;
    let q = honorific ? { ...p, name } : p;
    if (name && !/\s/.test(name)) {
      const one = fold(name);
      const full = known.filter((k) => k.name && /\s/.test(k.name.trim())).map((k) => ({ k, words: fold(k.name!).split(/\s+/) }));
      let hits = full.filter((x) => x.words[0] === one);
      // …or a surname alone ("Watanabe-san")
      if (!hits.length && honorific) hits = full.filter((x) => x.words[x.words.length - 1] === one);
      if (hits.length === 1) q = { name: hits[0].k.name, email: p.email ?? hits[0].k.email };
    } else if (name) {
      // "María José" of "María José Ruiz Delgado": a double given name, completed as it was written in full before
      const words = fold(name).split(/\s+/);
      const hits = known.filter((k) => {
        const kw = k.name ? fold(k.name).split(/\s+/) : [];
        return kw.length > words.length && words.every((w, i) => kw[i] === w);
      });
      if (hits.length === 1 && !found.some((o) => o.name && fold(o.name) === fold(hits[0].name!))) q = { name: hits[0].name, email: p.email ?? hits[0].email };
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
 * Sterling & Co."), or a domain's run-together label: the first word whole, then the start of the next
 * ("Larkspurins" and "Larkspur Insurance"; not "Amazon" and "Amazonas Mining").
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
  const token = sw[0] ?? '';
  return sw.length === 1 && lw.length > 1 && token.length > lw[0].length && token.startsWith(lw[0]) && compact(long).startsWith(token);
}

/** The fuller of two names for one company ("Harrowgate Sterling & Co." over "Harrowgate"), else `name`. */
export function fullerCompany(name: string, other: string | null): string {
  return other && sameCompany(name, other) && other.length > name.length ? other : name;
}

/**
 * The items about `company`: those naming it exactly, else those naming it by a shorter or longer name when that
 * name means one company among them ("Pinecrest" beside "Pinecrest Health" and "Pinecrest Robotics": none).
 */
export function aboutCompany<T>(items: T[], companyOf: (item: T) => string | null, company: string): T[] {
  const exact = items.filter((i) => { const c = companyOf(i); return !!c && fold(c) === fold(company); });
  if (exact.length) return exact;
  const alike = items.filter((i) => { const c = companyOf(i); return !!c && sameCompany(c, company); });
  return new Set(alike.map((i) => fold(companyOf(i)!))).size === 1 ? alike : [];
}

/** The company a sender's own domain names ("larkspurins" of "mfaircloth@larkspurins.example"), not a vendor's or a mail service's. */
const senderLabel = (x: Extraction): string | null => domainCompany(x.sender);

/** The latest earlier extraction that `pred` accepts. */
function latest(earlier: Extraction[], pred: (e: Extraction) => boolean): Extraction | null {
  for (let i = earlier.length - 1; i >= 0; i--) if (pred(earlier[i])) return earlier[i];
  return null;
}

/**
 * The earlier extraction this one continues: the same calendar UID, else the same company, else a sender at the same
 * company domain (a hiring manager's "can we push to Monday?" that names no company, or no other), else the same
 * company by a shorter or longer name. An agency's recruiter writes about several companies: a sender's domain never
 * joins two emails that name different companies.
 */
export function earlierOf(x: Extraction, earlier: Extraction[]): Extraction | null {
  const byUid = x.calendarUid ? latest(earlier, (e) => e.calendarUid === x.calendarUid) : null;
  if (byUid) return byUid;
  const recognised = (e: Extraction) => e.kind !== 'unrecognized';
  const company = x.company;
  const exact = company ? latest(earlier, (e) => recognised(e) && !!e.company && fold(e.company) === fold(company)) : null;
  if (exact) return exact;
  const label = senderLabel(x);
  const bySender = label ? latest(earlier, (e) => recognised(e) && senderLabel(e) === label && (!company || !e.company || sameCompany(e.company, company))) : null;
  if (bySender) return bySender;
  return company ? aboutCompany(earlier.filter(recognised), (e) => e.company, company).pop() ?? null : null;
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
  if (follows && prev.company) out.company = x.company ? fullerCompany(x.company, prev.company) : prev.company;
  return out;
}
