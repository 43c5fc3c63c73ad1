// The engine's fast paths must answer exactly like the general code they short-cut.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { blankUrls } from '../../shared/extract/schedule.js';
import { plainWallToInstant } from '../../shared/extract/tz.js';

/** The e-mail blanking as first written: one array slot per character. */
function blankUrlsReference(s: string): string {
  const out = s.replace(/<[^<>\s]{4,2000}>|\bhttps?:\/\/[^\s<>"]{1,2000}/g, (m) => ' '.repeat(m.length));
  if (!out.includes('@')) return out;
  const chars = out.split('');
  for (let at = out.indexOf('@'); at >= 0; at = out.indexOf('@', at + 1)) {
    let a = at;
    while (a > 0 && /[\w.+-]/.test(out[a - 1]) && at - a < 64) a--;
    let b = at + 1;
    while (b < out.length && /[\w.-]/.test(out[b]) && b - at < 255) b++;
    if (a < at && b > at + 3) for (let k = a; k < b; k++) chars[k] = ' ';
  }
  return chars.join('');
}

const ZONES = ['America/Chicago', 'America/New_York', 'America/St_Johns', 'Europe/London', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Sao_Paulo', 'UTC', 'Etc/GMT+5'];

describe('fast paths', () => {
  it('plainWallToInstant agrees with luxon whenever it answers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.record({ y: fc.integer({ min: 1960, max: 2110 }), mo: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }), h: fc.integer({ min: 0, max: 24 }), mi: fc.integer({ min: 0, max: 60 }), s: fc.integer({ min: 0, max: 60 }) }),
        (zone, w) => {
          // Act
          const fast = plainWallToInstant(w.y, w.mo, w.d, w.h, w.mi, w.s, zone);
          if (!fast) return;
          const dt = DateTime.fromObject({ year: w.y, month: w.mo, day: w.d, hour: w.h, minute: w.mi, second: w.s }, { zone });
          // Assess
          expect(dt.isValid).toBe(true);
          expect(fast.ms).toBe(dt.toMillis());
          expect(fast.offset).toBe(dt.offset);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('plainWallToInstant leaves DST changes to the general path', () => {
    // 2026-03-08 02:30 does not exist in Chicago; 2026-11-01 01:30 happens twice
    expect(plainWallToInstant(2026, 3, 8, 2, 30, 0, 'America/Chicago')).toBeNull();
    expect(plainWallToInstant(2026, 11, 1, 1, 30, 0, 'America/Chicago')).toBeNull();
    expect(plainWallToInstant(2026, 2, 30, 10, 0, 0, 'America/Chicago')).toBeNull();
  });

  it('blankUrls blanks the same characters as the per-character version', () => {
    const piece = fc.constantFrom('a', 'Z', '9', '.', '+', '-', '_', '@', ' ', '\n', '<', '>', 'https://x.io/p?q=1', 'sam@ex.com', 'a@b@c.de', '<https://t.co/abc>', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const s = parts.join('');
        expect(blankUrls(s)).toBe(blankUrlsReference(s));
      }),
      { numRuns: 2000 },
    );
  });
});
