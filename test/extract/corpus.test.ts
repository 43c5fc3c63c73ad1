// Scores the engine on the committed fixture corpus (test/extract/fixtures, ground truth in truth.json).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.js';
import type { Extraction } from '../../shared/types.js';
import { FIELDS, type Field, type Truth } from './blind-scoring.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const truth: Record<string, Truth> = JSON.parse(readFileSync(join(DIR, 'truth.json'), 'utf8'));
const files = Object.keys(truth).sort();

function value(x: Extraction | Truth, f: Field): string {
  if (f === 'interviewers') {
    const names = (x.interviewers as (string | { name: string | null })[]).map((i) => (typeof i === 'string' ? i : i.name ?? ''));
    return JSON.stringify(names.sort());
  }
  return JSON.stringify(x[f]);
}

describe('extraction accuracy on the fixture corpus', () => {
  const results = new Map<string, Extraction>();

  beforeAll(async () => {
    // Prepare: the forwarder lives in Chicago, like the corpus's Sam Rivera
    for (const f of files) results.set(f, await extract(readFileSync(join(DIR, f)), { userTimeZone: 'America/Chicago' }));
  });

  it('has a corpus of at least 60 emails with at least 10 that are not interviews', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(files.filter((f) => truth[f].kind === 'unrecognized').length).toBeGreaterThanOrEqual(10);
  });

  it('gets every field right on at least 95% of emails and the start instant on at least 98%', () => {
    // Act
    const right: Record<string, number> = {};
    let startInstant = 0;
    let allFields = 0;
    const misses: string[] = [];
    for (const f of files) {
      const got = results.get(f)!;
      const want = truth[f];
      let all = true;
      for (const field of FIELDS) {
        if (value(got, field) === value(want, field)) right[field] = (right[field] ?? 0) + 1;
        else {
          all = false;
          misses.push(`${f} ${field}: got ${value(got, field)} want ${value(want, field)}`);
        }
      }
      const a = got.start ? Date.parse(got.start) : null;
      const b = want.start ? Date.parse(want.start) : null;
      if (a === b) startInstant++;
      if (all) allFields++;
    }
    const table = FIELDS.map((field) => ({ field, right: right[field] ?? 0, of: files.length, pct: `${(((right[field] ?? 0) / files.length) * 100).toFixed(1)}%` }));
    table.push({ field: 'start instant' as Field, right: startInstant, of: files.length, pct: `${((startInstant / files.length) * 100).toFixed(1)}%` });
    table.push({ field: 'all fields' as Field, right: allFields, of: files.length, pct: `${((allFields / files.length) * 100).toFixed(1)}%` });
    console.log('per-field accuracy on test/extract/fixtures');
    console.table(table);
    if (misses.length) console.log(misses.join('\n'));

    // Assess
    for (const field of FIELDS) expect(right[field] ?? 0, field).toBeGreaterThanOrEqual(Math.ceil(files.length * 0.95));
    expect(startInstant).toBeGreaterThanOrEqual(Math.ceil(files.length * 0.98));
    expect(allFields).toBeGreaterThanOrEqual(Math.ceil(files.length * 0.9));
  });

  it('fills calendarUid whenever the email carries an invite', () => {
    for (const f of files) {
      const raw = readFileSync(join(DIR, f), 'latin1');
      if (/BEGIN:VCALENDAR|text\/calendar|application\/ics/.test(raw) && /Content-Type: (?:text\/calendar|application\/ics)/i.test(raw)) {
        expect(results.get(f)!.calendarUid, f).toBeTruthy();
      }
    }
  });

  it('explains non-interviews with a short "seen" phrase', () => {
    for (const f of files.filter((x) => truth[x].kind === 'unrecognized')) {
      const x = results.get(f)!;
      expect(x.seen, f).toBeTruthy();
      expect(x.seen!.length, f).toBeLessThan(120);
    }
  });
});
