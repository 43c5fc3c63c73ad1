// Rules drawn in session 8: the zone of an in-person interview at a Canadian or Australian address, a town hall that is a
// place rather than an event, and a sender's domain spelled loosely by the company's name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.js';
import { gmailForward, mail } from './helpers.js';

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

describe('a reply that picks one of the quoted offered slots', () => {
  const thread = (top: string, samLine: string) =>
    gmailForward({
      from: 'Folasade Adeyemi <fadeyemi@riverbendfood.example>',
      date: 'Fri, May 8, 2026 at 4:52 PM',
      subject: 'Re: Data Manager - next steps',
      body: `${top}\n\nFolasade\n\nOn Fri, May 8, 2026 at 3:30 PM Sam Rivera <sam.rivera@example.net> wrote:\n> Hi Folasade,\n>\n> ${samLine}\n>\n> Sam\n>\n> On Fri, May 8, 2026 at 11:04 AM Folasade Adeyemi <fadeyemi@riverbendfood.example> wrote:\n> > Hi Sam,\n> >\n> > The next step is a 30-minute video interview on Zoom with Priya Raman, our Director of Programs. Would any of these work? (all Central)\n> >\n> > - Wednesday, May 13 at 10:00 am\n> > - Thursday, May 14 at 2:00 pm\n> > - Friday, May 15 at 9:30 am\n> >\n> > Folasade`,
    });

  it('reads "Thursday it is" as the Thursday slot, with the quoted length and format and the reply\'s own length', async () => {
    const x = await extract(thread("Perfect - Thursday it is. Give me a call afterwards so we can debrief; we'll take 45 minutes.", 'Thursday works great for me.'), CHI);
    expect([x.kind, x.start, x.end, x.format]).toEqual(['interview', '2026-05-14T14:00:00-05:00', '2026-05-14T14:45:00-05:00', 'video']);
  });

  it("reads the user's quoted pick when the reply only says it is confirmed", async () => {
    const x = await extract(thread("Perfect, you're confirmed. Priya will send the invite.", 'Friday at 9:30 works best for me.'), CHI);
    expect([x.kind, x.start, x.end]).toEqual(['interview', '2026-05-15T09:30:00-05:00', '2026-05-15T10:00:00-05:00']);
  });

  it('stays a proposal when no day is picked', async () => {
    const x = await extract(thread('Thanks Sam, I will check with Priya and come back to you.', 'Let me check my calendar.'), CHI);
    expect(x.kind).toBe('unrecognized');
  });
});

describe('a reply about an in-person interview whose address only the quoted original gives', () => {
  it('reads the bare time in the zone of the quoted address', async () => {
    const x = await extract(
      gmailForward({
        from: 'Patrice Holloway <pholloway@callowaystrand.example>',
        date: 'Mon, Mar 2, 2026 at 11:20 AM',
        subject: 'RE: Interview - Litigation Support Manager',
        body: "Wonderful, thank you Sam. Monday, March 9 at 1:00 pm it is - same location, still about 90 minutes.\n\nPatrice\n\nOn Fri, Feb 27, 2026 at 4:12 PM Patrice Holloway <pholloway@callowaystrand.example> wrote:\n> Dear Sam,\n>\n> I am pleased to confirm your in-person interview on Thursday, March 5, 2026 at 10:00 a.m.\n>\n> Our offices are located at:\n> 1180 Peachtree Street NE\n> Atlanta, GA 30309\n>\n> Please check in with the receptionist on the 24th floor.",
      }),
      CHI,
    );
    expect([x.start, x.timeZone]).toEqual(['2026-03-09T13:00:00-04:00', 'America/New_York']);
  });
});

describe('a booking tool confirming an interview', () => {
  it("reads Microsoft Bookings' 'your appointment' for a named job as the interview, the company's own mailbox as the company", async () => {
    const x = await extract(
      gmailForward({
        from: 'Tembusu Health <TembusuHealthCareers@tembusuhealth.example>',
        date: 'Thu, Jul 2, 2026 at 1:05 AM',
        subject: 'Booking confirmed: Portfolio Review – Senior Product Designer',
        body: 'Tembusu Health\n\nYour booking is confirmed\n\nHi Sam Rivera,\n\nThanks for booking time with Tembusu Health. Here are the details of your appointment.\n\nService\nPortfolio Review – Senior Product Designer\n\nDate and time\nThursday, July 9, 2026 9:00 AM - 9:45 AM (UTC+08:00) Kuala Lumpur, Singapore\n\nStaff\nTan Wei Ling\n\nPowered by Microsoft Bookings',
        ics: ['BEGIN:VCALENDAR', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:b1@bookings.tembusuhealth.example', 'ORGANIZER;CN=Tembusu Health:mailto:TembusuHealthCareers@tembusuhealth.example', 'DTSTART:20260709T010000Z', 'DTEND:20260709T014500Z', 'SUMMARY:Portfolio Review – Senior Product Designer (Sam Rivera)', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n'),
      }),
      CHI,
    );
    expect([x.kind, x.company, x.role, x.start]).toEqual(['interview', 'Tembusu Health', 'Senior Product Designer', '2026-07-09T09:00:00+08:00']);
  });
});

describe('session 8: zones, attributions and agencies from blind33', () => {
  const msg = (from: string, body: string, date = 'Mon, May 11, 2026 at 3:02 PM', subject = 'Re: Entrevista técnica - Senior Data Engineer') => gmailForward({ from, date, subject, body });

  it('reads "3pm UK" as London time, and an agency named with "Recruitment Ltd" as the agency, not the client', async () => {
    const x = await extract(msg('Olivia Pemberton <olivia@harcourtblake.example>', "Hi Sam,\n\nLarkspur have asked if we can push your interview back to Tuesday 7th April, same time (3pm UK).\n\nThanks,\nOlivia\n\nOlivia Pemberton\nSenior Consultant\nHarcourt Blake Recruitment\n\nHarcourt Blake Recruitment Ltd is registered in England and Wales.", 'Wed, Apr 1, 2026 at 5:47 AM', 'Larkspur Mutual – interview moved to Tues 7th April'), CHI);
    expect([x.start, x.timeZone, x.company]).toEqual(['2026-04-07T15:00:00+01:00', 'Europe/London', 'Larkspur Mutual']);
  });

  it('leaves a Portuguese "Em …, X escreveu:" attribution out of the times, and reads "15/05" and "10/09" day first in Brazil', async () => {
    const x = await extract(msg('Larissa Prado <larissa.prado@caju-log.example>', 'Oi Sam!\n\nJá atualizei o convite para sexta, 15/05, às 14h (horário de Brasília), mesmo link do Meet.\n\nLarissa\n\nEm ter., 5 de mai. de 2026 às 11:20, Larissa Prado <larissa.prado@caju-log.example> escreveu:\n> Oi Sam, a entrevista será na quinta-feira, 14 de maio de 2026, 10h às 11h (horário de Brasília).'), CHI);
    expect(x.start).toBe('2026-05-15T14:00:00-03:00');
    const y = await extract(msg('Ana Souza <ana@jabuti.example>', 'Olá Sam,\n\nSua entrevista está confirmada para 10/09/2026 às 14:00 (horário de Brasília), por Google Meet: https://meet.google.com/abc-defg-hij\n\nAna', 'Tue, Sep 1, 2026 at 9:00 AM', 'Entrevista - Analista de Dados'), CHI);
    expect(y.start).toBe('2026-09-10T14:00:00-03:00');
  });
});

describe("the forwarder's note correcting the forwarded time", () => {
  const fwd = (note: string) =>
    mail({
      subject: 'Fwd: IT Auditor Interview',
      text: `${note}\n\n---------- Forwarded message ---------\nFrom: Denise Fowler <dfowler@bramblewoodcu.example>\nDate: Mon, Jul 6, 2026 at 9:22 AM\nSubject: IT Auditor Interview\nTo: Sam Rivera <sam.rivera@example.net>\n\nHi Sam,\n\nPlease accept this invitation for your interview on Tuesday, July 14th at 2:00-3:00 PM Eastern on Zoom: https://bramblewoodcu.zoom.us/j/958\n\nDenise\n`,
    });

  it('takes a moved time the note gives with its zone, and a shift it tells', async () => {
    const a = await extract(fwd('Denise called - they moved it to 3:30-4:30 Eastern, same day (Tue 7/14), same Zoom link.'), CHI);
    expect([a.kind, a.start, a.end, a.previousStart]).toEqual(['update', '2026-07-14T15:30:00-04:00', '2026-07-14T16:30:00-04:00', '2026-07-14T14:00:00-04:00']);
    const b = await extract(fwd("Kelsey called again - they're pushing it back 30 min."), CHI);
    expect([b.kind, b.start, b.end]).toEqual(['update', '2026-07-14T14:30:00-04:00', '2026-07-14T15:30:00-04:00']);
  });

  it("keeps the forwarded time when the note only tells it in the user's own zone", async () => {
    const x = await extract(fwd('this is 1pm for me'), CHI);
    expect([x.kind, x.start]).toEqual(['interview', '2026-07-14T14:00:00-04:00']);
  });
});

describe('companies and roles in blind33 shapes', () => {
  const ashby = (subject: string, body: string, from = 'Quokka Pay <no-reply@ashbyhq.example>') => gmailForward({ from, date: 'Thu, Apr 2, 2026 at 12:40 AM', subject, body });

  it('reads no company from "will join Priya instead", nor from "Quillfeather DevRel role"', async () => {
    const a = await extract(ashby('Updated: your interview with Quokka Pay has been rescheduled', 'Hi Sam,\n\nYour interview with Quokka Pay has been rescheduled.\n\nNEW TIME: Wednesday, 8 April 2026, 8:30 – 9:15 am AEST (Australia/Sydney)\n\nInterviewers\nPriya Natarajan – Staff iOS Engineer\nHamish Doyle – Senior iOS Engineer\n\nZoom: https://quokkapay.zoom.us/j/862\n\nNote from Georgia: Tom has been called away, so Hamish will join Priya instead.\n\nQuokka Pay · Powered by Ashby'), CHI);
    expect(a.company).toBe('Quokka Pay');
    const b = await extract(ashby('Re: Quillfeather DevRel role — quick chat?', 'Hi Sam,\n\nHow about a 30-minute call on Tuesday, July 21 at 2pm Pacific? I lead the DevEx team at Quillfeather.\n\nBree\n\nBree Halvorsen\nHead of Developer Experience, Quillfeather', 'Bree Halvorsen <bree@quillfeather.example>'), CHI);
    expect(b.company).toBe('Quillfeather');
  });

  it('reads the title after "Saguaro Solar Onsite:", and a Zoho Meeting link as video', async () => {
    const a = await extract(ashby('Updated invitation: Saguaro Solar Onsite: Grid Integration Engineer - Sam Rivera', 'Saguaro Solar Onsite: Grid Integration Engineer - Sam Rivera\nTuesday, June 9, 2026 9:00am – 1:00pm (Mountain Standard Time - Phoenix)', 'Dana Ortiz <dortiz@saguarosolar.example>'), CHI);
    expect(a.role).toBe('Grid Integration Engineer');
    const b = await extract(ashby('Interview scheduled - Data Analyst', 'Hi Sam,\n\nYour interview is on Tuesday, June 9, 2026 at 11:00 AM IST.\nJoin: https://meeting.zoho.in/join?key=1093847562\n\nKavya Systems', 'Kavya Systems <careers@kavyasystems.example>'), CHI);
    expect([b.format, b.meetingUrl]).toEqual(['video', 'https://meeting.zoho.in/join?key=1093847562']);
  });
});

describe('more blind33 shapes', () => {
  it('reads no time from a UK postcode ("EC2A 3PT"), and a Bookings "Staff" name as the interviewer', async () => {
    const a = await extract(gmailForward({ from: 'Tom Ashworth <tom@hartwellsearch.example>', date: 'Tue, Oct 6, 2026 at 10:40 AM', subject: 'Gorse & Finch - final stage confirmed', body: 'Hi Sam,\n\nGorse & Finch would like to meet you in person for the final interview.\n\nWhen: Thursday 15th October, 10:30am UK time (allow until 12:00)\nWhere: Gorse & Finch, 41 Curtain Road, London EC2A 3PT\nWho: Imogen Hale (CTO)\n\nTom' }), CHI);
    expect([a.start, a.end]).toEqual(['2026-10-15T10:30:00+01:00', '2026-10-15T12:00:00+01:00']);
    const b = await extract(gmailForward({ from: 'Tembusu Health <careers@tembusuhealth.example>', date: 'Sun, Jul 5, 2026 at 10:30 PM', subject: 'Booking cancelled: Portfolio Review – Senior Product Designer', body: 'Your booking with Tembusu Health has been cancelled.\n\nService\nPortfolio Review – Senior Product Designer\n\nDate and time\nThursday, July 9, 2026 9:00 AM - 9:45 AM (UTC+08:00) Kuala Lumpur, Singapore\n\nStaff\nTan Wei Ling\n\nPowered by Microsoft Bookings' }), CHI);
    expect([b.kind, b.interviewers.map((i) => i.name)]).toEqual(['cancellation', ['Tan Wei Ling']]);
  });

  it('reads Spanish and Portuguese titles after "vacante de" and "vaga"', async () => {
    const a = await extract(gmailForward({ from: 'Mariana Ruiz <mruiz@grupoalmena.example>', date: 'Mon, Aug 31, 2026 at 9:00 AM', subject: 'Entrevista', body: 'Hola Sam,\n\nTe comparto la invitación para la entrevista técnica de la vacante de Ingeniero de Datos Senior con Luis Ortega, el jueves 3 de septiembre de 2026 a las 10:00 (hora del centro de México).\n\nMariana' }), CHI);
    expect(a.role).toBe('Ingeniero de Datos Senior');
    const b = await extract(gmailForward({ from: 'Paula Lima <paula@brisaenergia.example>', date: 'Tue, Sep 8, 2026 at 8:32 AM', subject: 'Convite para entrevista', body: 'Olá, Sam!\n\nVocê foi convidado(a) para a etapa de entrevista técnica da vaga Engenheiro(a) de Dados Sênior na Brisa Energia.\n\nData: terça-feira, 15 de setembro de 2026\nHorário: 10h às 11h (horário de Brasília)\n\nPaula' }), CHI);
    expect(b.role).toBe('Engenheiro(a) de Dados Sênior');
  });
});

describe('moves and agendas in blind33 shapes', () => {
  it('keeps the quoted length for a move "a la misma hora"', async () => {
    const x = await extract(gmailForward({ from: 'Ximena Cárdenas <ximena@nopaldata.example>', date: 'Tue, Jun 23, 2026 at 6:47 PM', subject: 'RE: Entrevista – Data Platform Engineer', body: 'Hola Sam,\n\nYa moví la invitación al viernes 26 de junio, a la misma hora (10:00 am hora del centro de México).\n\nXimena\n\nEl lun, 22 jun 2026 a las 11:05, Ximena Cárdenas (<ximena@nopaldata.example>) escribió:\n> Hola Sam,\n>\n> - Fecha: jueves 25 de junio de 2026\n> - Hora: 10:00 a 11:00 am (hora del centro de México, CDMX)\n' }), CHI);
    expect([x.kind, x.start, x.end]).toEqual(['update', '2026-06-26T10:00:00-06:00', '2026-06-26T11:00:00-06:00']);
  });

  it('reads an agenda row "Me (architecture, your background)" as the sender', async () => {
    const x = await extract(gmailForward({ from: 'Raj Malhotra <rmalhotra@lakeshorecu.example>', date: 'Thu, Dec 3, 2026 at 4:47 PM', subject: 'Onsite - Data Warehouse Architect', body: "Sam,\n\nLet's get you in for the onsite interview on Thursday, December 10, 1:00 to 3:00 pm, here at our office:\n1200 W. Cermak Road\nChicago, IL 60608\n\nRough schedule:\n1:00 - 1:45    Me (architecture, your background)\n1:45 - 2:30    Technical panel: Greg Olander (BI Manager)\n2:30 - 3:00    Renee Calloway, our CIO\n\nRaj" }), CHI);
    expect(x.interviewers.map((i) => i.name).sort()).toEqual(['Greg Olander', 'Raj Malhotra', 'Renee Calloway']);
  });
});

describe('blind34 shapes', () => {
  it('reads "Maison Ardent Recrutement" as the company and no company from "Annulé"', async () => {
    const x = await extract(gmailForward({ from: 'Maison Ardent Recrutement <scheduling@goodtime.example>', date: 'Fri, Oct 23, 2026 at 4:20 AM', subject: 'Annulé : Entretien vidéo – Senior iOS Engineer | Cancelled: video interview', body: 'Bonjour Sam,\n\nVotre entretien vidéo pour le poste de Senior iOS Engineer a été annulé.\n\nEntretien annulé :\nmardi 27 octobre 2026, 16:00 – 17:00 (heure de Paris, CET)\nAvec : Camille Laurent (Engineering Manager, Mobile)\n' }), CHI);
    expect([x.kind, x.company]).toEqual(['cancellation', 'Maison Ardent']);
  });

  it("does not shift again an update whose own words tell the shift the note repeats", async () => {
    const x = await extract(mail({ subject: 'Fwd: Updated invitation: technical interview', text: 'pushed back an hour\n\n---------- Forwarded message ---------\nFrom: Aroha Ngata <aroha@kowhairobotics.example>\nDate: Wed, Sep 23, 2026 at 4:12 PM\nSubject: Updated invitation: technical interview\nTo: Sam Rivera <sam.rivera@example.net>\n\nThis event has been updated\n\nWednesday Sep 30, 2026 ⋅ 3:30pm – 4:30pm (Central Time - Chicago)\n\nPushing us back an hour so Ben can land. Same Zoom link: https://kowhairobotics.zoom.us/j/864\n' }), CHI);
    expect([x.kind, x.start]).toEqual(['update', '2026-09-30T15:30:00-05:00']);
  });
});

describe('blind34 companies and names', () => {
  it('reads no company from "Victor Almeida, who leads our team", and the organizer\'s domain of an iCloud invitation', async () => {
    const a = await extract(gmailForward({ from: 'Denise Okonkwo-Hale <denise@seabrightbank.example>', date: 'Thu, May 28, 2026 at 9:00 AM', subject: 'Fraud Analytics Manager - interview', body: 'Hi Sam,\n\nGreat news – Victor Almeida, who leads our Fraud Strategy & Analytics team, would like to meet you for the Fraud Analytics Manager role on Tuesday, June 2 at 10:00 AM Eastern on Zoom: https://seabright.zoom.us/j/123\n\nDenise\n\nSeabright Bank | 200 Federal Street, Boston, MA 02110' }), CHI);
    expect(a.company).toBe('Seabright Bank');
    const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:x1@icloud.com', 'ORGANIZER;CN="Theo Vasquez-Lind":mailto:theo@lumenandloom.example', 'ATTENDEE;CN="Sam Rivera":mailto:sam.rivera@example.net', 'DTSTART:20260618T190000Z', 'DTEND:20260618T203000Z', 'SUMMARY:Studio visit - Sam Rivera', 'LOCATION:Lumen & Loom\\n55 Water Street\\, Brooklyn', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const b = await extract(gmailForward({ from: 'Theo Vasquez-Lind <noreply@email.apple.com>', date: 'Wed, Jun 10, 2026 at 10:24 AM', subject: 'Invitation: Studio visit - Sam Rivera', body: 'Theo Vasquez-Lind has invited you to an interview.\n\nStudio visit - Sam Rivera\nThursday, June 18, 2026\n3:00 PM – 4:30 PM EDT\n\nLumen & Loom\n55 Water Street, Suite 4B\nBrooklyn, NY 11201', ics }), CHI);
    expect(b.company).toBe('Lumen & Loom');
  });
});

describe('blind34 times', () => {
  it('reads "15:00 - 16:00 (London)" in London time, and a "Revised Time" over the old one', async () => {
    const a = await extract(gmailForward({ from: 'Hattie Greaves <no-reply@ashbyhq.example>', date: 'Wed, Mar 25, 2026 at 8:48 AM', subject: 'Interview confirmed: Lumen Ledger – Senior Data Engineer', body: "Hi Sam,\n\nYou're all set for your next interview with Lumen Ledger.\n\nTechnical Deep Dive - Senior Data Engineer\nMonday, 30 March 2026\n15:00 - 16:00 (London)\nWhere: Google Meet - https://meet.google.com/rxd-pmfa-kwe\n\nHattie" }), CHI);
    expect([a.start, a.timeZone]).toEqual(['2026-03-30T15:00:00+01:00', 'Europe/London']);
    const b = await extract(gmailForward({ from: 'Divya Raghunathan <divya.r@kaverisoftech.example>', date: 'Mon, Apr 13, 2026 at 6:15 AM', subject: 'RE: Interview Schedule - Senior Java Developer', body: 'Dear Sam,\n\nThis is with reference to your Technical Interview scheduled for tomorrow i.e. 14-Apr-2026 at 7:30 PM IST. Hence we have rescheduled your interview as per below:\n\nRevised Date : 16-Apr-2026 (Thursday)\nRevised Time : 8:00 PM – 9:00 PM IST\n\nDivya' }), CHI);
    expect([b.kind, b.start, b.end]).toEqual(['update', '2026-04-16T20:00:00+05:30', '2026-04-16T21:00:00+05:30']);
  });
});

describe('the sender in the panel', () => {
  it('counts the sender in "it\'ll be me and my co-founder Sophie Tran" and "Arjun and I won\'t be going ahead"', async () => {
    const a = await extract(gmailForward({ from: 'Hemi Walker <hemi@kiwiledger.example>', date: 'Thu, Sep 17, 2026 at 9:22 PM', subject: 'Re: Full-stack engineer interview', body: "Kia ora Sam,\n\nFor the interview, let's do Tuesday, September 22 at 10:00 AM NZST on Google Meet: https://meet.google.com/kwl-dgtr-ynz\n\nIt'll be me and my co-founder Sophie Tran, around 45 mins.\n\nHemi\n\nHemi Walker\nCo-founder & CTO, Kiwi Ledger" }), CHI);
    expect(a.interviewers.map((i) => i.name).sort()).toEqual(['Hemi Walker', 'Sophie Tran']);
    const b = await extract(gmailForward({ from: 'Kavya Raghunathan <kavya.raghunathan@pranavasystems.example>', date: 'Mon, Apr 6, 2026 at 3:35 AM', subject: 'Canceled: Technical interview – Sam Rivera', body: "Hi Sam,\n\nI'm really sorry. The Site Reliability Engineer opening has been put on hold, so Arjun and I won't be going ahead with Wednesday's interview (8 April, 7:30 PM IST).\n\nKavya\n\nKavya Raghunathan\nEngineering Manager, Platform Reliability", }).replace('Subject: Canceled', 'Cc: Arjun Mehta <arjun.mehta@pranavasystems.example>\nSubject: Canceled'), CHI);
    expect(b.interviewers.map((i) => i.name)).toContain('Kavya Raghunathan');
  });
});

describe('a forwarded reply that quotes an Outlook header', () => {
  it('keeps the reply as the original and its quoted Outlook message as the thread', async () => {
    const x = await extract(gmailForward({ from: 'Ximena Cardenas <ximena@nopaldata.example>', date: 'Tue, Jun 23, 2026 at 6:47 PM', subject: 'RE: Interview – Data Platform Engineer', body: 'Hi Sam,\n\nI have moved the interview to Friday, June 26 at 10:00 am Central.\n\nXimena\n\nDe: Ximena Cardenas\nEnviado: Monday, June 22, 2026 11:05\nPara: Sam Rivera <sam.rivera@example.net>\nAsunto: Interview – Data Platform Engineer\n\nHi Sam,\n\nYour interview is on Thursday, June 25, 2026 at 10:00 to 11:00 am Central.\n' }), CHI);
    expect([x.kind, x.start, x.subject, x.sender]).toEqual(['update', '2026-06-26T10:00:00-05:00', 'RE: Interview – Data Platform Engineer', 'ximena@nopaldata.example']);
  });
});

describe('a cancelled Teams meeting in Spanish', () => {
  it('reads "Where: Reunión de Microsoft Teams" as video', async () => {
    const x = await extract(mail({ subject: 'FW: Cancelado: Entrevista Senior Product Analyst', text: 'cancelled :(\n\n________________________________\nFrom: Daniela Ferrer <daniela.ferrer@grupoalcazar.example>\nSent: Monday, July 13, 2026 10:10 AM\nTo: Sam Rivera <sam.rivera@example.net>\nSubject: Cancelado: Entrevista Senior Product Analyst – Sam Rivera\nWhen: Thursday, July 16, 2026 10:00 AM-11:00 AM (UTC-06:00) Guadalajara, Mexico City, Monterrey.\nWhere: Reunión de Microsoft Teams\n\nHola Sam,\n\nLamento mucho avisarte que tenemos que cancelar la entrevista del jueves.\n\nDaniela\n' }), CHI);
    expect([x.kind, x.format]).toEqual(['cancellation', 'video']);
  });
});

describe('blind35 companies', () => {
  const fwd = (from: string, subject: string, body: string) => gmailForward({ from, date: 'Mon, Jun 1, 2026 at 9:00 AM', subject, body });
  it('drops a UAE free-zone form ("FZE") and reads no company from a French recruiter\'s title', async () => {
    const a = await extract(fwd('Rana Haddad <rana@sandgrouse.example>', 'Interview - Logistics Analyst', 'Hi Sam,\n\nYour video interview for the Logistics Analyst role is on Wednesday, June 10, 2026 at 10:00 AM Gulf time (GST) on Zoom: https://sandgrouse.zoom.us/j/123\n\nRana Haddad\nTalent Acquisition\nSandgrouse Logistics FZE'), CHI);
    expect(a.company).toBe('Sandgrouse Logistics');
    const b = await extract(fwd('Camille Beaulieu <camille.beaulieu@olfacta.example>', 'Entretien - Data Scientist (H/F) - Maison Olfacta', "Bonjour Sam,\n\nJe vous confirme votre entretien vidéo le mercredi 10 juin 2026 à 16h00 (heure de Paris) sur Teams.\n\nBien cordialement,\n\nCamille Beaulieu\nChargée de recrutement\nMaison Olfacta"), CHI);
    expect(b.company).toBe('Maison Olfacta');
  });
});

describe('blind35 times', () => {
  it('reads "NZT" as New Zealand time, and "that should be 12:00 noon in Chicago" as the reader\'s conversion', async () => {
    const a = await extract(gmailForward({ from: 'Hemi Walker <hemi.walker@kowhaienergy.example>', date: 'Mon, Sep 21, 2026 at 6:08 PM', subject: 'Interview – Grid Integration Engineer', body: "Kia ora Sam,\n\nI'm pleased to confirm your interview on Microsoft Teams:\nTuesday 29 September 2026\n10:00am – 11:00am NZT\n\nHemi" }), CHI);
    expect([a.start, a.timeZone]).toEqual(['2026-09-29T10:00:00+13:00', 'Pacific/Auckland']);
    const b = await extract(gmailForward({ from: 'Camila Duarte <camila@ipepagamentos.example>', date: 'Thu, Aug 6, 2026 at 2:30 PM', subject: 'Entrevista técnica confirmada', body: 'Hi Sam,\n\nYour technical interview is confirmed for Wednesday, August 12, 2026, 2:00-3:30 PM Brasília time (BRT, UTC-3) - that should be 12:00 noon in Chicago. Google Meet: https://meet.google.com/wfd-hxnb-iro\n\nCamila' }), CHI);
    expect([b.start, b.end]).toEqual(['2026-08-12T14:00:00-03:00', '2026-08-12T15:30:00-03:00']);
  });
});

describe("what session 8's rules must not read (found in review)", () => {
  const hi = (body: string, subject = 'Interview - Acme Robotics') => gmailForward({ from: 'Jane Cole <jane@acmerobotics.example>', date: 'Mon, Jun 1, 2026 at 9:00 AM', subject, body: `Hi Sam,\n\n${body}\n\nBest,\nJane` });

  it('books no slot the reply refuses', async () => {
    const x = await extract(gmailForward({ from: 'Folasade Adeyemi <fadeyemi@riverbendfood.example>', date: 'Fri, May 8, 2026 at 4:52 PM', subject: 'Re: Data Manager - next steps', body: "Thursday doesn't work for me, sorry - could we look at next week?\n\nOn Fri, May 8, 2026 at 11:04 AM Folasade Adeyemi <fadeyemi@riverbendfood.example> wrote:\n> Would any of these work for a 30-minute video interview? (all Central)\n>\n> - Wednesday, May 13 at 10:00 am\n> - Thursday, May 14 at 2:00 pm\n" }), CHI);
    expect(x.kind).toBe('unrecognized');
  });

  it("takes no note's unrelated 'moved' or 'changed' for a move of the interview", async () => {
    const x = await extract(mail({ subject: 'Fwd: Interview', text: 'I moved my other call on Thursday to 5pm ET\n\n---------- Forwarded message ---------\nFrom: Jane Cole <jane@acmerobotics.example>\nDate: Mon, Jun 1, 2026 at 9:00 AM\nSubject: Interview\nTo: Sam Rivera <sam.rivera@example.net>\n\nYour video interview is on Thursday, June 4, 2026 at 3:00 PM ET on Zoom: https://acme.zoom.us/j/1\n' }), CHI);
    expect([x.kind, x.start]).toEqual(['interview', '2026-06-04T15:00:00-04:00']);
  });

  it('reads "(Eastern Time)" after a time still, "12 UK offices" as no zone, "Room B2 3PM" as a time', async () => {
    expect((await extract(hi('Your video interview is on Tuesday, June 9, 2026 at 2:00 PM (Eastern Time) on Zoom: https://acme.zoom.us/j/1'), CHI)).start).toBe('2026-06-09T14:00:00-04:00');
    expect((await extract(hi('Your phone interview is on Tuesday, June 9, 2026 at 3pm Central. Acme has 12 UK offices.'), CHI)).start).toBe('2026-06-09T15:00:00-05:00');
    expect((await extract(hi('Your interview is on Tuesday, June 9, 2026, in Room B2 3PM ET.'), CHI)).start).toBe('2026-06-09T15:00:00-04:00');
  });

  it('reads no Australian state from "Redmond, WA" above a year, no video from "Local teams", no length from "I\'ll take 10 minutes at the start"', async () => {
    const a = await extract(hi('Your onsite interview is on Tuesday, June 9, 2026 at 3pm at our office:\n1 Microsoft Way, Redmond, WA\n2026 visitor parking is behind the building.'), CHI);
    expect(a.timeZone).not.toBe('Australia/Perth');
    const b = await extract(hi('Your onsite interview is on Tuesday, June 9, 2026 at 3pm Central.\nLocal teams will meet you at reception, 100 Main St.'), CHI);
    expect(b.format).toBe('onsite');
    const c = await extract(hi("Your video interview is on Tuesday, June 9, 2026 at 3pm Central on Zoom: https://acme.zoom.us/j/1. I'll take 10 minutes at the start to introduce the team."), CHI);
    expect(c.end).toBeNull();
  });

  it('reads no move from a conditional or a negation in German, Spanish or Portuguese', async () => {
    const { isUpdate } = await import('../../shared/extract/classify.js');
    for (const b of ['Falls der Termin verschoben werden muss, melden Sie sich bitte.', 'Der Termin wurde nicht verschoben.', 'Si necesitas que la entrevista sea reprogramada, avísame.', 'Caso a entrevista precise ser remarcada, me avise.']) expect(isUpdate('Entrevista', b, null, null), b).toBe(false);
    expect(isUpdate('Entrevista', 'Ya reprogramé la entrevista para el viernes.', null, null)).toBe(true);
  });
});

describe('limited partnerships', () => {
  it('drops "LP" as a legal form (no truth keeps it)', async () => {
    const mk = (sig: string) => gmailForward({ from: 'Ruth Hale <ruth@cinderford.example>', date: 'Mon, Jun 1, 2026 at 9:00 AM', subject: 'Interview - Investment Analyst', body: `Hi Sam,\n\nYour video interview for the Investment Analyst role is on Tuesday, June 9, 2026 at 10:00 AM ET on Zoom: https://cinderford.zoom.us/j/1\n\nRuth Hale\nTalent Partner\n${sig}` });
    expect((await extract(mk('Cinderford Capital LP'), CHI)).company).toBe('Cinderford Capital');
  });
});
