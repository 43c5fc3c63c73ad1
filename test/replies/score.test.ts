// Scores the reply reader on the committed fixture corpus: raw MIME replies from many clients, with truth.json.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReplyEmail } from '../../shared/replies/index.js';
import type { ReplyReading } from '../../shared/types.js';

const DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));
const ZONE = 'America/Chicago';
type Truth = ReplyReading & { client: string };
const truth: Record<string, Truth> = JSON.parse(readFileSync(DIR + 'truth.json', 'utf8'));

describe('reply fixtures', () => {
  it('has a truth entry for every fixture and at least 40 of them', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.eml')).sort();
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(truth).sort()).toEqual(files);
  });

  it('reads intents, dates and notes right on at least 95% of the corpus', async () => {
    // Prepare
    const entries = Object.entries(truth);
    const score = { intents: 0, date: 0, note: 0, all: 0 };
    const misses: string[] = [];
    // Act
    for (const [file, want] of entries) {
      const got = await parseReplyEmail(readFileSync(DIR + file), { userTimeZone: ZONE });
      const i = JSON.stringify(got.intents) === JSON.stringify(want.intents);
      const d = got.date === want.date;
      const n = got.note === want.note;
      score.intents += +i;
      score.date += +d;
      score.note += +n;
      score.all += +(i && d && n);
      if (!(i && d && n)) misses.push(`${file}: got ${JSON.stringify({ intents: got.intents, date: got.date, note: got.note })}`);
    }
    // Assess
    const pct = (k: keyof typeof score) => score[k] / entries.length;
    console.log(
      `reply fixtures (${entries.length}): intents ${(100 * pct('intents')).toFixed(1)}% · date ${(100 * pct('date')).toFixed(1)}%` +
        ` · note ${(100 * pct('note')).toFixed(1)}% · all fields ${(100 * pct('all')).toFixed(1)}%` +
        (misses.length ? `\n  ${misses.join('\n  ')}` : ''),
    );
    expect(pct('intents')).toBeGreaterThanOrEqual(0.95);
    expect(pct('date')).toBeGreaterThanOrEqual(0.95);
    expect(pct('note')).toBeGreaterThanOrEqual(0.95);
  });

  it('covers the clients it claims to', () => {
    const clients = new Set(Object.values(truth).map((t) => t.client));
    for (const c of ['gmail', 'gmail-android', 'gmail-html', 'outlook-desktop', 'outlook-bold', 'outlook-web', 'apple', 'apple-html', 'iphone', 'samsung', 'outlook-android', 'yahoo', 'thunderbird', 'gmail-b64']) {
      expect(clients.has(c), c).toBe(true);
    }
  });
});

describe('long quoted reply', () => {
  it('finds the new text above a ~750 KB quote', async () => {
    // Prepare: a Gmail-style reply whose quote is one huge prompt thread (timing belongs in benchmarks)
    const quoteLine = '> ' + 'Thank you for taking the time to speak with me today about the role. '.repeat(20);
    const quote = Array.from({ length: 520 }, () => quoteLine).join('\n');
    const raw = [
      'From: Sam Rivera <sam.rivera@example.net>',
      'To: Interview Follow-up <reply+abc123@followup.example.com>',
      'Date: Tue, 10 Mar 2026 15:12:40 -0500',
      'Subject: Re: Thank-you draft: Northwind Labs (Dana Whitfield)',
      'Content-Type: text/plain; charset="UTF-8"',
      '',
      'Sent. Dana said the team is moving to Rust next year.',
      '',
      'On Tue, Mar 10, 2026 at 11:05 AM Interview Follow-up <prompts@followup.example.com> wrote:',
      '',
      quote,
      '>' + '>'.repeat(100_000),
      '',
    ].join('\r\n');
    expect(raw.length).toBeGreaterThan(750_000);
    // Act
    const got = await parseReplyEmail(raw, { userTimeZone: ZONE });
    // Assess
    expect(got.text).toBe('Sent. Dana said the team is moving to Rust next year.');
    expect(got.intents).toEqual(['sent', 'note']);
    expect(got.note).toBe('Dana said the team is moving to Rust next year.');
    expect(got.from).toBe('sam.rivera@example.net');
    expect(got.to).toEqual(['reply+abc123@followup.example.com']);
    expect(got.sentAt).toBe('2026-03-10T20:12:40.000Z');
  });
});

describe('broken MIME', () => {
  it('reads as an unclear reply with an error, never a throw', async () => {
    // Prepare: multipart nested deeper than the MIME parser allows
    let raw = 'From: sam@example.net\r\nDate: Tue, 10 Mar 2026 15:12:40 -0500\r\n';
    for (let i = 0; i < 300; i++) raw += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`;
    raw += 'Content-Type: text/plain\r\n\r\nsent\r\n';
    // Act
    const got = await parseReplyEmail(raw, { userTimeZone: ZONE, now: new Date('2026-03-10T20:00:00Z') });
    // Assess
    expect(got).toMatchObject({ intents: [], date: null, note: null, text: '', sentAt: '2026-03-10T20:00:00.000Z' });
    expect(got.error).toMatch(/nesting/);
  });
});
