import { describe, expect, it } from 'vitest';
import { readCorrection } from '../../shared/corrections.js';

const base = {
  sentAt: new Date('2026-03-05T16:00:00Z'),
  userTimeZone: 'America/Chicago',
  start: new Date('2026-03-10T19:00:00Z'), // Tue 3pm EDT
  end: new Date('2026-03-10T19:45:00Z'),
  timeZone: 'America/New_York',
};

describe('corrections by reply', () => {
  it('a time alone keeps the interview day and length', () => {
    const c = readCorrection('time 4pm ET', base);
    expect(c).toMatchObject({ kind: 'time' });
    if (c?.kind !== 'time') return;
    expect(c.start.toISOString()).toBe('2026-03-10T20:00:00.000Z');
    expect(c.end?.toISOString()).toBe('2026-03-10T20:45:00.000Z');
  });

  it('a full date and time with a zone', () => {
    const c = readCorrection('Date: Thursday, March 12 at 10:30am PT', base);
    if (c?.kind !== 'time') throw new Error(`got ${JSON.stringify(c)}`);
    expect(c.start.toISOString()).toBe('2026-03-12T17:30:00.000Z');
    expect(c.timeZone).toBe('America/Los_Angeles');
  });

  it('company, role, format and "not an interview"', () => {
    expect(readCorrection('company is Harbor Analytics.', base)).toEqual({ kind: 'company', value: 'Harbor Analytics' });
    expect(readCorrection('Role: Staff Data Engineer', base)).toEqual({ kind: 'role', value: 'Staff Data Engineer' });
    expect(readCorrection('format phone', base)).toEqual({ kind: 'format', value: 'phone' });
    expect(readCorrection("This isn't an interview, it's my dentist", base)).toEqual({ kind: 'not-interview' });
  });

  it('ordinary replies are not corrections', () => {
    for (const t of ['sent!', 'They went with another candidate.', 'We talked about the timeline for the role', 'offer!!', 'remind me in 3 days']) expect(readCorrection(t, base)).toBeNull();
  });
});
