// Rules drawn in session 8: the zone of an in-person interview at a Canadian or Australian address, a town hall that is a
// place rather than an event, and a sender's domain spelled loosely by the company's name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.js';
import { gmailForward } from './helpers.js';

const CHI = { userTimeZone: 'America/Chicago' };

const onsite = (address: string, day = 'Tuesday, November 3, 2026') =>
  gmailForward({
    from: 'Colette Arsenault <carsenault@harbourtown.example>',
    date: 'Wed, Oct 21, 2026 at 10:48 AM',
    subject: 'Interview Invitation - GIS Analyst II',
    body: `Good afternoon Sam,\n\nWe are pleased to invite you to an in-person interview for the GIS Analyst II position.\n\nDate: ${day}\nTime: 1:30 - 2:30 p.m.\nLocation: Harbour Town Hall, Council Chambers\n${address}\n\nPanel:\nAisling MacNeil, Manager, Planning & GIS\n\nKind regards,\n\nColette Arsenault\nHuman Resources Coordinator`,
  });

describe('in-person interviews abroad', () => {
  it('reads a bare time at a Nova Scotia address as Atlantic time, and a Town Hall as the place, not an event', async () => {
    const x = await extract(onsite('1 Wharf Street, Bedford, NS  B4A 2X1'), CHI);
    expect([x.kind, x.start, x.end, x.timeZone, x.format]).toEqual(['interview', '2026-11-03T13:30:00-04:00', '2026-11-03T14:30:00-04:00', 'America/Halifax', 'onsite']);
  });

  it('reads provinces spelled out and Australian states by their postcodes', async () => {
    expect((await extract(onsite('400 Broadway, Winnipeg, Manitoba R3C 0V8'), CHI)).timeZone).toBe('America/Winnipeg');
    const syd = await extract(onsite('Level 4, 88 Foveaux Street, Surry Hills NSW 2010', 'Tuesday, 3 November 2026'), CHI);
    expect([syd.start, syd.timeZone]).toEqual(['2026-11-03T13:30:00+11:00', 'Australia/Sydney']);
  });

  it('keeps a virtual town hall an event for candidates', async () => {
    const x = await extract(gmailForward({ from: 'Careers <careers@harbourtown.example>', date: 'Mon, Oct 5, 2026 at 9:00 AM', subject: 'Join our virtual town hall', body: 'Hi Sam,\n\nJoin our virtual town hall for candidates on Thursday, October 15 at 12:00 PM CT to hear about life at Harbour Town.\n\nCareers team' }), CHI);
    expect(x.kind).toBe('unrecognized');
  });
});

describe('a company named loosely by its domain', () => {
  const from = (address: string, sig: string) =>
    gmailForward({ from: `Marisol Ibarra <marisol@${address}>`, date: 'Mon, Jun 1, 2026 at 9:00 AM', subject: 'Interview confirmation', body: `Hi Sam,\n\nYour video interview for the Program Manager role is confirmed for Wednesday, June 10, 2026 at 10:00 AM Central on Zoom.\n\nMarisol\n\nMarisol Ibarra\nTalent Partner\n${sig}` });

  it('reads the initials, some of the words in order, or the words in another order', async () => {
    expect((await extract(from('gspc.example', 'Granite State Power Cooperative'), CHI)).company).toBe('Granite State Power Cooperative');
    expect((await extract(from('coastalcleanwater.example', 'Coastal Alliance for Clean Water'), CHI)).company).toBe('Coastal Alliance for Clean Water');
    expect((await extract(from('ceibafinanciero.example', 'Grupo Financiero Ceiba'), CHI)).company).toBe('Grupo Financiero Ceiba');
  });
});
