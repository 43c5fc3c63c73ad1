// Scoring of a blind reply set: a folder of .eml replies and truth.json, in the samples' conventions: `altDates` are
// also accepted, `optionalIntents` may be present or not (an optional `note` may also be absent from the note field);
// notes are compared with runs of whitespace collapsed. Prints the per-field scores and every miss, and asserts floors
// just under the last measured score.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReplyEmail } from '../../shared/replies/index.js';
import type { ReplyReading } from '../../shared/types.js';

const ZONE = 'America/Chicago';
type Truth = ReplyReading & { altDates?: string[]; optionalIntents?: string[] };
export type Floor = { intents: number; date: number; note: number; all: number };

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

export function blindReplies(name: string, dir: string, FLOOR: Floor, minFiles: number): void {
  const DIR = dir.endsWith('/') ? dir : dir + '/';
  const truth: Record<string, Truth> = JSON.parse(readFileSync(DIR + 'truth.json', 'utf8'));
describe(`${name} reply set`, () => {
  it('has a truth entry for every message and at least 30 of them', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.eml')).sort();
    expect(files.length).toBeGreaterThanOrEqual(minFiles);
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
      `${name} replies (${entries.length}): intents ${(100 * pct('intents')).toFixed(1)}% · date ${(100 * pct('date')).toFixed(1)}%` +
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
}
