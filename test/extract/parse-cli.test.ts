// The parse command as a user runs it: one JSON line per file, in order; an unreadable file still gets its line.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleInvite } from '../../infra/local/sample-invite.js';

describe('npm run followup -- parse', () => {
  it('prints the contract fields per file and goes on after a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-cli-'));
    const invite = join(dir, 'invite.eml');
    writeFileSync(invite, sampleInvite({ from: 'sam@example.net', to: 'sam@example.net', start: new Date('2027-03-10T19:00:00Z'), sentAt: new Date('2027-03-01T14:00:00Z') }));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'infra/cli.ts', 'parse', '--user-tz', 'America/Chicago', invite, join(dir, 'missing.eml')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const [a, b] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(a).toMatchObject({ file: 'invite.eml', kind: 'interview', company: 'Northwind Labs', role: 'Senior Backend Engineer', start: '2027-03-10T14:00:00-05:00', end: '2027-03-10T14:45:00-05:00', timeZone: 'America/New_York', format: 'video', meetingUrl: 'https://meet.google.com/nwl-abcd-xyz' });
    for (const k of ['interviewers', 'location', 'confidence', 'questions']) expect(a).toHaveProperty(k);
    expect(b).toMatchObject({ kind: 'unrecognized' });
    expect(b.error).toBeTruthy();
  });
});
