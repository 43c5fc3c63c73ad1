// Scoring of a blind extraction corpus: a folder of .eml files and truth.json (the samples' fields), compared field by
// field with the samples' conventions (instants with their offsets, names as case-insensitive sets), printing the
// per-field table and every mismatch, and asserting floors just under the engine's measured accuracy. The files are
// read in name order as one mailbox, as `parse` reads the files of one run (a move continues the confirmation before it).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.js';
import { continueThread } from '../../shared/extract/thread.js';
import type { Extraction } from '../../shared/types.js';

const USER_TZ = 'America/Chicago';

export interface Truth {
  kind: string;
  company: string | null;
  role: string | null;
  start: string | null;
  end: string | null;
  timeZone: string | null;
  format: string | null;
  interviewers: string[];
  meetingUrl: string | null;
  hard: boolean;
  note: string;
}

export const FIELDS = ['kind', 'company', 'role', 'start', 'end', 'timeZone', 'format', 'interviewers', 'meetingUrl'] as const;
export type Field = (typeof FIELDS)[number];
export type Floors = Record<Field | 'startInstant', number> & { every?: number };

/** The same floor for every field. */
export const floorsOf = (x: number): Floors => Object.fromEntries([...FIELDS, 'startInstant'].map((f) => [f, x])) as Floors;

const text = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  const s = String(v).normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return s === '' ? null : s;
};

const instant = (v: unknown): number | null => {
  if (v === null || v === undefined || v === '') return null;
  const ms = Date.parse(String(v));
  return Number.isNaN(ms) ? NaN : ms;
};

/** Instant and the offset in force (the truth records both). */
const instantWithOffset = (v: unknown): string | null => {
  if (v === null || v === undefined || v === '') return null;
  const s = String(v);
  const m = /([+-]\d{2}:?\d{2}|Z)$/.exec(s);
  const off = m ? (m[1] === 'Z' ? '+00:00' : m[1].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '?';
  return `${instant(s)}@${off}`;
};

const names = (v: unknown): string[] => {
  if (!Array.isArray(v)) return [];
  return [...new Set(v.map((x) => text(typeof x === 'string' ? x : (x as { name?: string })?.name)).filter((x): x is string => !!x))].sort();
};

function same(field: Field, want: unknown, got: unknown): boolean {
  switch (field) {
    case 'start':
    case 'end':
      return instantWithOffset(want) === instantWithOffset(got);
    case 'interviewers':
      return JSON.stringify(names(want)) === JSON.stringify(names(got));
    case 'meetingUrl':
      return (want ?? null) === (got ?? null);
    case 'kind':
    case 'format':
    case 'timeZone':
      return (want ?? null) === (got ?? null);
    default:
      return text(want) === text(got);
  }
}

const show = (field: Field, v: unknown): string =>
  field === 'interviewers' ? JSON.stringify(names(v)) : JSON.stringify(v ?? null);

export function blindCorpus(name: string, dir: string, floors: Floors, minFiles: number): void {
  describe(`${name} extraction corpus`, () => {
    const truth: Record<string, Truth> = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
    const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();

    it('has ground truth for every message', () => {
      expect(files.length).toBeGreaterThanOrEqual(minFiles);
      expect(files.filter((f) => !truth[f])).toEqual([]);
    });

    it('meets the accuracy floors', async () => {
      const correct: Record<string, number> = Object.fromEntries([...FIELDS, 'startInstant'].map((f) => [f, 0]));
      const mismatches: string[] = [];
      const earlier: Extraction[] = [];
      let allRight = 0;
      for (const file of files) {
        const want = truth[file];
        let got: Record<string, unknown>;
        try {
          const x = continueThread(await extract(readFileSync(join(dir, file)) as never, { userTimeZone: USER_TZ }), earlier);
          if (x.kind !== 'unrecognized') earlier.push(x);
          got = x as unknown as Record<string, unknown>;
        } catch (err) {
          mismatches.push(`${file}\t(all)\texpected extraction\tthrew ${(err as Error).message}`);
          continue;
        }
        if (FIELDS.every((f) => same(f, want[f], got[f]))) allRight++;
        for (const f of FIELDS) {
          if (same(f, want[f], got[f])) correct[f]++;
          else mismatches.push(`${file}\t${f}\texpected ${show(f, want[f])}\tgot ${show(f, got[f])}${want.hard ? '\t(hard)' : ''}`);
        }
        if (instant(want.start) === instant(got.start)) correct.startInstant++;
      }
      const n = files.length;
      const rows = [...FIELDS, 'startInstant'].map((f) => `${f.padEnd(14)} ${String(correct[f]).padStart(3)}/${n}  ${((100 * correct[f]) / n).toFixed(1)}%`);
      console.log(`${name} corpus accuracy (${n} messages)\n${rows.join('\n')}\nevery field   ${String(allRight).padStart(3)}/${n}  ${((100 * allRight) / n).toFixed(1)}%`);
      console.log(`Mismatches (${mismatches.length}):\n${mismatches.join('\n')}`);
      for (const [f, floor] of Object.entries(floors)) {
        expect.soft(f === 'every' ? allRight / n : correct[f] / n, `${f} accuracy`).toBeGreaterThanOrEqual(floor);
      }
    });
  });
}
