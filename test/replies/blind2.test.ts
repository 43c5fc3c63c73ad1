// Scores the reply reader on a second blind set (test/replies/blind2), written before the engine or the other fixtures
// were read and measured once before any fix, so it tracks generalisation rather than tuning. Same scoring as
// blind.test.ts, in the samples'
// conventions: `altDates` are also accepted, `optionalIntents` may be present or not (an optional `note` may also
// be absent from the note field). Notes are compared with runs of whitespace collapsed.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReplyEmail } from '../../shared/replies/index.js';
import type { ReplyReading } from '../../shared/types.js';

const DIR = fileURLToPath(new URL('./blind2/', import.meta.url));
const ZONE = 'America/Chicago';
type Truth = ReplyReading & { altDates?: string[]; optionalIntents?: string[] };
const truth: Record<string, Truth> = JSON.parse(readFileSync(DIR + 'truth.json', 'utf8'));

// First measurement, before any fix: all fields 32/40 (intents 82.5%, date 97.5%, note 85%); after the fixes 37/40,
// then 38/40 with the fixes for blind3, 39/40 with those for blind4 (a letter's "Hi," salutation left the note).
const FLOOR = { intents: 0.97, date: 0.99, note: 0.97, all: 0.97 };

const squash = (s: string | null) => (s === null ? null : s.replace(/\s+/g, ' ').trim());

function judge(got: ReplyReading, want: Truth) {
  const optional = new Set(want.optionalIntents ?? []);
  const core = (xs: readonly string[]) => JSON.stringify(xs.filter((x) => !optional.has(x)));
  const intents = core(got.intents) === core(want.intents);
  const date = got.date === want.date || (got.date !== null && (want.altDates ?? []).includes(got.date));
  const note = optional.has('note')
    ? got.note === null || want.note === null || squash(got.note) === squash(want.note)
    : squash(got.note) === squash(want.note);
  return { intents, date, note };
}

describe('second blind reply set (blind2)', () => {
  it('has a truth entry for every message and at least 40 of them', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.eml')).sort();
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(truth).sort()).toEqual(files);
  });

  it('reads intents, dates and notes at least as well as last measured', async () => {
    // Prepare
    const entries = Object.entries(truth);
    const score = { intents: 0, date: 0, note: 0, all: 0 };
    const misses: string[] = [];
    // Act
    for (const [file, want] of entries) {
      const got = await parseReplyEmail(readFileSync(DIR + file), { userTimeZone: ZONE });
      const ok = judge(got, want);
      score.intents += +ok.intents;
      score.date += +ok.date;
      score.note += +ok.note;
      score.all += +(ok.intents && ok.date && ok.note);
      if (!(ok.intents && ok.date && ok.note)) {
        const wrong = (Object.keys(ok) as (keyof typeof ok)[]).filter((k) => !ok[k]).join(',');
        misses.push(
          `${file} [${wrong}]: got ${JSON.stringify({ intents: got.intents, date: got.date, note: got.note })}` +
            ` want ${JSON.stringify({ intents: want.intents, date: want.date, note: want.note })}`,
        );
      }
    }
    // Assess
    const pct = (k: keyof typeof score) => score[k] / entries.length;
    console.log(
      `blind2 replies (${entries.length}): intents ${(100 * pct('intents')).toFixed(1)}% · date ${(100 * pct('date')).toFixed(1)}%` +
        ` · note ${(100 * pct('note')).toFixed(1)}% · all fields ${(100 * pct('all')).toFixed(1)}%` +
        (misses.length ? `\n  ${misses.join('\n  ')}` : ''),
    );
    // Floors sit just under the last measured score so a regression fails; raise them when the score rises.
    expect(pct('intents')).toBeGreaterThanOrEqual(FLOOR.intents);
    expect(pct('date')).toBeGreaterThanOrEqual(FLOOR.date);
    expect(pct('note')).toBeGreaterThanOrEqual(FLOOR.note);
    expect(pct('all')).toBeGreaterThanOrEqual(FLOOR.all);
  });
});
