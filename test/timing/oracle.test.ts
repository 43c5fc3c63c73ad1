// Differential test: shared/timing.ts planPrompts vs the independent oracle in ./oracle.ts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { planPrompts } from '../../shared/timing.js';
import { REPLY_INTENTS } from '../../shared/types.js';
import { oraclePlan, type Format, type OracleInput } from './oracle.js';

const MIN = 60_000;
const DAY = 1440 * MIN;

export const ZONES = [
  'UTC',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Eucla',
  'America/St_Johns',
  'Pacific/Chatham',
  'Australia/Sydney',
  'America/Santiago',
  'Pacific/Auckland',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Helsinki',
  // extra oddities: 30-min DST, midnight switches, negative DST, +2h DST
  'Australia/Lord_Howe',
  'America/Havana',
  'Europe/Dublin',
  'Africa/Casablanca',
  'Antarctica/Troll',
  'Asia/Tehran',
];

/** 2026–2027 DST switch instants (approx. is fine; we jitter around them) in the zones above. */
function switchInstants(): number[] {
  const out = new Set<number>();
  for (const zone of ZONES) {
    let t = Date.UTC(2025, 11, 1);
    const endT = Date.UTC(2028, 0, 1);
    let prev = DateTime.fromMillis(t, { zone }).offset;
    for (; t < endT; t += 3600_000) {
      const o = DateTime.fromMillis(t, { zone }).offset;
      if (o !== prev) out.add(t);
      prev = o;
    }
  }
  return [...out].sort((a, b) => a - b);
}
const SWITCHES = switchInstants();

const INTENTS = REPLY_INTENTS;
// Weighted so that the non-terminal, plan-changing intents are common.
const intentArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('sent', 'heard-back', 'decision-date') },
  { weight: 2, arbitrary: fc.constantFrom('bombed', 'note', 'help', 'snooze') },
  { weight: 2, arbitrary: fc.constantFrom('next-round', 'offer', 'rejected', 'withdrawn', 'missed', 'stop') },
);
void INTENTS;

const formatArb = fc.constantFrom<Format>('phone', 'video', 'onsite');

const startGridArb = fc.oneof(
  // around a DST switch, any minute of any hour within ±12 days
  fc.tuple(fc.constantFrom(...SWITCHES), fc.integer({ min: -12 * 1440, max: 12 * 1440 })).map(([s, m]) => s + m * MIN),
  // around a DST switch, 15-minute grid (hits exact quarter hours such as 20:30 / 07:30)
  fc.tuple(fc.constantFrom(...SWITCHES), fc.integer({ min: -12 * 96, max: 12 * 96 })).map(([s, q]) => s + q * 15 * MIN),
  // anywhere in 2026–2027 on a 5-minute grid
  fc.integer({ min: 0, max: (730 * 1440) / 5 }).map((k) => Date.UTC(2026, 0, 1) + k * 5 * MIN),
);
// Mostly whole minutes; sometimes a sub-minute jitter (seconds / milliseconds) to probe rounding.
const startArb = fc
  .tuple(startGridArb, fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -59_999, max: 59_999 }) }))
  .map(([t, j]) => t + j);

const endLenArb = fc.option(
  fc.oneof(
    fc.integer({ min: 1, max: 600 }),
    fc.constantFrom(15, 30, 45, 60, 90, 120, 180, 240, 480),
    fc.integer({ min: 1, max: 600_000 }).map((ms) => ms / 1000), // fractional minutes
  ),
  { nil: null, freq: 3 },
);

interface Base {
  zone: string;
  S: number;
  endLen: number | null;
  format: Format;
}

function planInstants(b: Base, R: number): number[] {
  return oraclePlan({
    interview: { start: new Date(b.S), end: b.endLen === null ? null : new Date(b.S + b.endLen * MIN), format: b.format },
    userTimeZone: b.zone,
    recordedAt: new Date(R),
    events: [],
  }).map((p) => p.at.getTime());
}

const baseArb: fc.Arbitrary<Base> = fc.record({ zone: fc.constantFrom(...ZONES), S: startArb, endLen: endLenArb, format: formatArb });

function localDateStr(zone: string, t: number): string {
  return DateTime.fromMillis(t, { zone }).toISODate()!;
}

const caseArb = baseArb.chain((b) => {
  // Candidate edge instants for R: prompt times computed as if recorded long before; S − 120 min exactly, ±1 min.
  const early = planInstants(b, b.S - 60 * DAY);
  const edgesR = [...early, b.S - 120 * MIN, b.S - 121 * MIN, b.S - 119 * MIN, b.S, b.S - 60 * MIN + 1, b.S + 30 * MIN];
  const rArb = fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: -28 * 1440, max: 28 * 1440 }).map((m) => b.S + m * MIN) },
    { weight: 1, arbitrary: fc.integer({ min: -3 * 1440, max: 3 * 1440 }).map((m) => b.S + m * MIN) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom(...edgesR), fc.constantFrom(0, 0, 0, -MIN, MIN, -1, 1)).map(([t, d]) => t + d),
    },
  );
  return rArb.chain((R) => {
    const plan = planInstants(b, R);
    const instantArb = fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 40 * 1440 }).map((m) => R + m * MIN) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 120 * 1440 * 60 }).map((s) => R + s * 1000) },
      { weight: 2, arbitrary: fc.constantFrom(R, ...plan) },
      { weight: 1, arbitrary: fc.constantFrom(R, ...plan).map((t) => t + MIN) },
      { weight: 1, arbitrary: fc.constantFrom(R, ...plan).map((t) => Math.max(R, t - MIN)) },
    );
    const eventArb = fc
      .record({ intent: intentArb, at: instantArb, dd: fc.oneof(fc.integer({ min: -12, max: 25 }), fc.integer({ min: -400, max: 400 })) })
      .map(({ intent, at, dd }) => ({
        intent,
        at,
        date: intent === 'decision-date' ? localDateStr(b.zone, at + dd * DAY) : null,
      }));
    // Some events are duplicated at the same instant (several replies at once).
    const eventsArb = fc
      .array(fc.tuple(eventArb, fc.boolean()), { minLength: 0, maxLength: 6 })
      .map((xs) => {
        const out: { intent: string; at: number; date: string | null }[] = [];
        for (const [e, sameAsPrev] of xs) {
          const prev = out[out.length - 1];
          out.push(sameAsPrev && prev ? { ...e, at: prev.at } : e);
        }
        return out;
      });
    return eventsArb.map((events) => ({ ...b, R, events }));
  });
});

type Case = Base & { R: number; events: { intent: string; at: number; date: string | null }[] };

export function toInput(c: Case): OracleInput {
  return {
    interview: { start: new Date(c.S), end: c.endLen === null ? null : new Date(c.S + c.endLen * MIN), format: c.format },
    userTimeZone: c.zone,
    recordedAt: new Date(c.R),
    events: c.events.map((e) => ({ intent: e.intent, at: new Date(e.at), date: e.date })),
  };
}

function show(ps: { type: string; at: Date }[]): string[] {
  return ps.map((p) => `${p.type}@${p.at.toISOString()}`);
}

function describeCase(c: Case): string {
  const i = toInput(c);
  return JSON.stringify({
    interview: { start: i.interview.start.toISOString(), end: i.interview.end?.toISOString() ?? null, format: c.format },
    userTimeZone: c.zone,
    recordedAt: i.recordedAt.toISOString(),
    events: i.events.map((e) => ({ intent: e.intent, at: e.at.toISOString(), date: e.date })),
  });
}

export const SEEDS = [20261201, 42, 7_777_777];
export { caseArb };

describe('planPrompts agrees with the independent policy oracle', () => {
  for (const seed of SEEDS) {
    it(`random cases, seed ${seed}`, () => {
      fc.assert(
        fc.property(caseArb, (c) => {
          const input = toInput(c);
          const product = show(planPrompts(input as never) as { type: string; at: Date }[]);
          const oracle = show(oraclePlan(input));
          expect(product, describeCase(c)).toEqual(oracle);
        }),
        { seed, numRuns: 2000 },
      );
    });
  }

  it('worked example from the policy', () => {
    const input: OracleInput = {
      interview: { start: new Date('2026-03-10T18:00:00Z'), end: null, format: 'video' },
      userTimeZone: 'America/Chicago',
      recordedAt: new Date('2026-03-05T15:00:00Z'),
      events: [],
    };
    const expected = [
      'prep@2026-03-09T23:00:00.000Z',
      'final-check@2026-03-10T17:00:00.000Z',
      'thank-you@2026-03-10T19:15:00.000Z',
      'check-in@2026-03-17T14:30:00.000Z',
      'check-in@2026-03-31T14:30:00.000Z',
    ];
    expect(show(oraclePlan(input))).toEqual(expected);
    expect(show(planPrompts(input as never) as { type: string; at: Date }[])).toEqual(expected);
  });
});
