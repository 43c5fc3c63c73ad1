// Properties: the reader and the stripper take any string without throwing and answer in the contract's terms.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReply, stripReply } from '../../shared/replies/index.js';
import { REPLY_INTENTS } from '../../shared/types.js';

const words = fc.constantFrom(
  'sent', 'not', "haven't", 'offer', 'next', 'round', 'Friday', 'in', '3', 'days', 'remind', 'me', 'snooze', 'stop',
  'help', 'they', 'decide', 'by', 'end', 'of', 'the', 'month', 'rejected', 'withdrew', '—', '.', '!', '?', '\n', '>',
  'On', 'wrote:', 'From:', 'Sent:', 'To:', 'Subject:', '-- ', 'Thanks,', 'Sam', 'bombed', 'missed', 'it', 'heard', 'back',
);
const replyish = fc.array(words, { maxLength: 40 }).map((w) => w.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), replyish);
const instant = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-01-01T00:00:00Z'), noInvalidDate: true });
const zone = fc.constantFrom('America/Chicago', 'Europe/Berlin', 'Pacific/Auckland', 'Asia/Kolkata', 'UTC');

describe('readReply properties', () => {
  it('never throws and returns only known intents, each once, with a well-formed date', () => {
    fc.assert(
      fc.property(anyText, instant, zone, (text, sentAt, userTimeZone) => {
        const r = readReply(text, { sentAt, userTimeZone });
        for (const i of r.intents) expect(REPLY_INTENTS).toContain(i);
        expect(new Set(r.intents).size).toBe(r.intents.length);
        if (r.date !== null) {
          expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(r.intents.some((i) => i === 'snooze' || i === 'decision-date')).toBe(true);
        }
        expect(r.intents.includes('note')).toBe(r.note !== null);
        if (r.intents.includes('decision-date')) expect(r.date).not.toBeNull();
      }),
      { numRuns: 1500 },
    );
  });

  it('is pure: the same input gives the same reading', () => {
    fc.assert(
      fc.property(replyish, instant, (text, sentAt) => {
        const a = readReply(text, { sentAt, userTimeZone: 'America/Chicago' });
        const b = readReply(text, { sentAt: new Date(sentAt.getTime()), userTimeZone: 'America/Chicago' });
        expect(b).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });
});

describe('stripReply properties', () => {
  it('never throws, returns trimmed text and never keeps a ">" quoted line', () => {
    fc.assert(
      fc.property(anyText, fc.option(anyText, { nil: undefined }), (text, html) => {
        const s = stripReply(text, html);
        expect(typeof s).toBe('string');
        expect(s).toBe(s.trimEnd());
        for (const line of s.split('\n')) expect(line).not.toMatch(/^[ \t]*>/);
      }),
      { numRuns: 1500 },
    );
  });

  it('new text above any quoted prompt comes back unchanged', () => {
    const sentence = fc.stringMatching(/^[A-Z][a-z]{2,8}( [a-z]{2,8}){2,8}\.$/);
    fc.assert(
      fc.property(sentence, fc.array(fc.string({ maxLength: 60 }), { maxLength: 20 }), (mine, quoted) => {
        const body = `${mine}\n\nOn Tue, Mar 10, 2026 at 11:05 AM Interview Follow-up <prompts@followup.example.com> wrote:\n\n${quoted.map((q) => `> ${q}`).join('\n')}`;
        expect(stripReply(body)).toBe(mine);
      }),
      { numRuns: 500 },
    );
  });
});
