// Views for the templates in templates/: which values each message shows. Rendering (and escaping) is shared/render.ts.
import type { Extraction, ReplyIntent, ReplyReading } from './types.js';
import type { Interview, User } from './ports.js';
import type { PlannedPrompt } from './timing.js';
import { effectiveEnd } from './timing.js';
import { MultiLine, render, type Rendered, type View } from './render.js';
import { formatDate, formatInZone, humanTime, isValidZone } from './time.js';

type Templates = Record<string, string>;

function tpl(templates: Templates, name: string): string {
  const t = templates[name];
  if (t === undefined) throw new Error(`template "${name}" is missing from templates/`);
  return t;
}

const FORMAT_LABEL = { phone: 'Phone call', video: 'Video call', onsite: 'On site' } as const;
const PROMPT_LABEL = { prep: 'Prep checklist', 'final-check': 'Final check', 'thank-you': 'Thank-you draft', 'check-in': 'Check-in draft' } as const;

function zoneOf(user: User): string {
  return isValidZone(user.timeZone) ? user.timeZone : 'UTC';
}

function firstName(name: string | null): string | null {
  if (!name) return null;
  const n = name.replace(/^(dr|mr|mrs|ms|mx)\.?\s+/i, '').trim().split(/\s+/)[0];
  return n || null;
}

function companyOr(iv: Interview): string {
  return iv.company ?? 'the company';
}

function interviewView(iv: Interview, user: User): View {
  const U = zoneOf(user);
  const start = new Date(iv.start);
  const end = effectiveEnd(start, iv.end ? new Date(iv.end) : null, iv.format);
  const theirZone = iv.timeZone && isValidZone(iv.timeZone) ? iv.timeZone : null;
  const whenUser = `${humanTime(start, U)} – ${formatInZone(end, U, 'h:mm a ZZZZ')}${iv.end ? '' : ' (end assumed)'}`;
  const whenTheirs = theirZone && theirZone !== U ? humanTime(start, theirZone) + ` (${theirZone.replace(/_/g, ' ')})` : null;
  const names = iv.interviewers.map((p) => p.name ?? p.email).filter(Boolean) as string[];
  return {
    company: iv.company ?? 'Unknown company',
    companyOr: companyOr(iv),
    role: iv.role,
    roleOr: iv.role ?? 'the role',
    format: FORMAT_LABEL[iv.format],
    formatLower: FORMAT_LABEL[iv.format].toLowerCase().replace('on site', 'onsite interview'),
    isPhone: iv.format === 'phone',
    isVideo: iv.format === 'video',
    isOnsite: iv.format === 'onsite',
    whenUser,
    whenTheirs,
    userZone: U.replace(/_/g, ' '),
    interviewers: names.length ? names.join(', ') : null,
    meetingUrl: iv.meetingUrl,
    location: iv.location,
    notes: iv.notes.length ? iv.notes.map((n) => ({ text: new MultiLine(n.text) })) : null,
    lastNote: iv.notes.length ? iv.notes[iv.notes.length - 1].text.replace(/\s+/g, ' ').slice(0, 300) : null,
  };
}

function planView(plan: PlannedPrompt[], iv: Interview, user: User, now?: Date): { label: string; when: string }[] {
  return plan
    .filter((p) => !iv.sent[p.key] && (!now || p.at.getTime() >= now.getTime() - 60_000))
    .map((p) => ({ label: PROMPT_LABEL[p.type], when: humanTime(p.at, zoneOf(user)) }));
}

export function acknowledgement(
  t: Templates,
  a: { iv: Interview; user: User; plan: PlannedPrompt[]; updated: boolean; config: { inboxAddress: string } },
): Rendered {
  return render(tpl(t, a.updated ? 'ack-update' : 'ack'), {
    ...interviewView(a.iv, a.user),
    plan: planView(a.plan, a.iv, a.user),
    questions: a.iv.questions.map((q) => ({ q })),
    hasQuestions: a.iv.questions.length > 0,
    inbox: a.config.inboxAddress,
  });
}

export function unrecognized(t: Templates, a: { ex: Extraction }): Rendered {
  return render(tpl(t, 'unrecognized'), {
    seen: a.ex.seen ?? (a.ex.subject ? `an email titled “${a.ex.subject}”` : 'an email without interview details'),
    subject: a.ex.subject,
    error: a.ex.error ? 'I could not read the message itself.' : null,
  });
}

export function couldNotRead(t: Templates, a: { subject: string | null; reply?: boolean }): Rendered {
  return render(tpl(t, a.reply ? 'could-not-read-reply' : 'could-not-read'), { subject: a.subject });
}

export function cancelUnmatched(t: Templates, a: { ex: Extraction }): Rendered {
  return render(tpl(t, 'cancel-unmatched'), { company: a.ex.company ?? 'the company', subject: a.ex.subject });
}

export function removed(t: Templates, a: { iv: Interview; user: User }): Rendered {
  return render(tpl(t, 'removed'), interviewView(a.iv, a.user));
}

export function cancelled(t: Templates, a: { iv: Interview; user: User }): Rendered {
  return render(tpl(t, 'cancelled'), interviewView(a.iv, a.user));
}

function mailto(to: string | null, subject: string, body: string): string {
  return `mailto:${to ? encodeURIComponent(to).replace(/%40/g, '@') : ''}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The draft's words; the template shows them quoted and as a mailto link. */
function thankYouDraft(iv: Interview, person: { name: string | null; email: string | null } | null, user: User): string {
  const hello = person && firstName(person.name) ? `Hi ${firstName(person.name)},` : 'Hello,';
  const about = iv.notes.length
    ? `I especially enjoyed our conversation about ${iv.notes[iv.notes.length - 1].text.replace(/\s+/g, ' ').replace(/[.!]+$/, '').slice(0, 200)}.`
    : `I especially enjoyed our conversation about [the topic you discussed — one specific detail].`;
  return [
    hello,
    '',
    `Thank you for taking the time to speak with me ${dayWord(iv, user)} about the ${iv.role ?? 'open'} role${iv.company ? ` at ${iv.company}` : ''}. ${about}`,
    '',
    `It made me even more excited about the role, and I'm confident I could contribute to the team. Please let me know if I can provide anything else.`,
    '',
    'Best regards,',
    '[Your name]',
  ].join('\n');
}

function dayWord(iv: Interview, user: User): string {
  return `on ${formatInZone(new Date(iv.start), zoneOf(user), 'cccc')}`;
}

function checkInDraft(iv: Interview, second: boolean, user: User): string {
  const to = iv.interviewers[0];
  const hello = to && firstName(to.name) ? `Hi ${firstName(to.name)},` : 'Hello,';
  const when = formatInZone(new Date(iv.start), zoneOf(user), 'LLLL d');
  const lines = second
    ? [
        hello,
        '',
        `I wanted to follow up once more on the ${iv.role ?? ''} position${iv.company ? ` at ${iv.company}` : ''}. I remain very interested, and I'd be grateful for any update on the timeline when you have one.`,
      ]
    : [
        hello,
        '',
        `I hope you're well. I'm checking in on the ${iv.role ?? ''} role${iv.company ? ` at ${iv.company}` : ''} since our conversation on ${when}. I'm still very interested${iv.notes.length ? ` — especially after what we discussed about ${iv.notes[iv.notes.length - 1].text.replace(/\s+/g, ' ').replace(/[.!]+$/, '').slice(0, 160)}` : ''}, and would be glad to hear about next steps or share anything else that would help.`,
      ];
  return [...lines, '', 'Thank you,', '[Your name]'].join('\n').replace(/  +/g, ' ');
}

export function prompt(
  t: Templates,
  a: { iv: Interview; user: User; prompt: PlannedPrompt; now: Date; config: { inboxAddress: string } },
): Rendered {
  const { iv, user } = a;
  const base = interviewView(iv, user);
  const subjectFor = `${iv.role ?? 'interview'}${iv.company ? ` at ${iv.company}` : ''}`;
  switch (a.prompt.type) {
    case 'prep':
      return render(tpl(t, 'prep'), base);
    case 'final-check':
      return render(tpl(t, 'final-check'), base);
    case 'thank-you': {
      const people = iv.interviewers.length ? iv.interviewers : [null];
      const drafts = people.map((p) => {
        const body = thankYouDraft(iv, p, user);
        return {
          to: p ? p.name ?? p.email : null,
          email: p?.email ?? null,
          draft: new MultiLine(body),
          mailto: mailto(p?.email ?? null, `Thank you — ${subjectFor}`, body),
        };
      });
      return render(tpl(t, 'thank-you'), { ...base, drafts, several: drafts.length > 1 });
    }
    case 'check-in': {
      const second = a.prompt.key !== 'check-in-1' && Object.keys(iv.sent).some((k) => k.startsWith('check-in'));
      const body = checkInDraft(iv, second, user);
      const to = iv.interviewers[0] ?? null;
      return render(tpl(t, 'check-in'), {
        ...base,
        second,
        to: to ? to.name ?? to.email : null,
        draft: new MultiLine(body),
        mailto: mailto(to?.email ?? null, `Following up — ${subjectFor}`, body),
      });
    }
  }
}

// ---- answers to replies --------------------------------------------------------------------------------------

const RESPONSE_ORDER: ReplyIntent[] = ['offer', 'next-round', 'rejected', 'missed', 'bombed', 'withdrawn', 'decision-date', 'heard-back', 'snooze', 'sent', 'note', 'stop', 'help'];

function rejectedDraft(iv: Interview): string {
  const to = iv.interviewers[0];
  return [
    to && firstName(to.name) ? `Hi ${firstName(to.name)},` : 'Hello,',
    '',
    `Thank you for letting me know, and for the time you and the team spent with me on the ${iv.role ?? ''} process. I enjoyed learning about ${iv.company ?? 'the company'} and I'm still very interested in what you're building.`,
    '',
    `If another role opens up where my background fits, I'd be glad to be considered — please keep me in mind. I'd also welcome any feedback you're able to share.`,
    '',
    'All the best,',
    '[Your name]',
  ].join('\n').replace(/  +/g, ' ');
}

function bombedDraft(iv: Interview): string {
  const to = iv.interviewers[0];
  return [
    to && firstName(to.name) ? `Hi ${firstName(to.name)},` : 'Hello,',
    '',
    `Thank you again for today's conversation about the ${iv.role ?? ''} role. I've been reflecting on it, and I don't think my answer on [the question] showed how I actually work. A better answer: [two or three sentences — the approach, a concrete example, the result].`,
    '',
    `What I know about ${iv.company ?? 'your team'} — [one specific thing: a product, a recent announcement, a challenge they mentioned] — is exactly why I'm excited about this role. If it would help, I'd welcome another short conversation.`,
    '',
    'Thank you for considering it,',
    '[Your name]',
  ].join('\n').replace(/  +/g, ' ');
}

function missedDraft(iv: Interview, user: User): string {
  const to = iv.interviewers[0];
  const when = formatInZone(new Date(iv.start), iv.timeZone && isValidZone(iv.timeZone) ? iv.timeZone : zoneOf(user), "cccc, LLLL d 'at' h:mm a");
  return [
    to && firstName(to.name) ? `Hi ${firstName(to.name)},` : 'Hello,',
    '',
    `I'm very sorry I missed our interview on ${when}. That was entirely my responsibility, and I apologize for the time it cost you.`,
    '',
    `I'm still very interested in the ${iv.role ?? ''} role${iv.company ? ` at ${iv.company}` : ''}. If you're open to it, I'd be grateful for the chance to reschedule — I'm available [two or three specific times], or at any time that suits you.`,
    '',
    'Thank you for understanding,',
    '[Your name]',
  ].join('\n').replace(/  +/g, ' ');
}

export function replyResponse(
  t: Templates,
  a: { iv: Interview; user: User; reading: ReplyReading; plan: PlannedPrompt[]; now: Date; closedBefore: boolean; snoozed: { at: string } | null },
): Rendered {
  const { iv, user, reading } = a;
  const base = interviewView(iv, user);
  const intents = new Set(reading.intents);
  const subjectFor = `${iv.role ?? 'interview'}${iv.company ? ` at ${iv.company}` : ''}`;
  const nextCheckIn = a.plan.find((p) => p.type === 'check-in' && !iv.sent[p.key] && p.at.getTime() > a.now.getTime());
  const sections = RESPONSE_ORDER.filter((i) => intents.has(i));
  if (sections.length === 0) return render(tpl(t, 'reply-unclear'), base);
  const view: View = {
    ...base,
    closedBefore: a.closedBefore,
    nextCheckIn: nextCheckIn ? humanTime(nextCheckIn.at, zoneOf(user)) : null,
    snoozedUntil: a.snoozed ? humanTime(new Date(a.snoozed.at), zoneOf(user)) : null,
    decisionDate: reading.date ? formatDate(reading.date, 'cccc, LLLL d') : null,
    note: reading.note ? new MultiLine(reading.note) : null,
    plan: planView(a.plan, iv, user, a.now),
  };
  const drafts: Record<string, string> = {};
  if (intents.has('rejected')) drafts.rejected = rejectedDraft(iv);
  if (intents.has('bombed')) drafts.bombed = bombedDraft(iv);
  if (intents.has('missed')) drafts.missed = missedDraft(iv, user);
  for (const [k, body] of Object.entries(drafts)) {
    view[`${k}Draft`] = new MultiLine(body);
    view[`${k}Mailto`] = mailto(iv.interviewers[0]?.email ?? null, k === 'missed' ? `Apologies — ${subjectFor}` : `Re: ${subjectFor}`, body);
  }
  const parts = sections.map((s) => render(tpl(t, `reply-${s}`), view));
  const text = parts.map((p) => p.text.trimEnd()).join('\n\n') + '\n';
  return { subject: parts[0].subject, text, html: joinHtml(parts.map((p) => p.html)) };
}

function joinHtml(docs: string[]): string {
  const inner = docs.map((d, i) => {
    const body = d.replace(/^<!doctype html><html><body[^>]*>/, '').replace(/<\/body><\/html>$/, '');
    return i < docs.length - 1 ? body.replace(/<p style="color:#888[^]*?<\/p>$/, '') : body; // one footer, at the end
  });
  const head = /^<!doctype html><html><body[^>]*>/.exec(docs[0])![0];
  return head + inner.join('<hr style="border:none;border-top:1px solid #ddd;margin:1.5em 0">') + '</body></html>';
}
