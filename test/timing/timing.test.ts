import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planPrompts, type PlanEvent } from '../../shared/timing.js';
import { planLine } from '../../shared/plan-line.js';
import type { Format, ReplyIntent } from '../../shared/types.js';
import { REPLY_INTENTS, TERMINAL_INTENTS } from '../../shared/types.js';
import { DateTime } from 'luxon';

const d = (s: string) => new Date(s);
const iso = (x: Date) => x.toISOString().replace('.000Z', 'Z');

function plan(start: string, end: string | null, format: Format, zone: string, recordedAt: string, events: { intent: ReplyIntent; at: string; date?: string }[] = []) {
  return planPrompts({
    interview: { start: d(start), end: end ? d(end) : null, format },
    userTimeZone: zone,
    recordedAt: d(recordedAt),
    events: events.map((e) => ({ ...e, at: d(e.at) })),
  }).map((p) => `${p.type} ${iso(p.at)}`);
}

describe('timing policy: worked example', () => {
  it('video Tue 2026-03-10 14:00 New York, user in Chicago, recorded Mar 5', () => {
    // Prepare / Act
    const got = plan('2026-03-10T14:00:00-04:00', null, 'video', 'America/Chicago', '2026-03-05T15:00:00Z');
    // Assess
    expect(got).toEqual([
      'prep 2026-03-09T23:00:00Z',
      'final-check 2026-03-10T17:00:00Z',
      'thank-you 2026-03-10T19:15:00Z',
      'check-in 2026-03-17T14:30:00Z',
      'check-in 2026-03-31T14:30:00Z',
    ]);
  });
});

describe('timing policy: each rule', () => {
  const NY = 'America/New_York';
  it.each([
    ['phone', '2026-06-02T14:30:00Z'],
    ['video', '2026-06-02T14:45:00Z'],
    ['onsite', '2026-06-02T17:00:00Z'],
  ] as const)('missing end: %s default length decides the thank-you', (format, thanks) => {
    const got = plan('2026-06-02T13:30:00Z', null, format, NY, '2026-05-01T00:00:00Z');
    expect(got).toContain(`thank-you ${thanks}`);
  });

  it('a stated end wins over the default length', () => {
    expect(plan('2026-06-02T13:30:00Z', '2026-06-02T15:00:00Z', 'phone', NY, '2026-05-01T00:00:00Z')).toContain('thank-you 2026-06-02T15:30:00Z');
  });

  it('prep is 18:00 U on the day before S in U, not in the interview zone', () => {
    // 01:00 Tokyo on Jun 3 is Jun 2 in New York: prep is 18:00 NY on Jun 1.
    const got = plan('2026-06-03T01:00:00+09:00', null, 'video', NY, '2026-05-01T00:00:00Z');
    expect(got[0]).toBe('prep 2026-06-01T22:00:00Z');
  });

  it('late prep is sent at R when S is more than 120 min away', () => {
    expect(plan('2026-06-02T18:00:00Z', null, 'phone', NY, '2026-06-02T15:59:00Z')[0]).toBe('prep 2026-06-02T15:59:00Z');
  });

  it('late prep is skipped when S is exactly 120 min away or closer', () => {
    const got = plan('2026-06-02T18:00:00Z', null, 'phone', NY, '2026-06-02T16:00:00Z');
    expect(got.some((p) => p.startsWith('prep'))).toBe(false);
  });

  it('a prep time equal to R is due at R', () => {
    expect(plan('2026-06-02T18:00:00Z', null, 'phone', NY, '2026-06-01T22:00:00Z')[0]).toBe('prep 2026-06-01T22:00:00Z');
  });

  it('final-check is S − 60 min and skipped when already passed', () => {
    expect(plan('2026-06-02T18:00:00Z', null, 'phone', NY, '2026-05-01T00:00:00Z')).toContain('final-check 2026-06-02T17:00:00Z');
    expect(plan('2026-06-02T18:00:00Z', null, 'phone', NY, '2026-06-02T17:00:01Z').some((p) => p.startsWith('final-check'))).toBe(false);
    expect(plan('2026-06-02T18:00:00Z', null, 'phone', NY, '2026-06-02T17:00:00Z')).toContain('final-check 2026-06-02T17:00:00Z');
  });

  it('final-check ignores quiet hours', () => {
    // 06:00 NY interview: final check at 05:00 NY.
    expect(plan('2026-06-02T10:00:00Z', null, 'phone', NY, '2026-05-01T00:00:00Z')).toContain('final-check 2026-06-02T09:00:00Z');
  });

  it('thank-you in 21:00–24:00 U moves to 08:00 the next day', () => {
    // ends 20:30 NY (+30 = 21:00 exactly) → 08:00 next day
    expect(plan('2026-06-02T23:30:00Z', '2026-06-03T00:30:00Z', 'video', NY, '2026-05-01T00:00:00Z')).toContain('thank-you 2026-06-03T12:00:00Z');
  });

  it('thank-you in 00:00–08:00 U moves to 08:00 that day; 08:00 itself stays', () => {
    expect(plan('2026-06-03T05:00:00Z', '2026-06-03T06:00:00Z', 'video', NY, '2026-05-01T00:00:00Z')).toContain('thank-you 2026-06-03T12:00:00Z');
    expect(plan('2026-06-03T10:00:00Z', '2026-06-03T11:30:00Z', 'video', NY, '2026-05-01T00:00:00Z')).toContain('thank-you 2026-06-03T12:00:00Z');
  });

  it('a late thank-you is sent at R; one whose moved time is still ahead waits for it', () => {
    // Interview ended 20:45 NY (+30 = 21:15), forwarded at 22:00 NY: moved to 08:00 next day, still ahead → waits.
    expect(plan('2026-06-02T23:45:00Z', '2026-06-03T00:45:00Z', 'video', NY, '2026-06-03T02:00:00Z')).toContain('thank-you 2026-06-03T12:00:00Z');
    // Ended 19:00 NY (+30 = 19:30, no move), forwarded at 22:00 NY → at R.
    expect(plan('2026-06-02T22:00:00Z', '2026-06-02T23:00:00Z', 'video', NY, '2026-06-03T02:00:00Z')).toContain('thank-you 2026-06-03T02:00:00Z');
    // Moved time already passed too (forwarded two days later) → at R.
    expect(plan('2026-06-02T23:45:00Z', '2026-06-03T00:45:00Z', 'video', NY, '2026-06-05T02:00:00Z')).toContain('thank-you 2026-06-05T02:00:00Z');
  });

  it('check-in #1 on a weekend moves to Monday; #2 counts from #1 as moved', () => {
    // Saturday Jun 6 interview → Sat Jun 13 → Mon Jun 15 09:30 NY; #2 Jun 29 (Mon).
    const got = plan('2026-06-06T14:00:00Z', null, 'video', NY, '2026-05-01T00:00:00Z');
    expect(got.slice(-2)).toEqual(['check-in 2026-06-15T13:30:00Z', 'check-in 2026-06-29T13:30:00Z']);
  });

  it('a late check-in #1 goes to the first business day after R', () => {
    // Interview Jun 1, recorded Friday Jun 12 → Monday Jun 15.
    const got = plan('2026-06-01T14:00:00Z', null, 'video', NY, '2026-06-12T15:00:00Z');
    expect(got).toEqual(['thank-you 2026-06-12T15:00:00Z', 'check-in 2026-06-15T13:30:00Z', 'check-in 2026-06-29T13:30:00Z']);
  });

  it('ties keep the table order', () => {
    // Late forward: prep at R and thank-you at R tie — not possible (prep needs S ahead); final-check vs prep tie:
    // recorded at S − 60 min with S more than … no; use a thank-you and check-in tie instead (both at R impossible).
    const got = planPrompts({
      interview: { start: d('2026-06-01T12:00:00Z'), end: null, format: 'phone' },
      userTimeZone: NY,
      recordedAt: d('2026-06-30T13:30:00Z'), // a Tuesday 09:30 NY
      events: [],
    });
    // thank-you at R (09:30), check-in #1 on the next business day after R
    expect(got[0].type).toBe('thank-you');
    expect(got.map((p) => p.key)).toEqual(['thank-you-1', 'check-in-1', 'check-in-2']);
  });
});

describe('timing policy: replies', () => {
  const C = 'America/Chicago';
  const S = '2026-03-10T14:00:00-04:00';
  const R = '2026-03-05T15:00:00Z';
  const base = (events: { intent: ReplyIntent; at: string; date?: string }[]) => plan(S, null, 'video', C, R, events);

  it('sent drops the pending thank-you only', () => {
    expect(base([{ intent: 'sent', at: '2026-03-10T19:00:00Z' }])).toEqual([
      'prep 2026-03-09T23:00:00Z',
      'final-check 2026-03-10T17:00:00Z',
      'check-in 2026-03-17T14:30:00Z',
      'check-in 2026-03-31T14:30:00Z',
    ]);
  });

  it('a prompt at the same instant as a reply has already fired', () => {
    expect(base([{ intent: 'sent', at: '2026-03-10T19:15:00Z' }])).toContain('thank-you 2026-03-10T19:15:00Z');
    expect(base([{ intent: 'stop', at: '2026-03-10T19:15:00Z' }])).toEqual([
      'prep 2026-03-09T23:00:00Z',
      'final-check 2026-03-10T17:00:00Z',
      'thank-you 2026-03-10T19:15:00Z',
    ]);
  });

  it('heard-back resets check-ins to X + 7 days, even after both fired', () => {
    const got = base([{ intent: 'heard-back', at: '2026-04-02T15:00:00Z' }]); // Thu Apr 2 → Thu Apr 9
    expect(got.slice(-4)).toEqual([
      'check-in 2026-03-17T14:30:00Z',
      'check-in 2026-03-31T14:30:00Z',
      'check-in 2026-04-09T14:30:00Z',
      'check-in 2026-04-23T14:30:00Z',
    ]);
  });

  it('decision-date puts check-in #1 on the first business day after D', () => {
    const got = base([{ intent: 'decision-date', at: '2026-03-11T15:00:00Z', date: '2026-03-20' }]); // Fri → Mon Mar 23
    expect(got.slice(-2)).toEqual(['check-in 2026-03-23T14:30:00Z', 'check-in 2026-04-06T13:30:00Z'.replace('13:30', '14:30')]);
  });

  it('a new check-in #1 not after X moves to the first business day after X', () => {
    // Decision date in the past relative to the reply.
    const got = base([{ intent: 'decision-date', at: '2026-03-26T20:00:00Z', date: '2026-03-12' }]); // Thu → Fri Mar 27
    expect(got.slice(-2)).toEqual(['check-in 2026-03-27T14:30:00Z', 'check-in 2026-04-10T14:30:00Z']);
  });

  it.each(TERMINAL_INTENTS)('%s drops everything pending and closes the interview', (intent) => {
    const got = base([
      { intent, at: '2026-03-10T12:00:00Z' },
      { intent: 'heard-back', at: '2026-03-12T12:00:00Z' },
    ]);
    expect(got).toEqual(['prep 2026-03-09T23:00:00Z']);
  });

  it.each(['bombed', 'note', 'help', 'snooze'] as const)('%s changes no timed prompt', (intent) => {
    expect(base([{ intent, at: '2026-03-10T20:00:00Z' }])).toEqual(base([]));
  });

  it('replies at the same instant keep their input order', () => {
    const a = base([
      { intent: 'heard-back', at: '2026-03-12T15:00:00Z' },
      { intent: 'decision-date', at: '2026-03-12T15:00:00Z', date: '2026-04-01' },
    ]);
    expect(a.slice(-2)).toEqual(['check-in 2026-04-02T13:30:00Z'.replace('13:30', '14:30'), 'check-in 2026-04-16T14:30:00Z']);
  });
});

describe('plan command lines', () => {
  it('malformed lines yield an error on their line', () => {
    expect(JSON.parse(planLine('{'))).toHaveProperty('error');
    expect(JSON.parse(planLine('{"interview":{"start":"x","format":"video"},"userTimeZone":"UTC","recordedAt":"2026-01-01T00:00:00Z"}')).error).toMatch(/start/);
    expect(JSON.parse(planLine('{"interview":{"start":"2026-01-02T00:00:00Z","format":"video"},"userTimeZone":"Mars/Base","recordedAt":"2026-01-01T00:00:00Z"}')).error).toMatch(/userTimeZone/);
    expect(JSON.parse(planLine('{"interview":{"start":"2026-01-02T00:00:00Z","format":"video"},"userTimeZone":"UTC","recordedAt":"2026-01-01T00:00:00Z","events":[{"intent":"decision-date","at":"2026-01-03T00:00:00Z"}]}')).error).toMatch(/date/);
  });
  it('a good line yields prompts with ISO instants', () => {
    const out = JSON.parse(planLine('{"interview":{"start":"2026-03-10T14:00:00-04:00","end":null,"format":"video"},"userTimeZone":"America/Chicago","recordedAt":"2026-03-05T15:00:00Z","events":[]}'));
    expect(out.prompts[0]).toEqual({ type: 'prep', at: '2026-03-09T23:00:00Z' });
  });
});

// ---- Properties ----------------------------------------------------------------------------------------------

const ZONES = [
  'America/Chicago', 'America/New_York', 'America/St_Johns', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Eucla',
  'Australia/Adelaide', 'Australia/Sydney', 'Pacific/Auckland', 'America/Santiago', 'America/Sao_Paulo', 'Asia/Tokyo',
  'Europe/London', 'Europe/Berlin', 'Pacific/Chatham', 'Asia/Tehran', 'UTC', 'Africa/Casablanca', 'Pacific/Kiritimati',
];
// DST switches in 2026 worth landing on (and around).
const PIVOTS = ['2026-03-08T08:00:00Z', '2026-11-01T07:00:00Z', '2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-04-05T16:00:00Z', '2026-09-27T14:00:00Z', '2026-04-04T23:00:00Z', '2026-06-15T12:00:00Z'];

const arbCase = fc.record({
  zone: fc.constantFrom(...ZONES),
  pivot: fc.constantFrom(...PIVOTS),
  startOffsetMin: fc.integer({ min: -3 * 24 * 60, max: 20 * 24 * 60 }),
  lengthMin: fc.option(fc.integer({ min: 15, max: 8 * 60 }), { nil: null }),
  format: fc.constantFrom<Format>('phone', 'video', 'onsite'),
  // recorded from 30 days before to 20 days after the start (late forwards)
  recordLeadMin: fc.integer({ min: -20 * 24 * 60, max: 30 * 24 * 60 }),
  events: fc.array(
    fc.record({
      intent: fc.constantFrom<ReplyIntent>(...REPLY_INTENTS),
      afterMin: fc.integer({ min: 0, max: 40 * 24 * 60 }),
      dateDays: fc.integer({ min: -5, max: 40 }),
    }),
    { maxLength: 6 },
  ),
});

type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;

function build(c: Case) {
  const start = new Date(Date.parse(c.pivot) + c.startOffsetMin * 60_000);
  const recordedAt = new Date(start.getTime() - c.recordLeadMin * 60_000);
  const events: PlanEvent[] = c.events.map((e) => {
    const at = new Date(recordedAt.getTime() + e.afterMin * 60_000);
    const date = DateTime.fromJSDate(at, { zone: c.zone }).plus({ days: e.dateDays }).toISODate()!;
    return { intent: e.intent, at, date };
  });
  return {
    input: { interview: { start, end: c.lengthMin ? new Date(start.getTime() + c.lengthMin * 60_000) : null, format: c.format }, userTimeZone: c.zone, recordedAt, events },
  };
}

describe('timing policy: properties', () => {
  it('prompts come in time order and never before R', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { input } = build(c);
        const got = planPrompts(input);
        for (let i = 1; i < got.length; i++) expect(got[i].at.getTime()).toBeGreaterThanOrEqual(got[i - 1].at.getTime());
        for (const p of got) expect(p.at.getTime()).toBeGreaterThanOrEqual(input.recordedAt.getTime());
      }),
      { numRuns: 1500 },
    );
  });

  it('a thank-you is never in 21:00–08:00 user time unless it is sent at R', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { input } = build(c);
        for (const p of planPrompts(input).filter((x) => x.type === 'thank-you')) {
          if (p.at.getTime() === input.recordedAt.getTime()) continue;
          const h = DateTime.fromJSDate(p.at, { zone: c.zone }).hour;
          expect(h >= 8 && h < 21).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('check-ins are at 09:30 user time on business days', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { input } = build(c);
        for (const p of planPrompts(input).filter((x) => x.type === 'check-in')) {
          const t = DateTime.fromJSDate(p.at, { zone: c.zone });
          expect([t.hour, t.minute]).toEqual([9, 30]);
          expect(t.weekday).toBeLessThanOrEqual(5);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('at most two check-ins after each reset, and nothing after a terminal reply', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { input } = build(c);
        const got = planPrompts(input);
        const sorted = [...input.events].sort((a, b) => a.at.getTime() - b.at.getTime());
        const terminal = sorted.find((e) => TERMINAL_INTENTS.includes(e.intent));
        if (terminal) for (const p of got) expect(p.at.getTime()).toBeLessThanOrEqual(terminal.at.getTime());
        // Between consecutive resets (and after the last), at most two check-ins fire.
        const cut = terminal ? terminal.at.getTime() : Infinity;
        const resets = sorted.filter((e) => (e.intent === 'heard-back' || e.intent === 'decision-date') && e.at.getTime() < cut).map((e) => e.at.getTime());
        const bounds = [-Infinity, ...resets, Infinity];
        const checkIns = got.filter((p) => p.type === 'check-in').map((p) => p.at.getTime());
        for (let i = 0; i < bounds.length - 1; i++) {
          const inWindow = checkIns.filter((t) => t > bounds[i] && t <= bounds[i + 1]);
          // a window may hold the two check-ins it created only
          expect(inWindow.length).toBeLessThanOrEqual(2 * (i + 1));
        }
        expect(checkIns.filter((t) => t > (resets.at(-1) ?? -Infinity)).length).toBeLessThanOrEqual(2);
      }),
      { numRuns: 1500 },
    );
  });

  it('keys are unique per plan and stable for prompts that have already fired', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { input } = build(c);
        const full = planPrompts(input);
        expect(new Set(full.map((p) => p.key)).size).toBe(full.length);
        // Replaying only the replies up to the last one, prompts up to that instant are unchanged.
        const sorted = [...input.events].sort((a, b) => a.at.getTime() - b.at.getTime());
        if (sorted.length === 0) return;
        const last = sorted.at(-1)!.at.getTime();
        const fewer = planPrompts({ ...input, events: input.events.filter((e) => e !== sorted.at(-1)) });
        const fired = (ps: typeof full) => ps.filter((p) => p.at.getTime() <= last).map((p) => `${p.key}@${p.at.getTime()}`);
        expect(fired(full)).toEqual(fired(fewer));
      }),
      { numRuns: 1000 },
    );
  });
});
