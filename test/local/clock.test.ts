import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clockFromFile, InvalidDurationError, LocalClock, parseDuration } from '../../infra/local/clock.js';

const dir = mkdtempSync(join(tmpdir(), 'followup-clock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseDuration', () => {
  it.each([
    ['45s', 45_000],
    ['90m', 90 * 60_000],
    ['1h30m', 90 * 60_000],
    ['3d', 3 * 86_400_000],
    ['2w', 14 * 86_400_000],
    ['1d 12h', 36 * 3_600_000],
    ['500ms', 500],
    ['0m', 0],
  ])('parses %s', (input, expected) => {
    expect(parseDuration(input)).toBe(expected);
  });

  it.each(['', '3', 'd', '3x', '-1d', '1.5h', '30m1h', '1h1h', 'abc'])('rejects %j with a clear error', (input) => {
    expect(() => parseDuration(input)).toThrow(InvalidDurationError);
    expect(() => parseDuration(input)).toThrow(/e\.g\. "45s", "90m", "1h30m"/);
  });
});

describe('LocalClock', () => {
  it('persists its offset so a new instance (a restart) keeps it', () => {
    // Prepare
    const file = join(dir, 'clock-a.json');
    const clock = new LocalClock(file);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(50);

    // Act
    clock.advance(parseDuration('3d'));
    const reopened = new LocalClock(file);

    // Assess
    expect(reopened.offsetMs).toBe(clock.offsetMs);
    expect(reopened.now().getTime() - Date.now()).toBeGreaterThan(3 * 86_400_000 - 1000);
  });

  it('set() jumps to an instant', () => {
    const clock = new LocalClock(join(dir, 'clock-b.json'));
    const target = new Date('2031-05-01T09:00:00Z');
    clock.set(target);
    expect(Math.abs(clock.now().getTime() - target.getTime())).toBeLessThan(50);
  });

  it('clockFromFile follows writes made by another clock instance', () => {
    // Prepare
    const file = join(dir, 'clock-c.json');
    const now = clockFromFile(file);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(50); // missing file = real time

    // Act
    const writer = new LocalClock(file);
    writer.advance(parseDuration('2w'));

    // Assess
    expect(Math.abs(now().getTime() - writer.now().getTime())).toBeLessThan(50);
    writer.advance(parseDuration('1d'));
    // A second write in the same millisecond still shows: the cache key includes the inode,
    // and every write renames a fresh file into place.
    expect(Math.abs(now().getTime() - writer.now().getTime())).toBeLessThan(50);
  });

  it('reports a malformed clock file clearly', () => {
    const file = join(dir, 'clock-bad.json');
    writeFileSync(file, '{"offset": "soon"}');
    expect(() => new LocalClock(file)).toThrow(/malformed/);
    expect(() => clockFromFile(file)()).toThrow(/malformed/);
  });
});
