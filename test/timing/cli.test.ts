// The plan command as a user runs it: NDJSON on stdin, one line out per line in, errors on their own line.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const run = (args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', 'infra/cli.ts', ...args], { input, encoding: 'utf8', env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } });

describe('npm run followup -- plan', () => {
  it('answers each line in order and goes on after a malformed one', () => {
    const good = JSON.stringify({ interview: { start: '2026-03-10T14:00:00-04:00', end: null, format: 'video' }, userTimeZone: 'America/Chicago', recordedAt: '2026-03-05T15:00:00Z', events: [] });
    const r = run(['plan'], `${good}\nnot json\n{"interview":{}}\n${good}\n`);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].prompts.map((p: { type: string }) => p.type)).toEqual(['prep', 'final-check', 'thank-you', 'check-in', 'check-in']);
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2]).toHaveProperty('error');
    expect(lines[3]).toEqual(lines[0]);
  });

  it('usage errors are clear and exit 2', () => {
    const unknown = run(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const local = run(['local', 'advance']);
    expect(local.status).toBe(2);
    expect(local.stderr).toContain('local advance needs a duration');
    const bad = run(['local', 'advance', '3 fortnights']);
    expect(bad.status).toBe(2);
  });
});
