// The `reply` CLI command: one NDJSON line per file, an error line for a file that cannot be read.
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../infra/cli/reply.js';

const FIX = fileURLToPath(new URL('./fixtures/', import.meta.url));

describe('followup reply', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints one line per file, with an error line for a missing file', async () => {
    // Prepare
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    // Act
    const code = await run(['--user-tz', 'America/Chicago', FIX + 'F06-apple-next-friday.eml', FIX + 'nope.eml']);
    // Assess
    const lines = out.join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({ file: 'F06-apple-next-friday.eml', intents: ['decision-date'], date: '2026-04-17', note: null });
    expect(lines[1].file).toBe('nope.eml'); // the file's name, as in parse
    expect(typeof lines[1].error).toBe('string');
    expect(code).toBe(0); // every file got its line
  });

  it('rejects an unknown zone with a clear message', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await run(['--user-tz', 'Mars/Olympus', FIX + 'F01-gmail-sent.eml'])).toBe(2);
    expect(String(err.mock.calls[0][0])).toMatch(/IANA/);
  });
});
