// Fuzzing the inbound path (MIME parse → extract → store → reply) with generated malformed messages: it never throws,
// never hangs, never schedules a prompt in the past, and never writes to anyone but the user.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MemoryMailer, MemoryScheduler, MemoryStore } from '../support/memory.js';
import { sampleInvite } from '../../infra/local/sample-invite.js';
import { loadTemplates } from '../../shared/adapters/templates-fs.js';
import { extract } from '../../shared/extract/index.js';
import { readReplyMail } from '../../shared/reply-mail.js';
import { readCorrection } from '../../shared/corrections.js';
import { handleInbound, type Deps, type InboundMessage } from '../../shared/workflow.js';
import { replyToken } from '../../shared/token.js';

const SAM = 'sam.rivera@example.net';
const SECRET = 'fuzz-secret-0123456789abcdef';
const NOW = new Date('2027-01-11T15:00:00Z');
const templates = loadTemplates('templates');
const enc = new TextEncoder();

const base = sampleInvite({ from: SAM, to: SAM, start: new Date('2027-01-20T16:00:00Z'), sentAt: new Date('2027-01-10T12:00:00Z') });
const boundaryOf = (s: string) => /boundary="([^"]+)"/.exec(s)![1];

const icsWith = (dtstart: string, dtend: string) =>
  [
    `From: ${SAM}`, 'To: interviews@followup.localhost', 'Subject: Fwd: Invitation', 'MIME-Version: 1.0', 'Content-Type: text/calendar; method=REQUEST; charset=UTF-8', '',
    'BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:fuzz@x', `DTSTART:${dtstart}`, `DTEND:${dtend}`, 'SUMMARY:Interview', 'END:VEVENT', 'END:VCALENDAR', '',
  ].join('\r\n');

const arbIcsDate = fc.oneof(
  fc.constantFrom('20261345T256199Z', '00000000T000000Z', '99991231T235959Z', '19000101T000000Z', '20270230T100000Z', 'garbage', '', '2027-01-20T16:00:00Z', '20270120T160000'),
  fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}T120000Z`),
);

const arbMalformed: fc.Arbitrary<{ kind: string; raw: Uint8Array }> = fc.oneof(
  fc.integer({ min: 0, max: base.length }).map((n) => ({ kind: 'truncated', raw: enc.encode(base.slice(0, n)) })),
  fc.string({ maxLength: 40 }).map((b) => ({ kind: 'broken boundary', raw: enc.encode(base.split(boundaryOf(base)).join(b || '-')) })),
  fc.string({ minLength: 1, maxLength: 30 }).map((cs) => ({ kind: 'unknown charset', raw: enc.encode(base.replace(/charset="UTF-8"/g, `charset="${cs.replace(/["\r\n]/g, '')}"`)) })),
  fc.array(fc.nat({ max: base.length }), { maxLength: 20 }).map((at) => {
    const b = enc.encode(base);
    for (const i of at) if (i < b.length) b[i] = 0;
    return { kind: 'zero bytes', raw: b };
  }),
  fc.uint8Array({ maxLength: 4000 }).map((b) => ({ kind: 'binary garbage', raw: b })),
  fc.integer({ min: 2, max: 300 }).map((depth) => {
    let body = 'innermost text: interview Tuesday 3pm ET';
    for (let i = depth; i > 0; i--) body = `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${body}\r\n--b${i}--`;
    return { kind: 'nested multiparts', raw: enc.encode(`From: ${SAM}\r\nSubject: deep\r\nMIME-Version: 1.0\r\n${body}\r\n`) };
  }),
  fc.tuple(arbIcsDate, arbIcsDate).map(([a, b]) => ({ kind: 'impossible ics dates', raw: enc.encode(icsWith(a, b)) })),
  fc.tuple(fc.integer({ min: -50, max: 900 }), fc.constantFrom('10am ET', '3:00 PM PST', '25:99', 'noon UTC+14', '9 am GMT-12')).map(([years, t]) => ({
    kind: 'far past or future',
    raw: enc.encode(`From: ${SAM}\r\nSubject: Interview confirmation\r\nDate: Mon, 11 Jan 2027 10:00:00 -0600\r\n\r\nYour interview is confirmed for January 20, ${2027 + years} at ${t}.\r\n`),
  })),
  fc.array(fc.string({ maxLength: 80 }), { maxLength: 30 }).map((lines) => ({ kind: 'header soup', raw: enc.encode(lines.join('\r\n') + '\r\n\r\n' + lines.join('\n')) })),
);

function makeDeps() {
  const store = new MemoryStore();
  const scheduler = new MemoryScheduler(() => NOW);
  const mailer = new MemoryMailer();
  const deps: Deps = {
    store,
    mailer,
    scheduler,
    templates,
    log: { info() {}, warn() {}, error() {}, metric() {} },
    config: { domain: 'followup.localhost', fromAddress: 'prompts@followup.localhost', inboxAddress: 'interviews@followup.localhost', tokenSecret: SECRET, dailyEmailLimit: 1_000_000, retentionDays: 180, users: [{ email: SAM, timeZone: 'America/Chicago' }] },
    now: () => NOW,
    extract,
    readReply: readReplyMail,
    readCorrection,
  };
  return { deps, store, scheduler, mailer };
}

let seq = 0;
function message(raw: Uint8Array, to: string): InboundMessage {
  const id = `fuzz-${++seq}`;
  return { sesMessageId: id, messageId: `<${id}@fuzz>`, source: SAM, from: SAM, recipients: [to], verdicts: { spf: 'PASS', dkim: 'PASS', dmarc: 'PASS', spam: 'PASS', virus: 'PASS' }, raw: async () => raw };
}

/** No single message may take longer than this: work per message is bounded. */
const HANG_GUARD_MS = 15_000;
async function bounded<T>(p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('hung')), HANG_GUARD_MS)));
  try {
    return await Promise.race([p, guard]);
  } finally {
    clearTimeout(timer);
  }
}

const stats: Record<string, number> = {};

describe('fuzzing the inbound path', () => {
  let world: ReturnType<typeof makeDeps>;
  let replyAddress: string;
  let runs = 0;
  // A user has a handful of interviews, not thousands: a fresh world every few hundred messages keeps it realistic.
  async function freshWorld() {
    world = makeDeps();
    await handleInbound(world.deps, message(enc.encode(base), 'interviews@followup.localhost'));
    const iv = [...world.store.interviews.values()][0];
    replyAddress = `reply+${replyToken(SECRET, SAM, iv.id)}@followup.localhost`;
  }
  beforeAll(freshWorld);

  it('10,000 malformed forwards and replies: no throw, no hang, nothing in the past, mail only to the user', async () => {
    await fc.assert(
      fc.asyncProperty(arbMalformed, fc.boolean(), async ({ kind, raw }, asReply) => {
        stats[kind] = (stats[kind] ?? 0) + 1;
        if (++runs % 200 === 0) await freshWorld();
        const before = world.scheduler.created.length;
        const sentBefore = world.mailer.sent.length;
        await bounded(handleInbound(world.deps, message(raw, asReply ? replyAddress : 'interviews@followup.localhost')));
        for (const s of world.scheduler.created.slice(before)) expect(s.at.getTime()).toBeGreaterThanOrEqual(NOW.getTime());
        for (const m of world.mailer.sent.slice(sentBefore)) {
          expect(m.to).toBe(SAM);
          expect(m.subject).not.toMatch(/[\r\n]/);
          expect(m.html).not.toMatch(/<script|<img|<iframe|onerror=/i);
        }
      }),
      { numRuns: 10_000 },
    );
    const total = Object.values(stats).reduce((a, b) => a + b, 0);
    console.log(`fuzz: ${total} messages — ${JSON.stringify(stats)}`);
    expect(total).toBeGreaterThanOrEqual(10_000);
  }, 600_000);

  it('huge inputs: a 1 MB header and a 25 MB body finish and are bounded', async () => {
    const hugeHeader = enc.encode(`From: ${SAM}\r\nX-Junk: ${'a'.repeat(1024 * 1024)}\r\nSubject: Interview\r\n\r\nInterview on Tuesday at 3pm ET\r\n`);
    const hugeBody = enc.encode(`From: ${SAM}\r\nSubject: Interview\r\nContent-Type: text/plain\r\n\r\n${'interview at 3pm on the 5th of never. '.repeat(25 * 1024 * 1024 / 38)}\r\n`);
    for (const raw of [hugeHeader, hugeBody]) {
      const sent = world.mailer.sent.length;
      await bounded(handleInbound(world.deps, message(raw, 'interviews@followup.localhost')));
      expect(world.mailer.sent.length).toBe(sent + 1); // one clear answer either way
    }
  }, 120_000);

  it('markup and header injection in forwarded content never reach a prompt as markup or headers', async () => {
    const evil = base
      .replace(/Northwind Labs/g, 'Evil <script>alert(1)</script> Corp\r\nBcc: victim@example.org')
      .replace(/Dana Whitfield/g, '<img src=x onerror=alert(1)>');
    const w = makeDeps();
    await handleInbound(w.deps, message(enc.encode(evil), 'interviews@followup.localhost'));
    expect(w.mailer.sent.length).toBe(1);
    const m = w.mailer.sent[0];
    expect(m.subject).not.toMatch(/[\r\n]/);
    expect(m.html).not.toMatch(/<script|<img/i);
    expect(Object.keys(m.headers ?? {}).every((k) => k.startsWith('X-'))).toBe(true);
  });
});
