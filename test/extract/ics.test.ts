import { describe, expect, it } from 'vitest';
import { readCalendar } from '../../shared/extract/ics.js';
import { ics } from './helpers.js';

const utc = (d: Date | undefined) => d?.toISOString().replace('.000Z', 'Z');

describe('readCalendar', () => {
  it('maps Windows zone names to IANA and applies DST for the event date', () => {
    // Prepare
    const text = ics(['METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:win-1', 'DTSTART;TZID=Eastern Standard Time:20260422T110000', 'DTEND;TZID=Eastern Standard Time:20260422T120000', 'END:VEVENT']);
    // Act
    const cal = readCalendar(text);
    // Assess
    expect(cal.method).toBe('REQUEST');
    expect(cal.events[0].start?.zone).toBe('America/New_York');
    expect(utc(cal.events[0].start?.instant)).toBe('2026-04-22T15:00:00Z');
    expect(utc(cal.events[0].end?.instant)).toBe('2026-04-22T16:00:00Z');
  });

  it('computes offsets from a custom VTIMEZONE with yearly rules (Outlook "Customized Time Zone")', () => {
    const text = ics([
      'BEGIN:VTIMEZONE', 'TZID:Customized Time Zone',
      'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT',
      'END:VTIMEZONE',
      'BEGIN:VEVENT', 'UID:c-1', 'DTSTART;TZID=Customized Time Zone:20261103T103500', 'DTEND;TZID=Customized Time Zone:20261103T115000', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:c-2', 'DTSTART;TZID=Customized Time Zone:20260825T103500', 'DTEND;TZID=Customized Time Zone:20260825T115000', 'END:VEVENT',
    ]);
    const cal = readCalendar(text);
    expect(utc(cal.events[0].start?.instant)).toBe('2026-11-03T15:35:00Z'); // after the November switch: -05:00
    expect(utc(cal.events[1].start?.instant)).toBe('2026-08-25T14:35:00Z'); // summer: -04:00
    expect(cal.events[1].start?.zone).toBe('America/New_York');
  });

  it('reads quoted TZIDs with commas and fixed custom offsets', () => {
    const text = ics([
      'BEGIN:VTIMEZONE', 'TZID:(UTC+07:00) Bangkok\\, Hanoi\\, Jakarta',
      'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0700', 'TZOFFSETTO:+0700', 'END:STANDARD', 'END:VTIMEZONE',
      'BEGIN:VEVENT', 'UID:q-1', 'DTSTART;TZID="(UTC+07:00) Bangkok, Hanoi, Jakarta":20190430T090000', 'DTEND;TZID="(UTC+07:00) Bangkok, Hanoi, Jakarta":20190430T120000', 'END:VEVENT',
    ]);
    const ev = readCalendar(text).events[0];
    expect(utc(ev.start?.instant)).toBe('2019-04-30T02:00:00Z');
    expect(utc(ev.end?.instant)).toBe('2019-04-30T05:00:00Z');
  });

  it('treats a floating time next to a single VTIMEZONE as that zone', () => {
    const text = ics([
      'BEGIN:VTIMEZONE', 'TZID:Europe/Amsterdam',
      'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT',
      'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'END:VTIMEZONE',
      'BEGIN:VEVENT', 'UID:f-1', 'DTSTART:20221009T100000', 'DTEND:20221009T110000', 'END:VEVENT',
    ]);
    expect(utc(readCalendar(text).events[0].start?.instant)).toBe('2022-10-09T08:00:00Z');
  });

  it('derives the end from DURATION and keeps UID, SEQUENCE, attendees and CANCEL', () => {
    const text = ics([
      'METHOD:CANCEL', 'BEGIN:VEVENT', 'UID:abc@google.com', 'SEQUENCE:2', 'STATUS:CANCELLED', 'DTSTART:20240215T090000Z', 'DURATION:PT1H15M',
      'ORGANIZER;CN=Hye-jin Park:mailto:hyejin@example.org', 'ATTENDEE;CN=Owen Fitzgerald;ROLE=REQ-PARTICIPANT:mailto:owen@example.org',
      'SUMMARY:Coding Interview', 'END:VEVENT',
    ]);
    const cal = readCalendar(text);
    const ev = cal.events[0];
    expect(cal.method).toBe('CANCEL');
    expect(ev.uid).toBe('abc@google.com');
    expect(ev.sequence).toBe(2);
    expect(ev.status).toBe('CANCELLED');
    expect(utc(ev.end?.instant)).toBe('2024-02-15T10:15:00Z');
    expect(ev.organizer?.name).toBe('Hye-jin Park');
    expect(ev.attendees.map((a) => a.name)).toEqual(['Owen Fitzgerald']);
  });

  it('handles a VTIMEZONE whose rules start in year 0001 and broken TZID quoting', () => {
    const text = ics([
      'BEGIN:VTIMEZONE', 'TZID:Customized Time Zone 9',
      'BEGIN:STANDARD', 'DTSTART:00011028T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:00010325T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE',
      'BEGIN:VEVENT', 'UID:y-1', 'DTSTART;TZID="Customized Time Zone 9":20240601T100000', 'DTEND;TZID="W. Europe Standard Time:20240601T110000"', 'END:VEVENT',
    ]);
    const ev = readCalendar(text).events[0];
    expect(utc(ev.start?.instant)).toBe('2024-06-01T08:00:00Z');
    expect(utc(ev.end?.instant)).toBe('2024-06-01T09:00:00Z');
  });

  it('never throws on garbage', () => {
    for (const junk of ['', 'BEGIN:VCALENDAR', 'BEGIN:VEVENT\nDTSTART;TZID=Nowhere/Land:2026', ':::\n;;;\nBEGIN:VEVENT\nEND:VCALENDAR', 'x'.repeat(100_000)]) {
      expect(() => readCalendar(junk)).not.toThrow();
    }
  });
});
