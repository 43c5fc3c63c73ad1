import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.js';
import { decodeEntities } from '../../shared/extract/text.js';
import { findZones, namedZone } from '../../shared/extract/zones.js';
import { gmailForward, ics, mail } from './helpers.js';

const CHI = { userTimeZone: 'America/Chicago' };

describe('zone reading', () => {
  it.each([
    ['2pm ET', 'America/New_York'],
    ['2pm CST', 'America/Chicago'],
    ['2pm MDT', 'America/Denver'],
    ['2pm PT', 'America/Los_Angeles'],
    ['2pm BST', 'Europe/London'],
    ['2pm CET', 'Europe/Berlin'],
    ['2pm IST', 'Asia/Kolkata'],
    ['2pm AEDT', 'Australia/Sydney'],
    ['2pm SGT', 'Asia/Singapore'],
    ['2pm (Europe/Lisbon)', 'Europe/Lisbon'],
    ['2pm UK time', 'Europe/London'],
    ['Central Time - Chicago', 'America/Chicago'],
    ['(UTC-05:00) Eastern Time (US & Canada)', 'America/New_York'],
  ])('%s → %s', (text, zone) => {
    const z = findZones(text)[0]?.ref;
    expect(z).toMatchObject({ kind: 'iana', zone });
  });

  it('reads offsets without a named zone as offsets', () => {
    expect(findZones('11:00 (GMT+2)')[0].ref).toEqual({ kind: 'offset', minutes: 120 });
    expect(findZones('at 9:00 UTC-05:00')[0].ref).toEqual({ kind: 'offset', minutes: -300 });
  });

  it('maps Windows zone names', () => {
    expect(namedZone('Pacific Standard Time')).toMatchObject({ zone: 'America/Los_Angeles' });
    expect(namedZone('AUS Eastern Standard Time')).toMatchObject({ zone: 'Australia/Sydney' });
  });
});

describe('HTML entities', () => {
  it('decodes accented letters by name, keeping their case, and leaves unknown names alone', () => {
    expect(decodeEntities('Ingrid S&oslash;rensen, &Eacute;lodie &Scaron;imek, Ji&rcaron;&iacute; &AMP; &bogus;')).toBe(
      'Ingrid Sørensen, Élodie Šimek, Jiří & &bogus;',
    );
    expect(decodeEntities('&toString; &valueOf;')).toBe('&toString; &valueOf;');
  });
});

describe('extract: times', () => {
  it('reads "2pm EST" in July as Eastern daylight time', async () => {
    const raw = gmailForward({ from: 'Monica Reyes <monica@holloway.example>', date: 'Mon, Jul 13, 2026 at 8:30 AM', subject: 'Interview Thursday - iOS Engineer', body: 'Hi Sam,\n\nWe have you down for a video interview on Thursday, July 16 at 2pm EST: https://holloway.zoom.us/j/83312345678\n\nMonica\nRecruiter | Holloway & Co' });
    const x = await extract(raw, CHI);
    expect(x.start).toBe('2026-07-16T14:00:00-04:00');
    expect(x.timeZone).toBe('America/New_York');
  });

  it('ends at "until 3:30" in the zone of the start on the same line, not in the user zone', async () => {
    const raw = gmailForward({ from: 'Renée Castonguay <renee@ateliernord.example>', date: 'Mon, Jun 29, 2026 at 11:05 AM', subject: 'Interview tomorrow', body: "Hi Sam,\n\nHere are the details for tomorrow's interview:\n\nTime: 2:30 PM Eastern (we've blocked an hour, until 3:30)\nPlace: our studio at 41 Bond Street, New York\n\nRenée" });
    const x = await extract(raw, CHI);
    expect(x).toMatchObject({ start: '2026-06-30T14:30:00-04:00', end: '2026-06-30T15:30:00-04:00', timeZone: 'America/New_York' });
  });

  it('resolves relative weekdays against the forwarded Date line, not the forward itself', async () => {
    // the original was sent Monday Apr 20; Sam forwarded it a week later
    const raw = mail({
      date: 'Mon, 27 Apr 2026 09:00:00 -0500',
      subject: 'Fwd: chat Thursday',
      text: 'Sent from my iPhone\n\nBegin forwarded message:\n\n> From: Kwame Mensah <kwame@copperline.example>\n> Date: April 20, 2026 at 8:14:03 AM CDT\n> To: Sam Rivera <sam.rivera@example.net>\n> Subject: Network Engineer - chat Thursday\n>\n> Hi Sam, looking forward to speaking Thursday at 4pm Eastern! Link: https://meet.google.com/cpi-jict-uzh\n>\n> Kwame\n',
    });
    const x = await extract(raw, CHI);
    expect(x.start).toBe('2026-04-23T16:00:00-04:00');
    expect(x.meetingUrl).toBe('https://meet.google.com/cpi-jict-uzh');
    expect(x.interviewers.map((i) => i.name)).toEqual(['Kwame Mensah']);
  });

  it('resolves "tomorrow" against the original date in the sender\'s zone', async () => {
    const raw = gmailForward({ from: 'Ethan Brooks <ethan@sunforge.example>', date: 'Mon, Apr 6, 2026 at 1:00 PM', subject: 'Phone screen tomorrow', body: "Hi Sam,\n\nI'll give you a call tomorrow at 2pm PT for a 20-minute phone screen about the Firmware Engineer role.\n\nEthan\nRecruiter | Sunforge Solar" });
    const x = await extract(raw, CHI);
    expect(x.start).toBe('2026-04-07T14:00:00-07:00');
    expect(x.end).toBe('2026-04-07T14:20:00-07:00');
    expect(x.format).toBe('phone');
  });

  it('assumes the user zone and asks when no zone is given', async () => {
    const raw = gmailForward({ from: 'Tara <tara@smallbatch.example>', date: 'Thu, May 14, 2026 at 3:00 PM', subject: 'Small Batch Coffee - next step', body: "Hi Sam,\n\nLet's do a phone interview for the Operations Manager role on Tuesday, May 19 at 1:00 PM. I'll call you.\n\nTara" });
    const x = await extract(raw, { userTimeZone: 'America/Denver' });
    expect(x.start).toBe('2026-05-19T13:00:00-06:00');
    expect(x.timeZone).toBe('America/Denver');
    expect(x.questions.join(' ')).toMatch(/time zone/i);
    expect(x.end).toBeNull();
  });

  it('keeps an offset-only time as an offset with a null timeZone', async () => {
    const raw = gmailForward({ from: 'Nikos <nikos@aegean.example>', date: 'Wed, Jun 10, 2026 at 2:00 AM', subject: 'Technical interview - Full Stack Developer', body: 'Your technical interview is confirmed for June 18, 2026 at 11:00 (GMT+2), duration 60 minutes.' });
    const x = await extract(raw, CHI);
    expect(x.start).toBe('2026-06-18T11:00:00+02:00');
    expect(x.end).toBe('2026-06-18T12:00:00+02:00');
    expect(x.timeZone).toBeNull();
  });

  it('asks about an ambiguous numeric date and lowers confidence', async () => {
    const raw = gmailForward({ from: 'Harriet <h@bramble.example>', date: 'Mon, Feb 23, 2026 at 4:00 AM', subject: 'Interview - Product Analyst', body: 'Dear Sam, your interview for the Product Analyst role is on 03/04/2026 at 10:00 GMT, on Teams.' });
    const x = await extract(raw, CHI);
    expect(x.start).toBe('2026-04-03T10:00:00+01:00'); // UK sender: day first
    expect(x.questions.join(' ')).toMatch(/could be/);
    expect(x.confidence).toBeLessThan(0.8);
  });

  it('takes the first session and the last session end of an onsite agenda, skipping lunch hosts', async () => {
    const raw = gmailForward({
      from: 'Colleen <no-reply@us.greenhouse-mail.example>', date: 'Tue, Apr 7, 2026 at 10:03 AM', subject: 'Interview Confirmation: Product Manager at Halcyon Health',
      body: 'Thank you for your interest in Halcyon Health! We are excited to confirm your onsite interview.\n\nDate Thursday, April 16, 2026\n\nPlease arrive by 9:15 AM.\n\nAll times are in EDT.\n\n9:30 AM - 10:15 AM Hiring Manager Conversation Rachel Kim\n\n10:15 AM - 11:00 AM Product Sense Oluwaseun Adebayo\n\n11:45 AM - 12:30 PM Lunch with the team (informal) Jess Tran\n\n12:30 PM - 1:15 PM Leadership Conversation Hannah Goldberg\n\nLocation Halcyon Health, 411 Congress Street, Boston, MA\n\nHalcyon Health · Sent via Greenhouse',
    });
    const x = await extract(raw, CHI);
    expect(x.start).toBe('2026-04-16T09:30:00-04:00');
    expect(x.end).toBe('2026-04-16T13:15:00-04:00');
    expect(x.format).toBe('onsite');
    expect(x.interviewers.map((i) => i.name)).toEqual(['Rachel Kim', 'Oluwaseun Adebayo', 'Hannah Goldberg']);
  });
});

describe('extract: who and what', () => {
  it('names the hiring company, not the ATS that sent the mail', async () => {
    const raw = gmailForward({ from: 'Priya Nair <no-reply@us.greenhouse-mail.example>', date: 'Tue, Mar 3, 2026 at 2:22 PM', subject: 'Interview Confirmation: Senior Backend Engineer at Northwind Labs', body: 'Hi Sam,\n\nDate Tuesday, March 10, 2026\nTime 10:00 AM - 11:00 AM CDT\nZoom https://northwindlabs.zoom.us/j/88236186350\n\nNorthwind Labs · Sent via Greenhouse' });
    const x = await extract(raw, CHI);
    expect(x.company).toBe('Northwind Labs');
    expect(x.role).toBe('Senior Backend Engineer');
    expect(x.start).toBe('2026-03-10T10:00:00-05:00');
  });

  it('reads an original forwarded as a message/rfc822 attachment', async () => {
    const inner = 'From: Meridian Rail Talent Acquisition <meridianrail@talent.icims.example>\r\nTo: Sam Rivera <sam.rivera@example.net>\r\nDate: Mon, 17 Aug 2026 09:30:55 -0500\r\nSubject: Interview Invitation - Systems Engineer\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDear Sam,\r\n\r\nWe are pleased to invite you to an in-person interview for the Systems Engineer position with Meridian Rail.\r\n\r\nInterview Date: Tuesday, August 25, 2026\r\nInterview Time: 2:00 PM CT\r\nDuration: One hour\r\nLocation: 820 West Lakeview Terrace, Chicago, IL\r\nInterview Team: Tom Kowalczyk, Manager\r\nLatoya Jenkins, Senior Systems Engineer\r\n';
    const raw = mail({ subject: 'Fwd: Interview Invitation - Systems Engineer', text: '\n', attach: inner });
    const x = await extract(raw, CHI);
    expect(x.kind).toBe('interview');
    expect(x.subject).toBe('Interview Invitation - Systems Engineer');
    expect(x.start).toBe('2026-08-25T14:00:00-05:00');
    expect(x.end).toBe('2026-08-25T15:00:00-05:00');
    expect(x.format).toBe('onsite');
    expect(x.interviewers.map((i) => i.name)).toEqual(['Tom Kowalczyk', 'Latoya Jenkins']);
  });
});

describe('extract: kinds', () => {
  const cancelIcs = ics(['METHOD:CANCEL', 'BEGIN:VEVENT', 'UID:bj7k2m9q4x1c8v5n3z6w0r2t4y@google.com', 'SEQUENCE:1', 'STATUS:CANCELLED', 'DTSTART:20260219T170000Z', 'DTEND:20260219T180000Z', 'ORGANIZER;CN=Hye-jin Park:mailto:hyejin@bluejay.example', 'ATTENDEE;CN=Owen Fitzgerald:mailto:owen@bluejay.example', 'SUMMARY:Bluejay | Sam Rivera - Coding Interview', 'END:VEVENT']);

  it('reads METHOD:CANCEL as a cancellation and keeps the UID', async () => {
    const raw = gmailForward({ from: 'Hye-jin Park <hyejin@bluejay.example>', date: 'Mon, Feb 16, 2026 at 12:00 PM', subject: 'Canceled event: Coding Interview @ Thu Feb 19, 2026 11am - 12pm (CST)', body: 'This event has been canceled.\n\nThursday Feb 19, 2026 ⋅ 11am – 12pm\n\nCentral Time - Chicago', ics: cancelIcs, icsType: 'application/ics' });
    const x = await extract(raw, CHI);
    expect(x.kind).toBe('cancellation');
    expect(x.calendarUid).toBe('bj7k2m9q4x1c8v5n3z6w0r2t4y@google.com');
    expect(x.start).toBe('2026-02-19T11:00:00-06:00');
    expect(x.timeZone).toBe('America/Chicago');
  });

  it('reads a reschedule in words as an update with the new time, not the quoted old one', async () => {
    const raw = gmailForward({ from: 'Kwame <kwame@copperline.example>', date: 'Tue, Apr 21, 2026 at 7:05 AM', subject: 'Re: chat Thursday', body: 'Hi Sam,\n\nWe need to move your interview to Wednesday at 11 ET instead.\n\nKwame\n\nOn Mon, Apr 20, 2026 at 9:14 AM Kwame <kwame@copperline.example> wrote:\n\n> Looking forward to speaking Thursday at 4pm Eastern!' });
    const x = await extract(raw, CHI);
    expect(x.kind).toBe('update');
    expect(x.start).toBe('2026-04-22T11:00:00-04:00');
  });

  it('moves an interview to a new day "at the same time", keeping the quoted original\'s time of day, zone and length', async () => {
    const raw = gmailForward({ from: 'Ngozi Okafor <ngozi@lumen.example>', date: 'Thu, Feb 5, 2026 at 9:02 AM', subject: 'Re: phone screen', body: "Hi Sam,\n\nI'm tied up on Thursday, so I've moved our phone screen to Monday at the same time.\n\nNgozi\n\nOn Wed, Feb 4, 2026 at 3:47 PM Ngozi Okafor <ngozi@lumen.example> wrote:\n\n> Let's do tomorrow at 2:30 PM Eastern for a 45-minute phone screen." });
    const x = await extract(raw, CHI);
    expect(x).toMatchObject({ kind: 'update', start: '2026-02-09T14:30:00-05:00', end: '2026-02-09T15:15:00-05:00', timeZone: 'America/New_York', previousStart: '2026-02-05T14:30:00-05:00' });
    // a full date wins over the weekday the move leaves
    const dated = gmailForward({ from: 'Astrid <astrid@gunflint.example>', date: 'Mon, Mar 23, 2026 at 10:00 AM', subject: 'Re: Onsite interview', body: "Hi Sam,\n\nIngrid is out on Thursday, so we've moved your onsite to Tuesday, March 31 – same time, same place.\n\nAstrid\n\nOn Wed, Mar 18, 2026 at 2:15 PM Astrid <astrid@gunflint.example> wrote:\n\n> Date: Thursday, March 26, 2026\n> Time: 10:00 – 11:30 AM CT\n> Location: 600 Washington Ave N, Minneapolis" });
    expect(await extract(dated, CHI)).toMatchObject({ kind: 'update', start: '2026-03-31T10:00:00-05:00', end: '2026-03-31T11:30:00-05:00' });
    // the day left ("no longer works"), a deadline ("by Friday, February 13") and the original's day are not the new day
    const quoted = "\n\nNgozi\n\nOn Wed, Feb 4, 2026 at 3:47 PM Ngozi Okafor <ngozi@lumen.example> wrote:\n\n> Let's do tomorrow at 2:30 PM Eastern for a 45-minute phone screen.";
    for (const words of ["Thursday no longer works for me, so let's do the same time on Monday instead.", 'Please send the take-home back by Friday, February 13. I have moved our phone screen to Monday at the same time.']) {
      const moved = gmailForward({ from: 'Ngozi Okafor <ngozi@lumen.example>', date: 'Thu, Feb 5, 2026 at 9:02 AM', subject: 'Re: phone screen', body: `Hi Sam,\n\n${words}${quoted}` });
      expect((await extract(moved, CHI)).start).toBe('2026-02-09T14:30:00-05:00');
    }
  });

  it('keeps a confirmed video call confirmed beside words about later steps and invites', async () => {
    const raw = gmailForward({ from: 'Kim Lee <kim@kestrel.example>', date: 'Mon, Mar 2, 2026 at 9:00 AM', subject: 'Video interview - Kestrel', body: "Hi Sam,\n\nYour video interview is confirmed for Thursday, March 5 at 2:00 PM CT: https://kestrel.zoom.us/j/81234567890\n\nIf it goes well, we'd love to meet you in person next month. We're still waiting for you to accept the calendar invite.\n\nKim" });
    expect(await extract(raw, CHI)).toMatchObject({ kind: 'interview', format: 'video', start: '2026-03-05T14:00:00-06:00' });
    const tentative = gmailForward({ from: 'Raúl <raul@kilnworth.example>', date: 'Mon, Sep 14, 2026 at 5:00 PM', subject: 'Re: panel interview', body: "Hi Sam,\n\nI've passed Thursday 9/24 at 1:00 PM CT along to the panel. I'm still waiting on one of the panelists to confirm, so please treat it as tentative for now.\n\nRaúl" });
    expect((await extract(tentative, CHI)).kind).toBe('unrecognized');
  });

  it('drops a meeting link the email says to ignore, for an in-person interview', async () => {
    const raw = gmailForward({ from: 'Yusuf Demir <yusuf@halyard.example>', date: 'Mon, Feb 16, 2026 at 9:00 AM', subject: 'Onsite interview', body: "Tuesday Feb 24, 2026 ⋅ 1pm – 3pm\nCentral Time - Chicago\n\nJoin with Google Meet <https://meet.google.com/ewr-hqpm-tzo?hs=224>\n\nIn-person interview at our office. You'll meet with Marguerite Okonjo (Controls Lead) and then Tobias Lindgren (Director of Hardware). Calendar added a Google Meet link automatically - please ignore it, this one is fully in person." });
    expect(await extract(raw, CHI)).toMatchObject({ format: 'onsite', meetingUrl: null, interviewers: [{ name: 'Marguerite Okonjo' }, { name: 'Tobias Lindgren' }] });
  });

  it('does not confirm an interview when several slots are only proposed', async () => {
    const raw = gmailForward({ from: 'Lucia <lucia@brightwater.example>', date: 'Fri, Mar 13, 2026 at 11:00 AM', subject: 'Brightwater Analytics - next steps (Analytics Engineer)', body: 'Would any of these work?\n\n• Tue 3/17, 10:00–10:45 AM CT\n• Wed 3/18, 2:00–2:45 PM CT\n\nJust reply with your preference.' });
    const x = await extract(raw, CHI);
    expect(x.kind).toBe('unrecognized');
    expect(x.start).toBeNull();
    expect(x.seen).toMatch(/proposed/);
  });

  it.each([
    ['Appointment Reminder', 'This is a reminder of your appointment with Dr. Helen Cho, DDS on Thursday, April 9, 2026 at 3:15 PM.', /appointment/],
    ['Your application to Acme', 'Unfortunately, after careful consideration, we have decided to move forward with other candidates for the Data Analyst role.', /rejection/],
    ['Thank you for applying', 'Thank you for applying for the Data Analyst position at Acme Corp! We have received your application.', /application/],
  ])('classifies "%s" as not an interview', async (subject, body, seen) => {
    const x = await extract(gmailForward({ from: 'X <x@acme.example>', date: 'Mon, Apr 6, 2026 at 9:00 AM', subject, body }), CHI);
    expect(x.kind).toBe('unrecognized');
    expect(x.seen).toMatch(seen);
  });
});

describe('extract: hostile input', () => {
  it('never throws and reports errors for unreadable input', async () => {
    for (const junk of ['', new Uint8Array(0), new Uint8Array([0, 255, 0, 13, 10, 13, 10, 1, 2, 3]), 'not an email at all']) {
      const x = await extract(junk as Uint8Array | string, CHI);
      expect(x.kind).toBe('unrecognized');
    }
    expect((await extract('', CHI)).error).toBeTruthy();
    expect((await extract(null as unknown as string, CHI)).error).toBeTruthy();
  });

  it('stays total and bounded on arbitrary bytes and pathological text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), async (bytes) => {
        const x = await extract(bytes, CHI);
        expect(['interview', 'update', 'cancellation', 'unrecognized']).toContain(x.kind);
      }),
      { numRuns: 150 },
    );
    const evil = mail({ subject: 'x'.repeat(50_000), text: ('1:1:1:1 ' + '<'.repeat(500) + ' Monday 10 ' + 'a'.repeat(300)).repeat(300) + '\n' + '9/9/9/9 '.repeat(20_000) });
    const t0 = performance.now();
    const x = await extract(evil, CHI);
    expect(x.kind).toBeDefined();
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('survives a 1 MB header and a large body', async () => {
    const raw = `X-Junk: ${'a'.repeat(1_000_000)}\r\nSubject: hi\r\n\r\n${'Interview on Monday at 10am ET. '.repeat(200_000)}`;
    const t0 = performance.now();
    const x = await extract(raw, CHI);
    expect(x.kind).toBeDefined();
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
