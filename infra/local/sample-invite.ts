// A Google-Calendar-style interview invitation, forwarded from Gmail: multipart/mixed with the text, HTML and a
// text/calendar; method=REQUEST part (and the same .ics as an attachment), as Google sends them. Used by
// `npm run followup -- local sample` and by the end-to-end tests.
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';

export interface SampleInvite {
  from: string;
  to: string;
  start: Date;
  minutes?: number;
  company?: string;
  role?: string;
  interviewer?: { name: string; email: string };
  uid?: string;
  sequence?: number;
  method?: 'REQUEST' | 'CANCEL';
  /** when the original invite was sent (defaults to two days before the start) */
  sentAt?: Date;
}

const fold = (line: string) => line.replace(/(.{74})(?=.)/g, '$1\r\n ');

export function sampleInvite(o: SampleInvite): string {
  const zone = 'America/New_York'; // the VTIMEZONE below is US Eastern's
  const company = o.company ?? 'Northwind Labs';
  const role = o.role ?? 'Senior Backend Engineer';
  const who = o.interviewer ?? { name: 'Dana Whitfield', email: 'dana.whitfield@northwindlabs.example' };
  const start = DateTime.fromJSDate(o.start, { zone });
  const end = start.plus({ minutes: o.minutes ?? 45 });
  const sent = DateTime.fromJSDate(o.sentAt ?? new Date(o.start.getTime() - 2 * 86400_000), { zone });
  const uid = o.uid ?? `${randomBytes(10).toString('hex')}@google.com`;
  const meet = 'https://meet.google.com/nwl-abcd-xyz';
  const stamp = (d: DateTime) => d.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
  const local = (d: DateTime) => d.toFormat("yyyyMMdd'T'HHmmss");
  const method = o.method ?? 'REQUEST';
  const title = `${method === 'CANCEL' ? 'Canceled: ' : ''}${role} interview - ${company} (${who.name})`;
  const ics = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    'X-LIC-LOCATION:' + zone,
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:-0500',
    'TZOFFSETTO:-0400',
    'TZNAME:EDT',
    'DTSTART:19700308T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:-0400',
    'TZOFFSETTO:-0500',
    'TZNAME:EST',
    'DTSTART:19701101T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `DTSTART;TZID=${zone}:${local(start)}`,
    `DTEND;TZID=${zone}:${local(end)}`,
    `DTSTAMP:${stamp(sent)}`,
    `ORGANIZER;CN=${who.name}:mailto:${who.email}`,
    `UID:${uid}`,
    `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=${who.name};X-NUM-GUESTS=0:mailto:${who.email}`,
    `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=${o.to};X-NUM-GUESTS=0:mailto:${o.to}`,
    `X-GOOGLE-CONFERENCE:${meet}`,
    `CREATED:${stamp(sent)}`,
    `DESCRIPTION:Interview for the ${role} position at ${company}.\\n\\nJoin with Google Meet: ${meet}`,
    `LAST-MODIFIED:${stamp(sent)}`,
    `LOCATION:`,
    `SEQUENCE:${o.sequence ?? 0}`,
    `STATUS:${method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${title}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
    .map(fold)
    .join('\r\n');
  const when = `${start.toFormat('cccc LLL d, yyyy ⋅ h:mma').replace('AM', 'am').replace('PM', 'pm')} – ${end.toFormat('h:mma').toLowerCase()} (${start.toFormat('ZZZZ')})`;
  const text = [
    '',
    '---------- Forwarded message ---------',
    `From: ${who.name} <${who.email}>`,
    `Date: ${sent.toFormat("ccc, LLL d, yyyy 'at' h:mm a")}`,
    `Subject: Invitation: ${title} @ ${start.toFormat('ccc LLL d, yyyy h:mma')} - ${end.toFormat('h:mma')} (${start.toFormat('ZZZZ')}) (${o.to})`,
    `To: <${o.to}>`,
    '',
    '',
    `${title}`,
    `${when}`,
    '',
    `Join with Google Meet: ${meet}`,
    '',
    'Guests',
    `${who.name} - organizer`,
    `${o.to}`,
    '',
    `Interview for the ${role} position at ${company}.`,
    '',
    'Invitation from Google Calendar',
  ].join('\r\n');
  const boundary = `000000000000${randomBytes(8).toString('hex')}`;
  const alt = `000000000000${randomBytes(8).toString('hex')}`;
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64').replace(/.{1,76}/g, '$&\r\n');
  return [
    `From: ${o.from}`,
    `To: ${o.to}`,
    `Subject: Fwd: Invitation: ${title}`,
    `Date: ${DateTime.fromJSDate(new Date(Math.max(sent.toMillis() + 3600_000, 0))).toRFC2822()}`,
    `Message-ID: <${randomBytes(12).toString('hex')}@mail.gmail.com>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    `Content-Type: multipart/alternative; boundary="${alt}"`,
    '',
    `--${alt}`,
    'Content-Type: text/plain; charset="UTF-8"',
    'Content-Transfer-Encoding: base64',
    '',
    b64(text),
    `--${alt}`,
    `Content-Type: text/calendar; charset="UTF-8"; method=${method}`,
    'Content-Transfer-Encoding: base64',
    '',
    b64(ics),
    `--${alt}--`,
    '',
    `--${boundary}`,
    `Content-Type: application/ics; name="invite.ics"`,
    'Content-Disposition: attachment; filename="invite.ics"',
    'Content-Transfer-Encoding: base64',
    '',
    b64(ics),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
