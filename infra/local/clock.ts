/**
 * The local runtime's clock: real time plus an offset, so `followup local advance 3d` can move the
 * whole stack into the future without touching the system clock.
 *
 * The offset lives in a small JSON file so that a restart keeps it and so that other processes
 * (the handlers, the CLI) read the same "now". Handlers never import this class: they build their
 * clock with `makeClock(process.env.FOLLOWUP_CLOCK_FILE)` (functions/commons/clock.ts), which reads the same file.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readOffset } from '../../functions/commons/clock.js';

export { clockFromFile } from '../../functions/commons/clock.js';

type ClockFile = { offsetMs: number; updatedAt?: string };

const UNIT_MS: Record<string, number> = {
  w: 7 * 24 * 60 * 60 * 1000,
  d: 24 * 60 * 60 * 1000,
  h: 60 * 60 * 1000,
  m: 60 * 1000,
  s: 1000,
  ms: 1,
};

export class InvalidDurationError extends Error {
  constructor(input: string) {
    super(
      `Invalid duration "${input}": expected one or more <number><unit> parts with units w, d, h, m, s or ms, ` +
        'largest first, e.g. "45s", "90m", "1h30m", "3d", "2w"',
    );
    this.name = 'InvalidDurationError';
  }
}

/** Parses "90m", "3d", "2w", "1h30m", "45s" (also "1d 12h", "500ms") into milliseconds. */
export function parseDuration(s: string): number {
  const input = s.trim().toLowerCase();
  const part = /(\d+)\s*(ms|w|d|h|m|s)\s*/gy;
  let total = 0;
  let lastRank = -1;
  const order = ['w', 'd', 'h', 'm', 's', 'ms'];
  let index = 0;
  while (index < input.length) {
    part.lastIndex = index;
    const match = part.exec(input);
    if (!match) throw new InvalidDurationError(s);
    const rank = order.indexOf(match[2]);
    // "30m1h" is almost certainly a typo; refuse it rather than guess.
    if (rank <= lastRank) throw new InvalidDurationError(s);
    lastRank = rank;
    total += Number(match[1]) * UNIT_MS[match[2]];
    index = part.lastIndex;
  }
  if (lastRank === -1) throw new InvalidDurationError(s);
  return total;
}


export class LocalClock {
  readonly file: string;
  private offset: number;

  constructor(file: string) {
    this.file = file;
    this.offset = readOffset(file);
  }

  get offsetMs(): number {
    return this.offset;
  }

  now(): Date {
    return new Date(Date.now() + this.offset);
  }

  set(instant: Date): void {
    if (Number.isNaN(instant.getTime())) throw new Error('LocalClock.set: invalid date');
    this.offset = instant.getTime() - Date.now();
    this.persist();
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms)) throw new Error('LocalClock.advance: ms must be a finite number');
    this.offset += ms;
    this.persist();
  }

  private persist(): void {
    const body: ClockFile = { offsetMs: this.offset, updatedAt: new Date().toISOString() };
    mkdirSync(dirname(this.file), { recursive: true });
    // Write-then-rename so a reader in another process never sees a half-written file.
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(body) + '\n');
    renameSync(tmp, this.file);
  }
}

