// Phrasings and name shapes met in the fresh blind sets of session 4 (blind18, blind19): each rule, one small email.
import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../shared/extract/english.js';
import { extract } from '../../shared/extract/index.js';
import { cleanText } from '../../shared/extract/text.js';
import { findTimes } from '../../shared/extract/when.js';
import { gmailForward, ics, mail } from './helpers.js';

const CHI = { userTimeZone: 'America/Chicago' };
const names = (x: { interviewers: { name: string | null }[] }) => x.interviewers.map((i) => i.name).sort();

const agenda = (rows: string[]) =>
  gmailForward({
    from: 'Gretchen Vandersloot <gretchen@acmerobotics.example>',
    date: 'Mon, Oct 5, 2026 at 10:00 AM',
    subject: 'Your onsite with Acme Robotics',
    body: `Hi Sam,\n\nYour onsite interview with Acme Robotics for the Staff Engineer role is confirmed for Tuesday, October 13, 2026 (Central Time).\n\nSchedule:\n\n${rows.join('\n\n')}\n\nBest,\nGretchen Vandersloot\nRecruiting Coordinator, Acme Robotics`,
  });

describe('name shapes', () => {
  it('knows common English words, their plurals and noun endings, and not given names', () => {
    for (const w of ['Motion', 'Planning', 'Pipelines', 'Observability', 'Genomics', 'Trade-offs', 'Onboarding']) expect(isEnglishWord(w), w).toBe(true);
    for (const w of ['Keisha', 'Thi', 'María', 'Nnamdi', 'Jun', 'Okonkwo-Eze']) expect(isEnglishWord(w), w).toBe(false);
  });

  it('reads four-word names after a session title, and drops the title words before a two-word name', async () => {
    const x = await extract(
      agenda([
        '9:00 AM - 9:45 AM Infrastructure Deep Dive Thi Thu Ha Nguyen',
        '9:45 AM - 10:30 AM Analytics Case Study María José García Ruiz',
        '10:30 AM - 11:15 AM Motion Planning Keisha Oyelaran-Baptiste',
        '11:15 AM - 12:00 PM Incident Response Scenario Li Wei',
      ]),
      CHI,
    );
    expect(names(x)).toEqual(['Keisha Oyelaran-Baptiste', 'Li Wei', 'María José García Ruiz', 'Thi Thu Ha Nguyen']);
    expect(x).toMatchObject({ start: '2026-10-13T09:00:00-05:00', end: '2026-10-13T12:00:00-05:00' });
  });

  it('reads "Chen Jun" as a person, not as June, beside a time on the next row', async () => {
    const x = await extract(agenda(['11:00 AM – 11:45 AM Backend Systems Chen Jun', '11:45 AM – 12:30 PM API Design & Code Review Priya Raghunathan']), CHI);
    expect(names(x)).toEqual(['Chen Jun', 'Priya Raghunathan']);
    expect(x.start).toBe('2026-10-13T11:00:00-05:00');
  });

  it('splits two titled people joined by "&" in one agenda row, and keeps a job title out of the names', async () => {
    const x = await extract(
      agenda([
        '9:00 AM - 9:45 AM  Panel interview  Ravi Chandrasekaran, Senior Data Analyst & Megan O\'Donnell, Manager, Patient Financial Services',
        '9:45 AM - 10:45 AM – Shop floor walk-through with Darnell Whitaker, Production Superintendent',
      ]),
      CHI,
    );
    expect(names(x)).toEqual(['Darnell Whitaker', "Megan O'Donnell", 'Ravi Chandrasekaran']);
  });
});

describe('people in prose', () => {
  const hm = (body: string, from = 'Hollis Brandt <hollis@clearwater.example>') =>
    gmailForward({ from, date: 'Mon, Jun 8, 2026 at 9:00 AM', subject: 'GIS Analyst interview', body });

  it('reads "I’ll be joined by X, who …, and Y from our data team" with curly apostrophes, the sender included', async () => {
    const x = await extract(hm('Hi Sam,\n\nWe’re confirmed for Tuesday, June 16 at 11am PT. I’ll be joined by Ngozi Eze, who directs our field programs, and Rafael Quintero from our data team, who keeps our maps running.\n\nHere’s the Google Meet link: https://meet.google.com/ubr-hxkq-wmt\n\nHollis\n--\nHollis Brandt\nConservation Data Manager\nClearwater Conservancy'), CHI);
    expect(names(x)).toEqual(['Hollis Brandt', 'Ngozi Eze', 'Rafael Quintero']);
  });

  it('reads "I’ll have X from our team and Y, who …, join me"', async () => {
    const x = await extract(hm('Hi Sam,\n\nLet’s do Wednesday, June 10 at 10:00 Pacific and plan for an hour. I’ll have Olusegun Bakare from our implementation team and Mirela Popescu, who runs customer success, join me.\n\nTeams: https://teams.microsoft.com/meet/2489315577104?p=Xr4T\n\nTheo\n--\nTheo Vasquez\nSenior Manager, Professional Services\nRedwood Ledger', 'Theo Vasquez <theo@redwoodledger.example>'), CHI);
    expect(names(x)).toEqual(['Mirela Popescu', 'Olusegun Bakare', 'Theo Vasquez']);
  });

  it('reads "you’ll finish with X", "X, who …, will close things out" and strips a sentence\'s "Then"', async () => {
    const x = await extract(hm("Hi Sam,\n\nI'm confirming you for Thursday, June 11 at 10:30 at our office: 217 W Superior St, Chicago. You'll start with me. Then Jonah Feldman, our CTO, will take you through a whiteboard session. Farah Qureshi, who leads underwriting analytics, will close things out.\n\nBeatriz\n--\nBeatriz Salgado\nCo-founder & CEO, Tern & Tide", 'Beatriz Salgado <beatriz@terntide.example>'), CHI);
    expect(names(x)).toEqual(['Beatriz Salgado', 'Farah Qureshi', 'Jonah Feldman']);
  });

  it('reads "Panel: Prof. X (…) and Dr Y (…)" mid-paragraph and "Your panel will be:" lists with honorifics', async () => {
    const a = await extract(hm('Dear Sam,\n\nYour interview is on Monday, June 15 at 2:00 PM Eastern on Zoom: https://carrowmore.zoom.us/j/123456789. Panel: Prof. Niamh O\'Sullivan (Centre Director) and Dr Tomasz Wróbel (Senior Research Fellow). Clodagh Fennelly from HR will attend as an observer.\n\nBest regards'), CHI);
    expect(names(a)).toEqual(["Niamh O'Sullivan", 'Tomasz Wróbel']);
    const b = await extract(hm('Dear Sam,\n\nI am pleased to invite you to an in-person panel interview on Monday, June 15, 2026, at 1:00 p.m. Eastern.\n\nYour panel will be:\n- Captain Reginald Ashby, Director of Terminal Operations\n- Sunita Raghavan, IT Applications Manager\n\nSincerely,\nLorraine Batiste-Cole\nHuman Resources Generalist'), CHI);
    expect(names(b)).toEqual(['Reginald Ashby', 'Sunita Raghavan']);
  });

  it('leaves out a non-scoring panel administrator and the host of a lunch', async () => {
    const x = await extract(hm('Dear Sam,\n\nYour interview is on Monday, June 15 at 10:00 AM Central on Teams: https://teams.microsoft.com/meet/1234\n\nInterview panel\nHelen Oduya - Chief Clinical Information Officer\nMarcus Greenhalgh - Head of Digital Services\nGemma Pritchard - Recruitment Officer (panel administrator, non-scoring)\n\nKind regards\nGemma Pritchard\nRecruitment Officer'), CHI);
    expect(names(x)).toEqual(['Helen Oduya', 'Marcus Greenhalgh']);
  });
});

describe('companies and roles', () => {
  const sig = (body: string, from: string, subject = 'Interview details') => gmailForward({ from, date: 'Mon, Jun 8, 2026 at 9:00 AM', subject, body });

  it('takes the organisation under a department in a signature, never the department', async () => {
    const x = await extract(sig("Hi Sam,\n\nI'm sorry to cancel your Zoom interview for the Transport Planning Data Analyst role, which was scheduled for Thursday 10 September at 9:30am (NZST) with Mereana Walker and Sione Taufa.\n\nNgā mihi,\nAroha\nSenior Recruitment Advisor | People & Capability\nHarbour City Council", 'Aroha Ngata <aroha.ngata@harbourcity.example>', 'Transport Planning Data Analyst - interview cancelled'), CHI);
    expect(x).toMatchObject({ kind: 'cancellation', company: 'Harbour City Council' });
    expect(names(x)).toEqual(['Mereana Walker', 'Sione Taufa']);
  });

  it('spells a domain of whole words then initials, and keeps "Co." when the email only ever writes it so', async () => {
    const a = await extract(sig("Hi Sam,\n\nLet's plan on Friday, June 12 at 3:00 PM Eastern – I'll call your cell. Block 30 minutes.\n\nBest,\nRenée\n\nRenée Thibodeaux\nVP of Operations\nGilded Fork Hospitality Group", 'Renée Thibodeaux <rthibodeaux@gildedforkhg.example>'), CHI);
    expect(a.company).toBe('Gilded Fork Hospitality Group');
    const b = await extract(sig('Hi Sam,\n\nThanks for your time! Your interview for the Quality Assurance Manager role is on Friday, June 12 at 9:00 AM Central at our brewhouse.\n\nPriya\nTalent Partner, Quarry Hill Brewing Co.', 'Priya Nair <priya@quarryhillbrewing.example>'), CHI);
    expect(b.company).toBe('Quarry Hill Brewing Co.');
  });

  it('names an institution with its kind ("University of Carrowmore", "Lakeshore State University")', async () => {
    const x = await extract(sig('Dear Sam,\n\nThank you for applying for the Research Data Manager post at the University of Carrowmore. Your interview is on Monday, June 15 at 2:00 PM Irish time.\n\nBest,\nClodagh', 'Clodagh Fennelly <clodagh@carrowmore.example>'), CHI);
    expect(x.company).toBe('University of Carrowmore');
  });

  it('drops the "(m/w/d)" gender tag even where the subject writes it after the title (most writers do), and strips names before a title', async () => {
    const a = await extract(sig('Dear Sam,\n\nThank you for your application for the position of Data Platform Engineer (m/w/d) at Nordlicht Mobility. We invite you to a video interview on Tuesday, June 16 at 16:00 CEST: https://nordlicht.zoom.us/j/555\n\nBest regards', 'Jana Vogel <jana@nordlicht.example>', 'Interview invitation: Data Platform Engineer (m/w/d) – Nordlicht Mobility'), CHI);
    expect(a.role).toBe('Data Platform Engineer');
    const b = await extract(sig('Hi Sam,\n\nSee you then.', 'Mei-Ling Chou <meiling@harborviewcu.example>', 'Invitation: Harborview CU | Sam Rivera - Member Insights Analyst interview @ Tue Jun 16, 2026 1pm - 1:45pm (CDT)'), CHI);
    expect(b.role).toBe('Member Insights Analyst');
  });
});

describe('times', () => {
  const note = (body: string, date = 'Thu, Jan 15, 2026 at 4:58 PM', subject = 'RE: Member Experience Analyst - phone interview') => gmailForward({ from: 'Deborah Nwosu <dnwosu@larkspurcu.example>', date, subject, body });

  it('takes "9:30 your time" over "that\'s 8:30 for me here in Denver"', async () => {
    const x = await extract(note("Hi Sam,\n\nTomorrow works great. Let’s plan on 9:30 your time (that’s 8:30 for me here in Denver). I’ll call your cell; it should take about 45 minutes.\n\nDeborah"), CHI);
    expect(x).toMatchObject({ start: '2026-01-16T09:30:00-06:00', end: '2026-01-16T10:15:00-06:00' });
  });

  it('reads "18-Jun-2026 09:30 PM - 10:30 PM (IST)" and "10h00 às 11h00 … Brasília time"', async () => {
    const a = await extract(note('Interview Type: Online (Zoom)\nDate & Time: 18-Jun-2026 09:30 PM - 10:30 PM (IST)\nMeeting Link: https://kaveripay.zoom.us/j/84536021987', 'Thu, Jun 11, 2026 at 5:50 AM', 'Interview Scheduled: Engineering Manager'), CHI);
    expect(a).toMatchObject({ start: '2026-06-18T21:30:00+05:30', timeZone: 'Asia/Kolkata' });
    const b = await extract(note('Hi Sam,\n\nHere is the confirmation of your interview: Thursday, August 27, 2026, from 10:00 to 11:00 AM Brasília time, on Zoom: https://serraazul.zoom.us/j/862207', 'Mon, Aug 17, 2026 at 1:40 PM', 'Entrevista - Senior Data Analyst'), CHI);
    expect(b).toMatchObject({ start: '2026-08-27T10:00:00-03:00', timeZone: 'America/Sao_Paulo' });
  });

  it('reads "tomorrow morning at 7:30 my time, which is Mountain" as a morning in Denver', async () => {
    const x = await extract(note("Hi Sam,\n\nI'm on jobsites most of the day so I'll call you tomorrow (Tuesday) morning at 7:30 my time, which is Mountain, before I head down to Castle Rock. Plan on about 45 minutes.\n\nIgnacio\n--\nIgnacio Fuentes\nVP of Operations | Redrock Builders", 'Mon, Nov 16, 2026 at 6:52 PM', 'Project Engineer - call tomorrow'), CHI);
    expect(x).toMatchObject({ start: '2026-11-17T07:30:00-07:00', timeZone: 'America/Denver', format: 'phone' });
    expect(names(x)).not.toContain('Castle Rock');
  });

  it('offers two times of one day as choices, not as an agenda', async () => {
    const x = await extract(note("Hi Sam,\n\nKofi and Marisa would join me for about an hour on Teams. Could any of these work for you?\n• Thursday 2/12 at 1:00 PM CT\n• Thursday 2/12 at 3:30 PM CT\n\nOnce you pick one, we'll send the invite.\n\nIlse", 'Tue, Feb 10, 2026 at 9:47 AM', 'Next conversation - Quality Engineer'), CHI);
    expect(x.kind).toBe('unrecognized');
  });

  it('dates a long agenda\'s last rows by the row above, far below the date', async () => {
    const filler = 'Please bring a photo ID and wear closed-toe shoes; safety glasses will be provided at the visitor center. '.repeat(4);
    const x = await extract(note(`Hi Sam,\n\nYour onsite is on Thursday, May 21 (all times Eastern).\n\n9:00 – 9:45 AM – Colette Duval, Manufacturing Engineering Manager. ${filler}\n9:45 – 10:45 AM – Shop floor walk-through with Darnell Whitaker. ${filler}\n12:15 – 1:00 PM – Wrap-up with Colette\n\nLuis`, 'Thu, May 14, 2026 at 1:15 PM', 'Onsite interview'), CHI);
    expect(x).toMatchObject({ start: '2026-05-21T09:00:00-04:00', end: '2026-05-21T13:00:00-04:00' });
  });
});

describe('moves', () => {
  const thread = (reply: string, subject = 'Re: E-commerce Operations Manager – next conversation') =>
    gmailForward({
      from: 'Beatriz Santos <beatriz.santos@kestreloutfitters.example>',
      date: 'Mon, Sep 14, 2026 at 10:12 AM',
      subject,
      body: `${reply}\n\nOn Thu, Sep 10, 2026 at 11:26 AM Beatriz Santos <beatriz.santos@kestreloutfitters.example> wrote:\n> Hi Sam,\n>\n> Let's lock in Tuesday, 9/15 at 2:00 PM PT for 45 minutes. Here's the Google Meet link: https://meet.google.com/xqr-mbtw-fnp\n>\n> Beatriz`,
    });

  it('shifts the quoted original by the amount a move names', async () => {
    const x = await extract(thread("Hi Sam,\n\nOur leadership sync got moved, so I've had to push our call tomorrow back an hour and a half. Same Meet link, same 45 minutes.\n\nBeatriz"), CHI);
    expect(x).toMatchObject({ kind: 'update', start: '2026-09-15T15:30:00-07:00', end: '2026-09-15T16:15:00-07:00', previousStart: '2026-09-15T14:00:00-07:00' });
  });

  it('reads "we\'re pushing you to 2:30 instead" as a move, and a tip about pushing back as none', async () => {
    const a = await extract(thread('Hi Sam - so sorry for the shuffle, we’re pushing you to 2:30 instead tomorrow. Same room.\n\nBeatriz'), CHI);
    expect(a.kind).toBe('update');
    const b = await extract(gmailForward({ from: 'Devon Marsh <devon@keystonetalent.example>', date: 'Thu, Aug 6, 2026 at 2:22 PM', subject: 'Caldera Mutual - interview confirmed!!', body: 'Hi Sam,\n\nYour first interview is confirmed: Wednesday, August 12, 11:00 AM EST on Zoom: https://calderamutual.zoom.us/j/96612048833\n\nPatricia is big on stakeholder stories, so have one ready about a time you pushed back on a requirement.\n\nDevon' }), CHI);
    expect(b.kind).toBe('interview');
  });

  it('reads a new agenda under "Previously scheduled: …" as the new time', async () => {
    const x = await extract(gmailForward({ from: 'Sofía Benavides <scheduling@goodtime.example>', date: 'Fri, Sep 11, 2026 at 9:48 AM', subject: 'Updated Interview Schedule: E-commerce Merchandising Manager at Northpeak Outdoor', body: 'Hi Sam,\n\nYour interview schedule has been updated.\n\nUPDATED – Friday, September 18, 2026\nTimes shown in Central Time (US & Canada)\nPreviously scheduled: Tuesday, September 15, 2026, 10:00 AM – 11:45 AM\n\n1:00 PM – 1:45 PM\nMerchandising Strategy\nIngrid Solberg, Senior Director of E-commerce\n\n2:00 PM – 2:45 PM\nCross-functional Partnership\nMarcus Bellamy, Director of Digital Marketing\n\nhttps://northpeak.zoom.us/j/97213306645' }), CHI);
    expect(x).toMatchObject({ kind: 'update', start: '2026-09-18T13:00:00-05:00', end: '2026-09-18T14:45:00-05:00' });
    expect(names(x)).toEqual(['Ingrid Solberg', 'Marcus Bellamy']);
  });
});

describe('review mends', () => {
  const mail = (body: string, subject = 'Data Analyst interview', from = 'Priya Shah <priya@lumenfield.example>') =>
    gmailForward({ from, date: 'Mon, Oct 5, 2026 at 9:00 AM', subject, body });

  it('keeps a greeting\'s "morning" away from a bare afternoon hour', async () => {
    const x = await extract(mail('Good morning! Could we confirm 3:30 on Thursday, October 8 for your Data Analyst interview?\n\nPriya'), CHI);
    expect(x.start).toBe('2026-10-08T15:30:00-05:00');
  });

  it('reads a cancellation on a "Rescheduled:" thread as a cancellation', async () => {
    const x = await extract(mail('Hi Sam,\n\nI am sorry, but we need to cancel your interview on Thursday, October 8 at 2:00 PM CT.\n\nPriya', 'Re: Rescheduled: Interview with Lumenfield Energy - Data Analyst'), CHI);
    expect(x.kind).toBe('cancellation');
  });

  it('keeps people whose names are common words, companies ending in "Resources", and "So Yeon Park"', async () => {
    const a = await extract(mail("Hi Sam,\n\nYou're confirmed for Thursday, October 8, 2026 at 2:00 PM CT. You'll meet with Patience Carpenter and Marcus Bellamy.\n\nPriya"), CHI);
    expect(names(a)).toEqual(['Marcus Bellamy', 'Patience Carpenter']);
    const b = await extract(mail('Hi Sam,\n\nPioneer Natural Resources would like to invite you to an interview on Thursday, October 8, 2026 at 2:00 PM CT.\n\nPriya', 'Interview', 'Priya Shah <priya@pioneernaturalresources.example>'), CHI);
    expect(b.company).toBe('Pioneer Natural Resources');
    const c = await extract(mail('Hi Sam,\n\nYour interview is on Thursday, October 8, 2026 at 2:00 PM CT. So Yeon Park will interview you.\n\nPriya'), CHI);
    expect(names(c)).toEqual(['So Yeon Park']);
  });

  it('takes "along with" as a panel only beside a meeting, and drops only the non-scoring member', async () => {
    const a = await extract(mail("Hi Sam,\n\nYou're confirmed for Thursday, October 8, 2026 at 2:00 PM CT with Marcus Bellamy. Ingrid Solberg founded the practice along with Helen Oduya.\n\nPriya"), CHI);
    expect(names(a)).toEqual(['Marcus Bellamy']);
    const b = await extract(mail('Hi Sam,\n\nYour interview is on Thursday, October 8, 2026 at 2:00 PM CT. Panel: Priya Shah (Chair), Marcus Bellamy (Analytics Lead) and Tom Reed (HR, non-scoring).\n\nPriya'), CHI);
    expect(names(b)).toEqual(['Marcus Bellamy', 'Priya Shah']);
  });

  it('reads a two-digit year in "18-Jun-26"', async () => {
    const x = await extract(mail('Interview Type: Online (Zoom)\nDate & Time: 18-Jun-26 09:30 PM - 10:30 PM (IST)\nMeeting Link: https://kaveripay.zoom.us/j/84536021987'), CHI);
    expect(x.start).toBe('2026-06-18T21:30:00+05:30');
  });
});

describe('late rules of session 4', () => {
  it('reads agenda rows that name the people first, the sender as "Me", and ignores a "today" far along a row', async () => {
    const x = await extract(
      gmailForward({
        from: 'Gabriel Ferreira <gabriel@saffronandsalt.example>',
        date: 'Fri, Jan 23, 2026 at 10:00 AM',
        subject: 'Business Systems Analyst - onsite',
        body: "Hi Sam,\n\nHere's the plan for Friday, January 30 (all times Central):\n\n9:00 - 9:45     Me - the role and your questions\n9:45 - 10:30    Yolanda Birch (Controller) and Minh Tran (Senior Accountant) - month-end close and where our reporting breaks today\n11:00 - 11:30   Chef Anselm Duarte (Culinary Director) - how the kitchens use the inventory system\n\nWe're at 2210 E. Cesar Chavez St., Austin.\n\nGabriel\n--\nGabriel Ferreira\nDirector of Finance & Systems",
      }),
      CHI,
    );
    expect(x).toMatchObject({ start: '2026-01-30T09:00:00-06:00', end: '2026-01-30T11:30:00-06:00' });
    expect(names(x)).toEqual(['Anselm Duarte', 'Gabriel Ferreira', 'Minh Tran', 'Yolanda Birch']);
  });

  it('reads Portuguese dates and "14h às 15h (horário de Brasília)"', async () => {
    const x = await extract(gmailForward({ from: 'Larissa Nogueira <larissa@paineira.example>', date: 'Tue, Jun 16, 2026 at 8:02 AM', subject: 'Confirmação de entrevista – Senior Data Engineer', body: 'Olá, Sam!\n\nData: quinta-feira, 25 de junho de 2026\nHorário: 14h às 15h (horário de Brasília)\nLink: https://meet.google.com/fjw-ocbr-ymt' }), CHI);
    expect(x).toMatchObject({ start: '2026-06-25T14:00:00-03:00', end: '2026-06-25T15:00:00-03:00', timeZone: 'America/Sao_Paulo' });
  });

  it('takes the cancelled interview\'s time, not the flight the writer is on', async () => {
    const x = await extract(gmailForward({ from: 'Inês Carvalho <ines@wrenandtide.example>', date: 'Wed, Feb 11, 2026 at 10:50 PM', subject: 'Re: Growth Data Analyst - Thursday 9am PT?', body: "Hi Sam,\n\nSo sorry - I have to cancel tomorrow's 9am PT interview. Our warehouse flooded and I'm on a 7am flight.\n\nInês" }), CHI);
    expect(x).toMatchObject({ kind: 'cancellation', start: '2026-02-12T09:00:00-08:00' });
  });

  it('puts the sender in when a colleague "will hop on for the second half"', async () => {
    const x = await extract(gmailForward({ from: 'Marisol Quintero <marisol@larkspurceramics.example>', date: 'Mon, Mar 2, 2026 at 9:00 AM', subject: 'E-commerce Operations Lead', body: "Hi Sam,\n\nLet's do Thursday, March 5 at 10am Pacific. My co-founder Teodor Vasilescu will hop on for the second half.\n\nZoom: https://us06web.zoom.us/j/84120937752\n\nMarisol\n--\nMarisol Quintero\nFounder, Larkspur Ceramics" }), CHI);
    expect(names(x)).toEqual(['Marisol Quintero', 'Teodor Vasilescu']);
  });
});

describe('rules of session 5 (blind24)', () => {
  const note = (from: string, subject: string, body: string, date = 'Mon, Jun 22, 2026 at 9:00 AM') => gmailForward({ from, date, subject, body });

  it('reads regions named after a time: Zoom\'s "Hawaii", "Newfoundland time", "East Africa Time (EAT)", "Atlantic time"', async () => {
    const a = await extract(note('Kainoa Palakiko <kainoa@reefworks.example>', 'Grants Manager interview', 'Aloha Sam,\n\nTopic: Grants Manager interview\nTime: Jul 9, 2026 08:00 AM Hawaii\n\nJoin Zoom Meeting\nhttps://reefworks.zoom.us/j/81234567890'), CHI);
    expect(a).toMatchObject({ start: '2026-07-09T08:00:00-10:00', timeZone: 'Pacific/Honolulu' });
    const b = await extract(note('Brendan Walsh <brendan@capespear.example>', 'Plant Supervisor call', "Hi Sam,\n\nLet's lock in Thursday (Jul 2) at 10:30 a.m. Newfoundland time for the Plant Supervisor call. I'll ring your cell.\n\nBrendan"), CHI);
    expect(b).toMatchObject({ start: '2026-07-02T10:30:00-02:30', timeZone: 'America/St_Johns' });
    const c = await extract(note('Wanjiku Mwangi <wanjiku@jamiihealth.example>', 'Data Lead interview', 'Dear Sam,\n\nDate: Thursday, 2 July 2026\nTime: 4:30 pm – 5:30 pm East Africa Time (EAT, UTC+3)\nPlatform: Google Meet\n\nRegards,\nWanjiku'), CHI);
    expect(c).toMatchObject({ start: '2026-07-02T16:30:00+03:00', timeZone: 'Africa/Nairobi' });
    const d = await extract(note('Rowan MacIsaac <rowan@saltmarshtrust.example>', 'Grants Analyst interview', "Hi Sam,\n\nLet's meet on Monday, June 29 at 11:00 a.m. Atlantic time (10:00 a.m. Eastern). We're in Halifax, so I'm putting our time first.\n\nRowan"), CHI);
    expect(d).toMatchObject({ start: '2026-06-29T11:00:00-03:00', timeZone: 'America/Halifax' });
  });

  it('reads a bare hour straight after a day ("Tuesday at 3") as the afternoon\'s, unless the email has another time', async () => {
    const body = (s: string) => `Hi Sam,\n\n${s}\n\nRemy\nGeneral Manager, Harbor & Pine`;
    const a = await extract(note('Remy Thibodeaux <remy@harborpine.example>', 'Kitchen Systems Manager', body("Can you come by our Magazine Street location Tuesday at 3? You'll meet me and our chef for the Kitchen Systems Manager role.")), CHI);
    expect(a).toMatchObject({ kind: 'interview', start: '2026-06-23T15:00:00-05:00' });
    // a bare hour only straight after a day and ending its phrase, 1 to 6 or 9 to 11 (the findTimes unit, since a
    // message without interview words reports no time whatever its hours)
    expect(findTimes('are we still on for thursday at 7?')).toEqual([]);
    expect(findTimes('over dinner Friday at 8')).toEqual([]);
    expect(findTimes('the interview is this Friday at 1 Market Street, Suite 300.')).toEqual([]);
    expect(findTimes('We close early today at 5 for inventory.')).toEqual([]);
    expect(findTimes("next Tuesday at 10 my time").map((t) => [t.h, t.mi])).toEqual([[10, 0]]);
    // "a meeting tomorrow at 1" beside the interview's own "2:30"
    const c = await extract(note('Remy Thibodeaux <remy@harborpine.example>', 'Re: Kitchen Systems Manager interview', body("So sorry - I'm stuck in a vendor meeting tomorrow at 1, so we're pushing you to 2:30 tomorrow. Same place.")), CHI);
    expect(c.start).toBe('2026-06-23T14:30:00-05:00');
  });

  it('takes "would love to meet you in person" as an interview\'s words', async () => {
    const x = await extract(note('Ignacio Olmeda <ignacio@casaolmeda.example>', 'Re: your note', "Hi Sam,\n\nBeatriz and I would love to meet you in person. I put you down for this Friday at 2:30, after the lunch rush.\n\nIgnacio"), CHI);
    expect(x).toMatchObject({ kind: 'interview', start: '2026-06-26T14:30:00-05:00' });
  });

  it('reads a panel change as an update, and drops the panellist someone sits in for', async () => {
    const original = '\n\n________________________________\nFrom: City of Mesa Verde <noreply@governmentjobs.example>\nSent: Wednesday, July 1, 2026 12:44 PM\nTo: Sam Rivera <sam.rivera@example.net>\nSubject: Interview Invitation: GIS Analyst\n\nYour oral board interview for GIS Analyst is on Tuesday, July 14, 10:00 - 10:45 AM Mountain Time at City Hall.\nPanel: Patrick Begaye, Gilberto Lucero and Hye-won Kang';
    const a = await extract(note('Renata Okafor <rokafor@mesaverde.example>', 'RE: Interview Invitation: GIS Analyst', `Good morning Sam,\n\nAll oral board interviews will now be conducted virtually via Webex instead of in person. Your interview date and time have not changed.\n\nOne change to the panel: Patrick Begaye is unable to attend, and Yolanda Tsosie, Senior Planner, will sit in for him. Gilberto Lucero and Hye-won Kang will join as planned.\n\nRenata${original}`), CHI);
    expect(a).toMatchObject({ kind: 'update', start: '2026-07-14T10:00:00-06:00' });
    expect(names(a)).toEqual(['Gilberto Lucero', 'Hye-won Kang', 'Yolanda Tsosie']);
    // "has a conflict, so X will take his place": out; a conflict alone only moves the interview for the person
    const b = await extract(note('Priscilla Adjei <padjei@marlowstate.example>', "Tuesday's interview - panel change", `Hello Sam,\n\nA couple of changes for your interview on Tuesday (July 14, 10:00-10:45 AM Mountain - the same time as before): Dr. Gilberto Lucero has a conflict, so Dr. Ngozi Eze-Obi will take his place.\n\nPriscilla${original}`), CHI);
    expect(b.kind).toBe('update');
    expect(names(b)).toEqual(['Hye-won Kang', 'Ngozi Eze-Obi', 'Patrick Begaye']);
  });

  it('names a town by its "City of …" form when the text writes it, and puts in the sender the panel "will consist of"', async () => {
    const x = await extract(note('Nwosu-Harris, Bernadette <bnwosu@mapleterrace.example>', 'GIS Analyst - Panel Interview', 'Good morning Sam,\n\nOn behalf of the City of Maple Terrace, I am pleased to invite you to a panel interview for the GIS Analyst position on Wednesday, July 1, 2026 at 2:00 p.m. Central.\n\nThe panel will consist of myself; Kenji Takahashi, P.E., Senior Engineer; and Ruth Kowal, Planner.\n\nBernadette Nwosu-Harris\nGIS Manager | Maple Terrace'), CHI);
    expect(x.company).toBe('City of Maple Terrace');
    expect(names(x)).toEqual(expect.arrayContaining(['Bernadette Nwosu-Harris', 'Kenji Takahashi']));
  });

  it('reads a domain that shortens the last word or ends in a state code: "chollasemi", "elmprairie-il"', async () => {
    const a = await extract(note('Marisela Quintanilla <marisela@chollasemi.example>', 'Yield Analytics Engineer - video interview', 'Hi Sam,\n\nThanks for your time last week. The Yield & Process Data team would like to meet you on Thursday, July 30 at 9:00 AM Arizona time (MST) on Zoom.\n\nMarisela Quintanilla\nTalent Acquisition | Cholla Semiconductor'), CHI);
    expect(a.company).toBe('Cholla Semiconductor');
    const b = await extract(note('Bernadette Nwosu <bnwosu@elmprairie-il.example>', 'GIS Analyst II - Panel Interview', 'Good morning Sam,\n\nOn behalf of the City of Elm Prairie, thank you for your interest in the GIS Analyst II position with the Department of Public Works. Your panel interview is on Wednesday, May 20, 2026 at 2:00 p.m. Central.\n\nBernadette Nwosu\nDepartment of Public Works'), CHI);
    expect(b.company).toBe('City of Elm Prairie');
  });

  it('reads small changes as updates: "a quick change for Tuesday … in her place", "let\'s do it in person instead"', async () => {
    const quoted = (body: string) => `${body}\n\nOn Mon, Jun 22, 2026 at 10:44 AM Marcus Dela <marcus@blueheron.example> wrote:\n\n> Hi Sam,\n>\n> Let's do Tuesday the 30th, 11:00 AM to 12:00 PM Eastern, on Zoom: https://us06web.zoom.us/j/82259031146\n> You'll be meeting with:\n> - Anjali Mehta, Manager, Integration\n> - Hollis Grant, Director of Systems\n>\n> Marcus`;
    const a = await extract(note('Marcus Dela <marcus@blueheron.example>', 'Re: IT Systems Manager', quoted("Hi Sam,\n\nA quick change for Tuesday: Anjali has been pulled in to support a go-live, so Femi Adeyemi will be joining Hollis in her place.\n\nNothing else is changing - still Tuesday 6/30 at 11:00 AM Eastern on the same Zoom.\n\nMarcus"), 'Fri, Jun 26, 2026 at 3:02 PM'), CHI);
    expect(a).toMatchObject({ kind: 'update', start: '2026-06-30T11:00:00-04:00', end: '2026-06-30T12:00:00-04:00' });
    expect(names(a)).toContain('Femi Adeyemi');
    expect(names(a)).not.toContain('Anjali Mehta');
    const b = await extract(note('Marcus Dela <marcus@blueheron.example>', 'Re: IT Systems Manager', quoted("Sam,\n\nLet's scrap the Zoom and do Tuesday in person instead - same time, 11:00 AM Eastern. Plan on 45 minutes. Come to 12 Harbor St.\n\nMarcus"), 'Fri, Jun 26, 2026 at 3:02 PM'), CHI);
    expect(b).toMatchObject({ kind: 'update', format: 'onsite', meetingUrl: null, start: '2026-06-30T11:00:00-04:00', end: '2026-06-30T11:45:00-04:00' });
  });

  it('reads a hospital manager\'s own invitation (not a patient\'s visit), and "the last 15 minutes" as no length', async () => {
    const x = await extract(note('Adaeze Bell <abell@larkspurkids.example>', 'Clinical Informatics Analyst - next conversation', "Hi Sam,\n\nThank you again for your time with our recruiting team last week. Let's plan on Thursday, July 2, at 1:30 PM Central. I've blocked 45 minutes, and we'll meet over Zoom: https://larkspurkids.zoom.us/j/93177204518\n\nI'd like to hear how you have handled data requests from nursing and pharmacy. Marcus Thibodeaux will hop on for the last 15 minutes.\n\nAdaeze Bell, MD\nDirector, Clinical Informatics\nLarkspur Children's Hospital"), CHI);
    expect(x).toMatchObject({ kind: 'interview', role: 'Clinical Informatics Analyst', start: '2026-07-02T13:30:00-05:00', end: '2026-07-02T14:15:00-05:00' });
  });

  it('reads "can we slide to Wed 7/22, same time?" as a move, and "in person instead of over Zoom" as onsite', async () => {
    const original = '\n\n> On Jul 14, 2026, at 5:21 PM, Marcus Bell <no-reply@hire.lever.example> wrote:\n>\n> Your interview with Ridgeback Outdoor for the Platform Engineer role:\n> When: Tuesday, July 21, 2026\n> 3:00 PM - 3:45 PM CDT\n> Zoom: https://ridgeback.zoom.us/j/97311502286';
    const a = await extract(note('Marcus Bell <marcus@ridgeback.example>', 'Re: Interview confirmed: Platform Engineer', `Sam - can we slide to Wed 7/22, same time? Siobhan got pulled into a launch Tuesday.\n\n-M${original}`, 'Fri, Jul 17, 2026 at 8:44 AM'), CHI);
    expect(a).toMatchObject({ kind: 'update', start: '2026-07-22T15:00:00-05:00', end: '2026-07-22T15:45:00-05:00' });
    const b = await extract(note('Marcus Bell <marcus@ridgeback.example>', 'Re: Interview confirmed: Platform Engineer', `Hi Sam,\n\nSmall change of plans: we'd love to do this in person instead of over Zoom. Same time, but please come to 212 Duane Street.\n\nMarcus${original}`, 'Fri, Jul 17, 2026 at 8:44 AM'), CHI);
    expect(b).toMatchObject({ kind: 'update', format: 'onsite', meetingUrl: null, start: '2026-07-21T15:00:00-05:00' });
  });

  it('reads Vietnamese letters in names ("Linh Trương") and keeps "Marguerite St. Clair" whole', async () => {
    const x = await extract(note('Dana Poole <dana@tidewaterfreight.example>', 'Transportation Analyst interview', 'Hi Sam,\n\nYour interview is on Thursday, July 2, 2026 at 9:00 AM Eastern at our Savannah warehouse.\n\nInterviewers:\n- Kofi Boateng-Asante, Operations Manager\n- Linh Trương, Senior Analyst\n- Marguerite St. Clair, Director\n\nDana Poole\nRecruiting Coordinator'), CHI);
    expect(names(x)).toEqual(['Kofi Boateng-Asante', 'Linh Trương', 'Marguerite St. Clair']);
  });
});

describe('review mends of session 5', () => {
  const F = 'Dana Poole <dana@tidewater.example>';
  const invite = (extra: string) =>
    gmailForward({ from: F, date: 'Mon, Jun 22, 2026 at 9:00 AM', subject: 'Interview invitation: Platform Engineer', body: `Hi Sam,\n\nThanks for applying. We would like to invite you to interview for the Platform Engineer role on Tuesday, July 14, 2026 at 2:00 PM Central on Zoom: https://tidewater.zoom.us/j/81234567890\n\nYou will meet Kofi Boateng, Engineering Manager.\n\n${extra}\n\nDana` });
  const quoted = '\n\nOn Mon, Jun 22, 2026 at 10:44 AM Dana Poole <dana@tidewater.example> wrote:\n\n> Hi Sam,\n> Your interview for the Platform Engineer role is Tuesday, June 30 at 2:00 PM Central on Zoom.\n> You will meet:\n> - Kofi Boateng, Engineering Manager\n> - Ana Ruiz, Staff Engineer\n>\n> Dana';
  const reply = (body: string) => gmailForward({ from: F, date: 'Fri, Jun 26, 2026 at 3:02 PM', subject: 'Re: Platform Engineer interview', body: body + quoted });

  it('takes "nice meeting you" as no interview\'s words', async () => {
    const x = await extract(gmailForward({ from: 'Jo Park <jo@example.org>', date: 'Mon, Jun 22, 2026 at 9:00 AM', subject: 'welcome to the street', body: 'Hi Sam, so nice meeting you yesterday! We are having a BBQ Saturday at 4, come by.' }), CHI);
    expect(x.kind).toBe('unrecognized');
  });

  it('keeps a fresh invitation an interview beside offers and asides that only sound like changes', async () => {
    for (const extra of ["If video is hard for you, we're happy to do it by phone instead.", 'Kofi will ask how you would approach a few changes to our deployment pipeline.', 'Since last year all first-round interviews will now be conducted by the hiring manager.', 'Kofi took over the team when Ana moved to London; he now sits in her place on the leadership group.', 'If that time does not work, can we slide to another day? Just reply.']) {
      const x = await extract(invite(extra), CHI);
      expect(x.kind, extra).toBe('interview');
    }
  });

  it('keeps the link of a video interview that offers to meet in person, or mentions a Zoom test', async () => {
    for (const extra of ["If you'd prefer, we're happy to meet in person instead of over Zoom - just let me know.", "Please don't skip the Zoom test beforehand; in-person candidates get a separate invite."]) {
      const x = await extract(invite(extra), CHI);
      expect(x, extra).toMatchObject({ format: 'video', meetingUrl: 'https://tidewater.zoom.us/j/81234567890' });
    }
  });

  it('reads "it will not be at the same time" as no time, and keeps a panellist who only has a conflict', async () => {
    const a = await extract(reply('Hi Sam,\n\nWe have to move your interview - it will not be at the same time. I will follow up with a new slot.\n\nDana'), CHI);
    expect(a.start).toBeNull();
    const b = await extract(reply("Hi Sam,\n\nKofi has a conflict at 2:00, so we've moved your interview to 4:00 PM on Tuesday instead. The old invite has been replaced by a new one.\n\nDana"), CHI);
    expect(names(b)).toEqual(['Ana Ruiz', 'Kofi Boateng']);
  });

  it('leaves out a sender who is only the contact on the team', async () => {
    const x = await extract(gmailForward({ from: F, date: 'Mon, Jun 22, 2026 at 9:00 AM', subject: 'Platform Engineer interview', body: 'Hi Sam,\n\nYour interview for the Platform Engineer role is on Tuesday, June 30 at 2:00 PM Central with Kofi Boateng. Your main contact on the team is me, so reach out with any questions.\n\nDana Poole\nOffice Manager' }), CHI);
    expect(names(x)).toEqual(['Kofi Boateng']);
  });

  it('reads a pharmacy notice with a hiring footer as no interview, and "budget 20 minutes for parking" as no length', async () => {
    const a = await extract(gmailForward({ from: 'Gracewell Pharmacy <rx@gracewell.example>', date: 'Mon, Jun 22, 2026 at 9:00 AM', subject: 'Your prescription is ready', body: "Your prescription is ready for pickup on Tuesday, July 14, 2026 from 3:00 PM to 7:00 PM. We're hiring! Apply for the Pharmacy Technician position at gracewell.example/careers." }), CHI);
    expect(a.kind).toBe('unrecognized');
    const b = await extract(invite('Please budget 20 minutes for parking and security check-in.'), CHI);
    expect(b.end).toBeNull();
  });

  it('reports at most twelve interviewers, however long the list', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `- ${['Ada', 'Ben', 'Cy', 'Dee', 'Eli', 'Fay'][i % 6]}${'abcdefghij'[i % 10]}o Mar${'klmnopqrst'[Math.floor(i / 6) % 10]}ez, Senior Engineer`).join('\n');
    const x = await extract(gmailForward({ from: F, date: 'Mon, Jun 22, 2026 at 9:00 AM', subject: 'Platform Engineer interview', body: `Hi Sam,\n\nYour interview is on Tuesday, June 30 at 2:00 PM Central.\n\nInterviewers:\n${rows}\n\nDana` }), CHI);
    expect(x.interviewers.length).toBeGreaterThan(0);
    expect(x.interviewers.length).toBeLessThanOrEqual(12);
  });

  it('trims the blanks at the ends of lines, a long run of them too', () => {
    expect(cleanText('a  \n\tb\t \nc')).toBe('a\n\tb\nc');
    const long = cleanText(`x${' '.repeat(50_000)}y${' '.repeat(10)}`);
    expect(long.length).toBe(50_002);
    expect(long.endsWith('y')).toBe(true);
  });

  it('takes no "City Hall" for the employer', async () => {
    const x = await extract(gmailForward({ from: 'Gina Marsh <gmarsh@marlowsprings.example>', date: 'Mon, Jun 22, 2026 at 9:00 AM', subject: 'Interview - GIS Technician', body: 'Hi Sam,\n\nYour interview for the GIS Technician position is on Thursday, July 9, 2026 at 1:30 p.m. MT.\nLocation: City Hall, 2nd floor\n\nGina Marsh\nCity of Marlow Springs' }), CHI);
    expect(x.company).not.toBe('City Hall');
  });
});


describe('rules of session 6', () => {
  it('keeps a partnership\'s "LLP" as the firm writes it, and drops "Inc."', async () => {
    const a = await extract(gmailForward({ from: 'Tomás Echeverría <techeverria@harrowgatevoss.example>', date: 'Mon, Jun 22, 2026 at 9:00 AM', subject: 'Interview - Legal Technology Analyst', body: 'Hi Sam,\n\nYour interview for the Legal Technology Analyst position is on Tuesday, June 30 at 2:00 PM Central.\n\nTomás Echeverría\nDirector of Legal Operations\nHarrowgate & Voss LLP | 233 S. Wacker Drive, Chicago, IL 60606' }), CHI);
    expect(a.company).toBe('Harrowgate & Voss LLP');
    const b = await extract(gmailForward({ from: 'Dana Poole <dana@quillfeather.example>', date: 'Mon, Jun 22, 2026 at 9:00 AM', subject: 'Interview - Data Analyst', body: 'Hi Sam,\n\nYour interview for the Data Analyst position is on Tuesday, June 30 at 2:00 PM Central.\n\nDana Poole\nQuillfeather, Inc.' }), CHI);
    expect(b.company).toBe('Quillfeather');
    const c = await extract(gmailForward({ from: 'Dana Poole <dana@pemberton.example>', date: 'Mon, Jun 22, 2026 at 9:00 AM', subject: 'Senior Data Consultant, Pemberton & Co - interview', body: 'Hi Sam,\n\nYour interview for the Senior Data Consultant, Pemberton & Co role is on Tuesday, June 30 at 2:00 PM Central.\n\nDana Poole\nPemberton & Co. LLP' }), CHI);
    expect(c.company).toBe('Pemberton & Co. LLP');
    expect(c.role).toBe('Senior Data Consultant');
  });

  it('writes the company as fully as the signature does, but not with a department or a legal style', async () => {
    const mail = (sig: string) => gmailForward({ from: 'Folasade Adeyemi <fadeyemi@riverbendfood.example>', date: 'Mon, Jun 22, 2026 at 9:00 AM', subject: 'Program Analyst interview - Riverbend Food', body: `Hi Sam,\n\nYour interview for the Program Analyst position is on Tuesday, June 30 at 2:00 PM Central.\n\nBest,\nFolasade Adeyemi\nDirector of Programs\n${sig}\n(612) 555-0175` });
    expect((await extract(mail('Riverbend Food Alliance | Minneapolis, MN'), CHI)).company).toBe('Riverbend Food Alliance');
    expect((await extract(mail('Riverbend Food Talent Acquisition'), CHI)).company).toBe('Riverbend Food');
    expect((await extract(mail('Riverbend Food Insurance Company'), CHI)).company).toBe('Riverbend Food');
  });

  it('spells the company from a domain of its first and last words, a "k12" district, a possessive', async () => {
    const mail = (from: string, body: string) => gmailForward({ from, date: 'Mon, Jun 22, 2026 at 9:00 AM', subject: 'Invitation: Onsite interview - Sam Rivera', body: `Hi Sam,\n\nYour onsite interview is on Tuesday, June 30 at 9:00 AM Central.\n\n${body}` });
    expect((await extract(mail('Lisa Marchetti <lm@ostrandercastings.example>', 'Where: Ostrander Precision Castings - Plant 2, 4410 W Electric Ave\n\nLisa Marchetti, HR Generalist'), CHI)).company).toBe('Ostrander Precision Castings');
    expect((await extract(mail('Renée Castellano <rc@frontrange.k12.co.us>', 'Respectfully,\n\nRenée Castellano\nDirector of Assessment\nFront Range Unified School District\n1420 Wadsworth Blvd'), CHI)).company).toBe('Front Range Unified School District');
    expect((await extract(mail('Casey Marchbanks <cm@fernhollowor.example>', "This is for the City of Fernhollow's GIS Analyst II recruitment.\n\nCasey Marchbanks"), CHI)).company).toBe('City of Fernhollow');
  });
});

describe('rules of session 7', () => {
  const invite = (body: string, from = 'Odalys Fairbanks <ofairbanks@wrenmoor.example>') =>
    gmailForward({ from, date: 'Mon, Mar 2, 2026 at 9:00 AM', subject: 'Interview - Instructional Technology Coach', body: `Hi Sam,\n\nThank you for applying. Your interview is on Wednesday, March 11 at 3:45 PM Central in Room 104.\n\n${body}\n\nOdalys Fairbanks\nPrincipal, Wrenmoor Academy` });

  it('reads a committee listed with titles and semicolons, and the sender who is in it', async () => {
    const x = await extract(invite('The committee will include me; our Assistant Principal, Tobiah Lindqvist; and our library media specialist, Henrietta Okoro.'), CHI);
    expect(names(x)).toEqual(['Henrietta Okoro', 'Odalys Fairbanks', 'Tobiah Lindqvist']);
  });

  it('counts the sender in when "you and I will sit down" after a colleague\'s part', async () => {
    const x = await extract(invite('First hour is a floor walk with Jolene Mbeki, our Quality Supervisor. After that you and I will sit down in the front conference room.'), CHI);
    expect(names(x)).toEqual(['Jolene Mbeki', 'Odalys Fairbanks']);
  });

  it('reads "Dr. Édouard …" and a name with particles ("Juan Pablo de la Fuente") in a committee list', async () => {
    const x = await extract(invite('Committee members:\nDr. Édouard Marchetti, Research Associate, Soil Lab\nJuan Pablo de la Fuente, Associate Professor of Agronomy\nWinona Tsosie, Director of Research Computing'), CHI);
    expect(names(x)).toEqual(['Juan Pablo de la Fuente', 'Winona Tsosie', 'Édouard Marchetti']);
  });

  it('names no company after a function\'s word, an intro call or the state under a team\'s name', async () => {
    const a = await extract(gmailForward({ from: 'Corveth Mutual Careers <no-reply@zoom.example>', date: 'Mon, Jul 20, 2026 at 8:00 AM', subject: 'Inside Underwriting Technology: Corveth Mutual Virtual Info Session Confirmation', body: 'Hi Sam,\n\nThank you for registering for Inside Underwriting Technology: Corveth Mutual Virtual Info Session on July 28 at 11:00 AM CT.' }), CHI);
    expect(a.company).toBe('Corveth Mutual');
    const b = await extract(gmailForward({ from: 'Halloway Farms <noreply@smartrecruiters.example>', date: 'Tue, Jul 28, 2026 at 9:30 AM', subject: 'Update on your application - Supply Chain Analyst', body: 'Dear Sam,\n\nThank you for your interest in the Supply Chain Analyst position. We have decided to move forward with other candidates.\n\nKind regards,\nTalent Acquisition Team\nHalloway Farms\nLincoln, Nebraska' }), CHI);
    expect(b.company).toBe('Halloway Farms');
  });

  const note = (n: string, o: { from: string; date: string; subject: string; body: string }) =>
    mail({ subject: `Fwd: ${o.subject}`, text: `${n}\n\n---------- Forwarded message ---------\nFrom: ${o.from}\nDate: ${o.date}\nSubject: ${o.subject}\nTo: Sam Rivera <sam.rivera@example.net>\n\n\n${o.body}\n` });

  it('reads "half past two" and "a quarter to four" as clock times, and "ask me anything" in prose as no event', async () => {
    const x = await extract(gmailForward({ from: 'Nokuthula Dube <ndube@brackwater.example>', date: 'Thu, Jan 8, 2026 at 4:47 PM', subject: 'Phone screen - Billing Analyst', body: "Hi Sam,\n\nI've put us down for a phone screen tomorrow (Friday) at half past two, Central time. Plan on about 30 minutes. I'll tell you about the team and you can ask me anything.\n\nNokuthula" }), CHI);
    expect(x.kind).toBe('interview');
    expect(x.start).toBe('2026-01-09T14:30:00-06:00');
    expect(x.end).toBe('2026-01-09T15:00:00-06:00');
    const y = await extract(gmailForward({ from: 'Nokuthula Dube <ndube@brackwater.example>', date: 'Thu, Jan 8, 2026 at 4:47 PM', subject: 'Phone screen - Billing Analyst', body: 'Hi Sam,\n\nWe are set for Monday, January 12 at a quarter to four Eastern for a phone screen.\n\nNokuthula' }), CHI);
    expect(y.start).toBe('2026-01-12T15:45:00-05:00');
  });

  it('reads a cancelled Zoom interview, a suspended search, and the forwarder\'s own "moved to thu" / "cancelled"', async () => {
    const a = await extract(gmailForward({ from: 'Priscilla Vane <pvane@northmoor.example>', date: 'Fri, Sep 4, 2026 at 2:38 PM', subject: 'Re: Zoom interview - Budget Analyst', body: 'Dear Sam,\n\nThe university has suspended the search for the Budget Analyst position. As a result, we must cancel your Zoom interview scheduled for Thursday, September 10 at 1:00 p.m. Eastern.\n\nPriscilla Vane' }), CHI);
    expect(a.kind).toBe('cancellation');
    const o = { from: 'Ezinne Obi <ezinne@tallowline.example>', date: 'Wed, Apr 15, 2026 at 8:10 AM', subject: 'Re: Tallowline - Product Manager', body: 'Sam, Thursday at noon Central works, same Zoom, 45 min.\n\nEzinne' };
    expect((await extract(note('moved to thu', o), CHI)).kind).toBe('update');
    expect((await extract(note('fyi cancelled :(', { ...o, body: 'Sam, sorry, we have to call off Thursday at noon Central.\n\nEzinne' }), CHI)).kind).toBe('cancellation');
    expect((await extract(note('interview thursday!', o), CHI)).kind).toBe('interview');
  });

  it('reads no move in "we\'re moving our warehouses" or "if you have to move the time"', async () => {
    const x = await extract(gmailForward({ from: 'Obiora Eze <oeze@larchmont.example>', date: 'Tue, Jul 7, 2026 at 4:41 PM', subject: 'Warehouse Systems Analyst - Tuesday', body: "Hi Sam,\n\nLet's lock in Tuesday 7/14 at 2pm ET for our conversation. I'll walk you through our WMS migration (we're moving our three DCs off a homegrown system). If you need an accommodation or have to move the time, reply here.\n\nObiora" }), CHI);
    expect(x.kind).toBe('interview');
  });

  it('reads a panel "of three:" in a semicolon list, and two people with titles who "will call you"', async () => {
    const a = await extract(invite('You will meet with a panel of three: Dr. Marguerite Osei, our Director of Assessment; Piotr Nowak, IT Systems Manager; and Lucinda Whitehorse, Principal of Sandcreek Elementary.'), CHI);
    expect(names(a)).toEqual(['Lucinda Whitehorse', 'Marguerite Osei', 'Piotr Nowak']);
    const b = await extract(invite('Aoife Brennan, Manager, Decision Support, and Harpreet Gill, Senior Data Analyst, will call you at the scheduled time.'), CHI);
    expect(names(b)).toEqual(['Aoife Brennan', 'Harpreet Gill']);
  });

  it('counts the sender in for "I\'ll have X jump on for the back half", and out when "I won\'t be on the panel"', async () => {
    const a = await extract(invite("Let's lock it in. I'll have Kaito Mori (my cofounder, CTO) jump on for the back half."), CHI);
    expect(names(a)).toEqual(['Kaito Mori', 'Odalys Fairbanks']);
    const b = await extract(invite("I've moved us to Thursday morning. You'll meet with Abebe Girma (Director of Programs) and Yer Xiong (Volunteer Lead). I'll greet you at the front desk but won't be on the panel."), CHI);
    expect(names(b)).toEqual(['Abebe Girma', 'Yer Xiong']);
  });

  it('leaves out the scheduler of a tool\'s notice ("Message from X:", "Your coordinator, X, will hop on for the first few minutes")', async () => {
    const a = await extract(gmailForward({ from: 'Bisi Adebayo <no-reply@ashbyhq.example>', date: 'Tue, May 12, 2026 at 8:47 PM', subject: 'Interview Cancelled: Product Analyst at Mangrove Pay', body: 'Hi Sam,\n\nYour video interview with Mangrove Pay has been cancelled.\n\nCase Interview (cancelled)\nThursday, 14 May 2026\n4:00 PM - 5:00 PM (GMT+1)\nWith Emeka Obi and Zainab Lawal\n\nMessage from Bisi Adebayo:\n"Sam, so sorry. I\'ll send you new options soon."' }), CHI);
    expect(names(a)).toEqual(['Emeka Obi', 'Zainab Lawal']);
    const b = await extract(invite('You will meet Ravi Menon (Staff Engineer) and Hedda Lund (Security Lead).\n\nYour coordinator, Brittany Shaw, will hop on for the first few minutes to make introductions.'), CHI);
    expect(names(b)).toEqual(['Hedda Lund', 'Ravi Menon']);
  });

  it('takes the company in a sender\'s parentheses ("Colleen O\'Brien (Harborview Savings Bank)")', async () => {
    const x = await extract(gmailForward({ from: '"Maeve Quinlan (Saltmarsh Savings Bank)" <noreply@mail.smartrecruiters.example>', date: 'Mon, Jun 1, 2026 at 9:00 AM', subject: 'Phone interview - Credit Risk Analyst', body: 'Hi Sam,\n\nBrendan will call you Monday, June 8 at 1:00 PM EST about the Credit Risk Analyst role.\n\nBest regards,\nMaeve Quinlan' }), CHI);
    expect(x.company).toBe('Saltmarsh Savings Bank');
  });

  it('drops where and when the job is done from a title, a search number, a sentence after it', async () => {
    const mail1 = (subject: string, body: string) => gmailForward({ from: 'Imogen Thrale <ithrale@vantora.example>', date: 'Mon, May 11, 2026 at 9:00 AM', subject, body: `Hi Sam,\n\n${body}\n\nYour interview is on Monday, May 18 at 10:00 AM Central on Zoom.\n\nImogen Thrale` });
    expect((await extract(mail1('Interview - Staff Platform Engineer', 'Position : Staff Platform Engineer (Remote - US)'), CHI)).role).toBe('Staff Platform Engineer');
    expect((await extract(mail1('Interview - Research Computing Specialist (Search #R-2026-114)', 'Thank you for applying.'), CHI)).role).toBe('Research Computing Specialist');
    expect((await extract(mail1('Please choose a time', 'The next step in your process for Engineering Manager, Payments is a Hiring Manager Interview with Ana Ruiz.'), CHI)).role).toBe('Engineering Manager, Payments');
  });

  it('writes the company as its text does: "X Bank" over the subject\'s "X", "Van der …", without "Co., Ltd."', async () => {
    const a = await extract(gmailForward({ from: 'Dmitri Orlov <dorlov@beaconridge.example>', date: 'Mon, May 11, 2026 at 9:00 AM', subject: 'Fernvale Mutual - phone screen tomorrow', body: 'Hi Sam,\n\nPaula Renz, VP of Treasury Technology at Fernvale Mutual Bank, would like to do a phone screen tomorrow at 10:00 AM Central. Fernvale Mutual Bank is a client of ours.\n\nDmitri Orlov\nBeacon Ridge Talent Partners' }), CHI);
    expect(a.company).toBe('Fernvale Mutual Bank');
    const b = await extract(gmailForward({ from: 'Eline Vos <evos@vdbergwright.example>', date: 'Mon, May 11, 2026 at 9:00 AM', subject: 'Interview - Litigation Support Analyst', body: 'Dear Sam,\n\nThank you for your interest in Van den Berg & Wright LLP. Your interview is on Monday, May 18 at 10:00 AM Central at our Chicago office.\n\nEline Vos' }), CHI);
    expect(b.company).toBe('Van den Berg & Wright LLP');
    const c = await extract(gmailForward({ from: 'Haruto Sato <hsato@tsubame.example>', date: 'Mon, May 11, 2026 at 9:00 AM', subject: 'Interview - Production Engineer', body: 'Dear Sam,\n\nYour interview is on Monday, May 18 at 10:00 AM Central on Zoom.\n\nHaruto Sato\nHuman Resources\nTsubame Machine Tools Co., Ltd.' }), CHI);
    expect(c.company).toBe('Tsubame Machine Tools');
  });

  it('reads "10:00 to noon", and a bare time at a Rapid City, SD address as Mountain time', async () => {
    const a = await extract(gmailForward({ from: 'Nell Harper <nharper@quillon.example>', date: 'Mon, Mar 2, 2026 at 4:18 PM', subject: 'Onsite interview', body: 'Hi Sam,\n\nYour onsite is on Thursday, March 12, 10:00 to noon Central, at our office.\n\nNell' }), CHI);
    expect([a.start, a.end]).toEqual(['2026-03-12T10:00:00-05:00', '2026-03-12T12:00:00-05:00']);
    const b = await extract(gmailForward({ from: 'Dale Twofeathers <dtwofeathers@blackhillsusd.example>', date: 'Mon, Mar 2, 2026 at 9:00 AM', subject: 'Interview - Director of Technology', body: 'Good afternoon Sam,\n\nYour interview is scheduled for Monday, March 9, at 3:15 p.m. in the Board Room of the Education Center, 300 Sixth Street, Rapid City, SD 57701. Please plan on approximately 45 minutes.\n\nDale Twofeathers' }), CHI);
    expect([b.start, b.timeZone]).toEqual(['2026-03-09T15:15:00-06:00', 'America/Denver']);
  });

  it('reads two titled people of one agenda row, a title with a dash in parentheses, "X, Y and I are sorry"', async () => {
    const a = await extract(agenda(['9:00 AM - 9:45 AM  Technical deep dive: Farah Siddiqui, Principal Engineer, and Wen-Jie Lo, Director, Platform Engineering', '9:45 AM - 10:30 AM  Tobias Brandt, Chief Digital Officer']), CHI);
    expect(names(a)).toEqual(['Farah Siddiqui', 'Tobias Brandt', 'Wen-Jie Lo']);
    const b = await extract(invite('Panel : Mr. Vikram Sethi (VP - Platform Engineering), Ms. Lakshmi Rao (Principal SRE)'), CHI);
    expect(names(b)).toEqual(['Lakshmi Rao', 'Vikram Sethi']);
    const c = await extract(gmailForward({ from: 'Adwoa Boateng <aboateng@kessler.example>', date: 'Mon, Nov 2, 2026 at 3:00 PM', subject: 'Re: Interview - Research Computing Specialist', body: "Dear Sam,\n\nI regret that we must cancel tomorrow's interview at 10 a.m. Eastern because of a hiring pause.\n\nDeclan Murphy, Chen Jing and I are genuinely sorry.\n\nAdwoa" }), CHI);
    expect(names(c)).toEqual(['Adwoa Boateng', 'Chen Jing', 'Declan Murphy']);
  });

  it('reads "Provost Dr. X" as X, and no person in "Den Teams-Link" or "Research Computing staff"', async () => {
    const a = await extract(agenda(['9:00 AM - 9:45 AM  Search Committee Interview, chaired by Dr. Halima Yusuf', '10:00 AM - 10:30 AM  Meeting with Provost Dr. Teodoro Villanueva (Office of the Provost)', '10:45 AM - 11:30 AM  Open presentation (open to all Research Computing staff)']), CHI);
    expect(names(a)).toEqual(['Halima Yusuf', 'Teodoro Villanueva']);
    const b = await extract(gmailForward({ from: 'Katrin Vogt <kvogt@brenner.example>', date: 'Mon, Oct 19, 2026 at 9:00 AM', subject: 'Einladung: Kennenlernen', body: 'Hallo Sam,\n\nGerne möchten wir Sie zu einem Vorstellungsgespräch für die Position Field Application Engineer per Microsoft Teams einladen.\n\nTermin: Tuesday, October 27, 2026, 16:00 - 17:00 CET\nGesprächspartner: Jürgen Albrecht (Leiter Applikationstechnik) und Selin Kaya (Teamleiterin)\nDen Teams-Link finden Sie unten.\n\nKatrin Vogt' }), CHI);
    expect(names(b)).toEqual(['Jürgen Albrecht', 'Selin Kaya']);
  });

  it("reads a colleague's forward of a forward ('FW:' over a long note) as the original's", async () => {
    const text = "fwd - phone screen (came to my old work email)\n\n---------- Forwarded message ---------\nFrom: Petra Holm <petra.holm@oldjob.example>\nDate: Tue, Feb 10, 2026 at 8:05 AM\nSubject: FW: Data Manager - quick call\nTo: sam.rivera@example.net\n\n\nHey Sam,\n\nThis landed in your old inbox yesterday afternoon (IT still has it routing to me). Looks time-sensitive so I'm sending it right over before the weekend. Good luck with it, and say hi to everyone at the new place for me!!\n\nPetra\n\nPetra Holm\nSenior QA Engineer | Oldjob Software\n\nFrom: Nadia Okoro <nokoro@lanternfoodbank.example>\nSent: Monday, February 9, 2026 3:40 PM\nTo: Sam Rivera <sam.rivera@oldjob.example>\nSubject: Data Manager - quick call\n\nHi Sam,\n\nI've scheduled a phone call for tomorrow at 11:00 a.m. Eastern about our Data Manager position. It should take about 30 minutes.\n\nNadia Okoro\nExecutive Director\nLantern Community Food Bank\n";
    const x = await extract(mail({ subject: 'Fwd: FW: Data Manager - quick call', text }), CHI);
    expect(x.company).toBe('Lantern Community Food Bank');
    expect(x.start).toBe('2026-02-10T11:00:00-05:00');
    expect(names(x)).toEqual(['Nadia Okoro']);
  });

  it('names no company "Meet the" or "… University Staff" for an info session, and reads a tax review as no interview', async () => {
    const a = await extract(gmailForward({ from: 'Crestmoor University Human Resources <no-reply@zoom.us>', date: 'Wed, Sep 2, 2026 at 1:07 PM', subject: 'Crestmoor University Staff Careers: Virtual Information Session Confirmation', body: 'Hi Sam,\n\nThank you for registering for "Crestmoor University Staff Careers: Virtual Information Session" on September 10 at 12:00 PM CT.' }), CHI);
    expect([a.kind, a.company]).toEqual(['unrecognized', 'Crestmoor University']);
    const b = await extract(gmailForward({ from: 'Solstice Federal Credit Union <no-reply@zoom.us>', date: 'Mon, Apr 6, 2026 at 10:14 AM', subject: 'Meet the Team: Technology Careers Info Session Confirmation', body: 'Hi Sam,\n\nThank you for registering for Meet the Team: Technology Careers Info Session on April 14 at 12:00 PM CT.\n\nSolstice Federal Credit Union' }), CHI);
    expect(b.company).toBe('Solstice Federal Credit Union');
    const c = await extract(gmailForward({ from: 'Marisa Quell <marisa@quellhart.example>', date: 'Thu, Feb 19, 2026 at 11:20 AM', subject: 'Invitation: Tax planning review - Sam Rivera (2025 return) @ Thu Feb 26, 2026 4pm - 4:45pm (CST)', body: "Thursday Feb 26, 2026 ⋅ 4pm – 4:45pm\nCentral Time - Chicago\n\nHi Sam - let's walk through your 2025 documents (W-2s, the 1099-B) and talk about estimated payments for 2026." }), CHI);
    expect(c.kind).toBe('unrecognized');
  });

  it('reads "has been rescheduled. The previously scheduled interview … has been canceled and replaced" as a move', async () => {
    const x = await extract(gmailForward({ from: 'Fairhaven Bank <fairhaven@myworkday.example>', date: 'Fri, Apr 10, 2026 at 11:02 AM', subject: 'Interview Rescheduled: Senior Data Analyst', body: 'Hello Sam,\n\nYour interview for the Senior Data Analyst position has been rescheduled. The previously scheduled interview on Tuesday, April 14, 2026 has been canceled and replaced by the one below.\n\nDate: Thursday, April 16, 2026\nTime: 9:00 AM - 10:00 AM (GMT-04:00) Eastern Time (New York)' }), CHI);
    expect([x.kind, x.start]).toEqual(['update', '2026-04-16T09:00:00-04:00']);
  });

  it('reads a name without its nickname in quotes, and "a product deep-dive with me" as the sender in it', async () => {
    const a = await extract(invite('You will meet:\n- Grzegorz "Greg" Kowalczyk, Manager of Manufacturing Engineering\n- Tamsin Ellery, Plant Manager'), CHI);
    expect(names(a)).toEqual(['Grzegorz Kowalczyk', 'Tamsin Ellery']);
    const b = await extract(invite('Rough plan: 10:00-11:00 product deep-dive with me, 11:00-12:00 pairing session with Yusuf Kaplan (our CTO).'), CHI);
    expect(names(b)).toEqual(['Odalys Fairbanks', 'Yusuf Kaplan']);
  });

  it('reads an itinerary: "X will meet you in the lobby" is no session nor interviewer, a column of honoured names, a colon list', async () => {
    const x = await extract(agenda(['8:45 AM – Priscilla Oduya will meet you in the lobby of the Tolliver Center (visitor parking is in the garage)', "10:00 – 11:00 AM – Search committee interview: Dr. Ngozi Obi, Ravi Kumar, Lena Park, Sean O'Malley (Tolliver 402)", '11:15 AM – 12:00 PM  Faculty panel  Hollis Hall 310  Prof. Yusuf Okeke (Physics), Dr. Ines Moreau (Genomics)']), CHI);
    expect(x.start).toBe('2026-10-13T10:00:00-05:00');
    expect(names(x)).toEqual(['Ines Moreau', 'Lena Park', 'Ngozi Obi', 'Ravi Kumar', "Sean O'Malley", 'Yusuf Okeke']);
  });

  it('reads "your Zoom interviews", "tomorrow\'s Teams interview" as video, and a store visit "when you arrive" as onsite', async () => {
    const mk = (body: string) => gmailForward({ from: 'Ines Ferraz <iferraz@tallowmere.example>', date: 'Mon, Mar 9, 2026 at 8:05 AM', subject: 'Interview', body: `Hi Sam,\n\n${body}\n\nInes` });
    expect((await extract(mk('Your Zoom interviews for the Embedded Engineer role are on Tuesday, March 10, 1:00 pm - 2:30 pm EDT.'), CHI)).format).toBe('video');
    expect((await extract(mk('Just confirming tomorrow\'s Teams interview (Tuesday, March 10 at 11:00 AM EST) with Martin Kessler.'), CHI)).format).toBe('video');
    expect((await extract(mk('Position: Store Manager\nDate: Saturday, March 14, 2026\nTime: 10:00 AM Central\nLocation: Tallowmere, Oakbrook Center, 100 Oakbrook Center, Oak Brook, IL 60523\n\nWhen you arrive, please ask for Jerome at the front register.'), CHI)).format).toBe('onsite');
  });

  it('reads "9.00pm SGT — this should be 8.00am on Friday morning for you in Chicago" as the Singapore time and day', async () => {
    const mk = (line: string) => gmailForward({ from: 'Priscilla Tan <ptan@harbourlion.example>', date: 'Wed, Apr 29, 2026 at 3:14 AM', subject: 'Interview - Analyst', body: `Dear Sam,\n\nI am pleased to confirm your interview:\n\nDate: Friday, 8 May 2026\n${line}\nPlatform: Zoom\n\nPriscilla` });
    expect((await extract(mk('Time: 9.00pm – 10.00pm Singapore time (SGT, GMT+8) — this should be 8.00am on Friday morning for you in Chicago'), CHI)).start).toBe('2026-05-08T21:00:00+08:00');
    expect((await extract(mk('Time: 9.00pm – 10.00pm SGT (8.00am Friday in Chicago)'), CHI)).start).toBe('2026-05-08T21:00:00+08:00');
  });

  it('reads "we must cancel your interviews" and the note "postponed" as a cancellation, and "I will meet you in reception at 1:50" as no start', async () => {
    const a = await extract(note('ugh, postponed', { from: 'Claire Dunmore <cdunmore@pembrook.example>', date: 'Tue, Oct 13, 2026 at 9:05 AM', subject: 'RE: Second-Round Interview', body: 'Dear Sam,\n\nMargaret has been called to trial, and we must cancel your interviews scheduled for this Thursday, October 15 (2:00 - 4:15 p.m.).\n\nClaire' }), CHI);
    expect(a.kind).toBe('cancellation');
    const b = await extract(gmailForward({ from: 'Claire Dunmore <cdunmore@pembrook.example>', date: 'Wed, Oct 7, 2026 at 11:36 AM', subject: 'Second-Round Interview', body: 'Dear Sam,\n\nWe are delighted to invite you to our offices for a second-round interview on Thursday, October 15.\n\nI will meet you in the 34th-floor reception area at 1:50 p.m. and walk you back. Your schedule:\n\n2:00 - 2:45 p.m. Margaret Ashby, Partner\n2:45 - 3:30 p.m. Samuel Oyelade, Director\n\nClaire' }), CHI);
    expect(b.start).toBe('2026-10-15T14:00:00-05:00');
  });

  it('names the company a text address spells ("ifeoma@foxgloveandfern.example", "Foxglove & Fern"), a title without the company\'s initials', async () => {
    const a = await extract(gmailForward({ from: 'Ifeoma Clarke <noreply@email.apple.com>', date: 'Mon, Jun 1, 2026 at 9:00 AM', subject: 'Invitation: Coffee interview – Sam Rivera × Bramble & Wren', body: 'Ifeoma Clarke invited you to an event.\n\nCoffee interview – Sam Rivera × Bramble & Wren\nWednesday, June 10, 2026 10:00 AM to 10:45 AM (CDT)\n\nQuestions? Write to me (ifeoma@brambleandwren.example).' }), CHI);
    expect(a.company).toBe('Bramble & Wren');
    const b = await extract(gmailForward({ from: 'Maren Holt <mholt@aldermoor.example>', date: 'Mon, Jun 1, 2026 at 9:00 AM', subject: 'Interview - AMU Research Computing Facilitator', body: 'Hi Sam,\n\nYour interview for the AMU Research Computing Facilitator position is on Wednesday, June 10, 2026 at 10:00 AM Central.\n\nMaren Holt\nAldermoor Mesa University' }), CHI);
    expect(b.role).toBe('Research Computing Facilitator');
  });

  it('leaves out an executive assistant who sends the meeting, the host of a campus walk-through, a title such as "Directora de Datos"', async () => {
    const a = await extract(gmailForward({ from: 'Tanya Greer <tgreer@larkmoor.example>', date: 'Tue, Oct 27, 2026 at 1:18 PM', subject: 'Sam Rivera / Rena Dubois - Senior Manager, Planning', body: 'When: Thursday, November 5, 2026 10:00 AM-10:45 AM (UTC-06:00) Central Time (US & Canada).\nWhere: Microsoft Teams Meeting\n\nHi Sam,\n\nRena Dubois would like to meet with you to discuss the Senior Manager, Planning role. She will be joined by Gordon Oyelowo, Director of Inventory Analytics.\n\nThank you,\nTanya\n\nTanya Greer\nExecutive Assistant to Rena Dubois, VP Planning\nLarkmoor | Minneapolis, MN' }), CHI);
    expect(names(a)).toEqual(['Gordon Oyelowo', 'Rena Dubois']);
    const b = await extract(agenda(['1:00 – 2:00 PM  Panel Interview  Dr. Leah Garcia, Assistant Superintendent', '2:15 – 2:45 PM  Campus walk-through of Cedar Hollow Middle School  Led by Carlos Ybarra, Campus Technology Specialist']), CHI);
    expect(names(b)).toEqual(['Leah Garcia']);
    const c = await extract(invite('Entrevistadoras: Ximena Barrera (Directora de Datos) y Lucía Treviño (Gerente de Analítica)'), CHI);
    expect(names(c)).toEqual(['Lucía Treviño', 'Ximena Barrera']);
  });

  it('reads "We\'ve allowed 60 minutes" as the length', async () => {
    const x = await extract(invite("We've allowed 60 minutes for the conversation."), CHI);
    expect(x.end).toBe('2026-03-11T16:45:00-05:00');
  });

  it('spells out the subject\'s "VP" as the text does, reads "the X job", and "I\'ll walk you through …, then we\'ll sit down with"', async () => {
    const a = await extract(gmailForward({ from: 'Gwen Hartley <ghartley@piedmonte.example>', date: 'Mon, Jun 1, 2026 at 9:00 AM', subject: 'Interview: Sam Rivera (VP, Data Governance)', body: 'Hi Sam,\n\nYou will meet Nadia Ferro (Head of Enterprise Data) for the Vice President, Data Governance role on Wednesday, June 10, 2026 at 10:00 AM Central.\n\nGwen' }), CHI);
    expect(a.role).toBe('Vice President, Data Governance');
    const b = await extract(gmailForward({ from: 'Gunnar Lindahl <glindahl@brennick.example>', date: 'Mon, Jun 1, 2026 at 10:14 AM', subject: 'Plant visit / interview', body: "Sam,\n\nWe'll see you Monday June 8th at 8:00 AM EST. Plan on about 2 hours. I'll walk you through the stamping and CNC areas first and then we'll sit down with Debra Szulc, our Quality Manager, and Raul Pena from maintenance to talk about the Manufacturing Engineer job in more detail.\n\nGunnar\n\nGunnar Lindahl\nPlant Manager" }), CHI);
    expect(b.role).toBe('Manufacturing Engineer');
    expect(names(b)).toEqual(['Debra Szulc', 'Gunnar Lindahl', 'Raul Pena']);
  });

  it('reads a German Outlook label ("Amsterdam, Berlin, Bern, Rom, Stockholm, Wien") as Berlin time', async () => {
    const x = await extract(gmailForward({ from: 'Katrin Scholz <kscholz@brandtwerk.example>', date: 'Mon, Jun 1, 2026 at 9:00 AM', subject: 'Interview Stuttgart - video', body: 'Dear Sam,\n\nWe would like to invite you to a video interview for the Applications Engineer position:\n\nTuesday, 16.06.2026, 16:00 - 17:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\nKatrin Scholz\nBrandtwerk\n70191 Stuttgart' }), CHI);
    expect([x.start, x.timeZone]).toEqual(['2026-06-16T16:00:00+02:00', 'Europe/Berlin']);
  });

  it("reads a quoted Danish Outlook header ('Fra: / Sendt:') as the thread, not a time, and 'Danish time'", async () => {
    const x = await extract(note('moved it to Thursday', { from: 'Mette Holm <mholm@nordkyst.example>', date: 'Mon, Mar 30, 2026 at 2:05 AM', subject: 'SV: Invitation to interview - Data Engineer', body: 'Dear Sam,\n\nSøren is sick this week, so we need to move the interview. Can we say Thursday 2. April, 15:00-16:00 Danish time?\n\nMette\n\nFra: Mette Holm\nSendt: 25. marts 2026 10:12\nTil: Sam Rivera <sam.rivera@example.net>\nEmne: Invitation to interview - Data Engineer\n\nDear Sam,\n\nThe interview will be on Tuesday 31. March at 15:00 CET and takes 1 hour.\n' }), CHI);
    expect([x.kind, x.start, x.timeZone]).toEqual(['update', '2026-04-02T15:00:00+02:00', 'Europe/Copenhagen']);
  });

  it('writes "Oakhurst Children\'s Hospital" whole, and no company from a street, a calendar service or "Early & Experienced"', async () => {
    const a = await extract(gmailForward({ from: 'Jordan Wick <jwick@talentbridgestaffing.example>', date: 'Wed, Jan 14, 2026 at 3:12 PM', subject: 'Phone interview tomorrow - Revenue Analyst (Oakmere)', body: "Hi Sam,\n\nGreat news - Oakmere Children's Hospital would like a phone interview tomorrow at 10:30 ET. Plan on 30 minutes.\n\nJordan" }), CHI);
    expect(a.company).toBe("Oakmere Children's Hospital");
    const b = await extract(gmailForward({ from: 'Calder & Reeve Early & Experienced <careers@calderreeve.example>', date: 'Mon, Jun 1, 2026 at 9:00 AM', subject: 'You are registered: Life at Calder & Reeve', body: 'Thank you for registering for our webinar on June 10 at 12:00 PM CT.' }), CHI);
    expect(b.company).toBe('Calder & Reeve');
  });

  it('reads a title without "Sam Rivera <>", "Technical Round 2 -" or the company\'s short name, "Ops" spelled out as written', async () => {
    const mk = (subject: string, body: string) => gmailForward({ from: 'Nadia Rowe <nrowe@lumenmere.example>', date: 'Mon, Jun 1, 2026 at 9:00 AM', subject, body: `Hi Sam,\n\n${body}\n\nYour interview is on Wednesday, June 10, 2026 at 10:00 AM Central on Zoom.\n\nNadia Rowe\nLumenmere Health` });
    expect((await extract(mk('Invitation: Sam Rivera <> Staff Frontend Engineer @ Wed Jun 10, 2026 10am - 11am (CDT)', 'Looking forward to it.'), CHI)).role).toBe('Staff Frontend Engineer');
    expect((await extract(mk('Technical Round 2 - Principal Data Engineer', 'Looking forward to it.'), CHI)).role).toBe('Principal Data Engineer');
    expect((await extract(mk('Phone interview - Revenue Cycle Analyst (Lumenmere)', 'Looking forward to it.'), CHI)).role).toBe('Revenue Cycle Analyst');
    expect((await extract(mk('Head of Ops - next steps', 'We are hiring a Head of Operations to run our clinics.'), CHI)).role).toBe('Head of Operations');
  });

  it('reads "Dean Adaeze Nwosu" as the person without the office', async () => {
    const x = await extract(agenda(['9:00 AM - 9:45 AM  Meeting with Dean Folake Adeyemi-Cole (College of Engineering)', '10:00 AM - 10:45 AM  Luc Beaumont, Director of IT']), CHI);
    expect(names(x)).toEqual(['Folake Adeyemi-Cole', 'Luc Beaumont']);
  });
});

describe('people met in blind34 (session 9)', () => {
  it('counts the sender in when a colleague "will be there with me"', async () => {
    const x = await extract(gmailForward({ from: 'Marguerite Okafor <marguerite@lumenloom.example>', date: 'Mon, Jun 1, 2026 at 9:00 AM', subject: 'Studio visit', body: "Hi Sam,\n\nLooking forward to your studio visit for the Textile Designer role on Wednesday, June 10, 2026 at 3:00 PM Eastern. Theo Vasquez-Lind, our Design Director, will be there with me.\n\nMarguerite" }), CHI);
    expect(names(x)).toEqual(['Marguerite Okafor', 'Theo Vasquez-Lind']);
  });

  it('reads a line of only "Name (Title), Name (Title)" under an agenda row as its interviewers', async () => {
    const x = await extract(gmailForward({ from: 'ModernLoop <scheduling@modernloop.example>', date: 'Mon, Jul 6, 2026 at 9:00 AM', subject: 'Your interview schedule with Quillfeather', body: 'Hi Sam,\n\nHere is your interview schedule with Quillfeather for the Senior Product Designer role.\n\nTuesday, July 14, 2026\n\n12:00 PM - 1:00 PM CDT   Portfolio Presentation\n                         Lior Ben-David (Head of Design), Amara Nwosu (Senior Product Designer)\n1:00 PM - 1:30 PM CDT    Product Partnership\n                         Jess Calloway (Group Product Manager)\n\nVideo call: https://meet.google.com/abc-defg-hij\n\nSent with ModernLoop on behalf of Quillfeather' }), CHI);
    expect(names(x)).toEqual(['Amara Nwosu', 'Jess Calloway', 'Lior Ben-David']);
  });

  it('writes a person by the fuller name a quoted invitation gives ("María José" → "María José Ruiz Delgado")', async () => {
    const x = await extract(gmailForward({ from: 'Paula Ibáñez <paula@quillfeather.example>', date: 'Mon, Jun 1, 2026 at 9:00 AM', subject: 'RE: Interview - Data Analyst', body: 'Hi Sam,\n\nConfirmed: María José will interview you on Wednesday, June 10, 2026 at 10:00 AM Central on Zoom for the Data Analyst role.\n\nPaula\n\nFrom: Paula Ibáñez\nSent: Friday, May 29, 2026 4:10 PM\nTo: Sam Rivera\nSubject: Interview - Data Analyst\n\nHi Sam,\n\nYour interviewer will be María José Ruiz Delgado (Analytics Lead).\n' }), CHI);
    expect(names(x)).toEqual(['María José Ruiz Delgado']);
  });

  it("reads people a recruiter names in her note above a quoted Webex invitation", async () => {
    const x = await extract(gmailForward({ from: 'Grace Nguyen <grace.nguyen@vantorenergy.example>', date: 'Mon, Apr 27, 2026 at 7:12 PM', subject: 'FW: Vantor Energy – Interview: Sam Rivera (Grid Analytics Engineer)', body: "Hi Sam,\n\nPlease see the Webex invite from Lachlan below. Lachlan (Grid Analytics Lead) will be joined by Aisha Rahman from our Network Planning team.\n\nGrace\n\nGrace Nguyen | Talent Acquisition Partner\n\nFrom: Webex <messenger@webex.com>\nSent: Tuesday, 28 April 2026 9:55 AM\nTo: Grace Nguyen <grace.nguyen@vantorenergy.example>\nSubject: Vantor Energy – Interview: Sam Rivera (Grid Analytics Engineer)\n\nLachlan Pereira invites you to join this Webex meeting.\n\nHosted by Lachlan Pereira\n\nTuesday, 5 May 2026 8:30 AM | 1 hour | (UTC+10:00) Canberra, Melbourne, Sydney\n\nJoin meeting\nhttps://vantorenergy.webex.com/vantorenergy/j.php?MTID=m3f9c0e1a7b24d6850c1e2f3a4b5c6d7e\n" }), CHI);
    expect(names(x)).toEqual(['Aisha Rahman', 'Lachlan Pereira']);
  });
});

describe('roles and people met in blind22–33 (session 9)', () => {
  const withNote = (n: string, o: { from: string; date: string; subject: string; body: string; ics?: string }) =>
    mail({ subject: `Fwd: ${o.subject}`, text: `${n}\n\n---------- Forwarded message ---------\nFrom: ${o.from}\nDate: ${o.date}\nSubject: ${o.subject}\nTo: Sam Rivera <sam.rivera@example.net>\n\n\n${o.body}\n`, ics: o.ics });

  it("reads the role from a calendar event's title when the subject has none", async () => {
    const event = ics(['METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:vb-1@zoom.example', 'DTSTAMP:20260527T150000Z', 'DTSTART:20260603T150000Z', 'DTEND:20260603T160000Z', 'SUMMARY:Verdant Bio | Sam Rivera - Bioinformatics Scientist', 'ORGANIZER;CN=Lena Brandt:mailto:lena@verdantbio.example', 'END:VEVENT']);
    const x = await extract(gmailForward({ from: 'Lena Brandt <lena@verdantbio.example>', date: 'Wed, May 27, 2026 at 10:00 AM', subject: 'Verdant Bio - interview next Wednesday', body: 'Hi Sam,\n\nThe invitation is attached. Talk soon!\n\nLena', ics: event }), CHI);
    expect(x.role).toBe('Bioinformatics Scientist');
  });

  it("reads the role from the user's own note when the forwarded mail names none", async () => {
    const x = await extract(withNote('This is the hiring manager chat for the Flight Software Engineer II role at Kestrel.', { from: 'Kestrel Aerospace <no-reply@calendly.example>', date: 'Mon, Mar 2, 2026 at 9:00 AM', subject: 'Confirmed: Kestrel Aerospace - Hiring Manager Conversation (45 min) with Gideon Pryce on Monday, March 9, 2026', body: 'Hi Sam,\n\nYour meeting with Gideon Pryce is confirmed.\n\nMonday, March 9, 2026, 10:00am - 10:45am (Mountain Time - US & Canada)\n\nA 45-minute conversation with the hiring manager for our Flight Software group.' }), CHI);
    expect(x.role).toBe('Flight Software Engineer II');
  });

  it('reads who takes part in Spanish ("Participarán …, y …") and French ("Vous rencontrerez …, ainsi que …"), titles left out', async () => {
    const es = await extract(gmailForward({ from: 'Mariana Quiroz <mquiroz@ceiba.example>', date: 'Tue, May 26, 2026 at 1:05 PM', subject: 'Confirmación de entrevista - Technology Risk Manager', body: 'Estimado Sam:\n\nFecha: jueves 4 de junio de 2026\nHorario: 10:00 a 11:00 hrs (hora de la Ciudad de México)\nModalidad: videollamada por Zoom\n\nParticiparán Ximena Villaseñor, Directora de Riesgo Operacional y Tecnológico, y Rodrigo Ibarra Sáenz, Subdirector de Seguridad de la Información.\n\nSaludos,\nMariana Quiroz' }), CHI);
    expect(names(es)).toEqual(['Rodrigo Ibarra Sáenz', 'Ximena Villaseñor']);
    const fr = await extract(gmailForward({ from: 'Chloé Gagnon <cgagnon@laurentia.example>', date: 'Mon, Sep 28, 2026 at 9:00 AM', subject: 'Entrevue - Analyste principal', body: 'Bonjour Sam,\n\nVotre entrevue aura lieu le mardi 6 octobre 2026, de 14 h à 15 h (heure de l’Est), sur Teams.\n\nVous rencontrerez Geneviève Tremblay-Roy, directrice, Intelligence d’affaires, ainsi que Karim Benali, architecte de données.\n\nChloé Gagnon' }), CHI);
    expect(names(fr)).toEqual(['Geneviève Tremblay-Roy', 'Karim Benali']);
  });
});

describe('lengths and zones met in blind16–32 (session 9)', () => {
  const hm = (body: string, date = 'Mon, Jun 15, 2026 at 9:00 AM') => gmailForward({ from: 'Harjit Sandhu <harjit@borealis.example>', date, subject: 'Claims Systems Analyst - call', body: `Hi Sam,\n\n${body}\n\nHarjit` });

  it('reads "Let\'s do 45 min", "Should take 30 min", "a full hour", and the first length stated, not a part of it', async () => {
    expect((await extract(hm('Tomorrow at noon PT works. Let\'s do 45 min.'), CHI)).end).toBe('2026-06-16T12:45:00-07:00');
    expect((await extract(hm('This Friday at half past two my time (PT). Should take 30 min, maybe a bit more.'), CHI)).end).toBe('2026-06-19T15:00:00-07:00');
    expect((await extract(hm("Our call is on Tuesday, June 23 at 11:00 AM Eastern; we've set aside a full hour."), CHI)).end).toBe('2026-06-23T12:00:00-04:00');
    expect((await extract(hm("Let's plan on Thursday, June 18 at 1:30 p.m. MT, and we'll block 90 minutes: about an hour of conversation, then a half-hour walk-through."), CHI)).end).toBe('2026-06-18T15:00:00-06:00');
  });

  it('reads "Pacific time" in lower case as a zone, and a signature\'s "Office hours 8:30-4:30 ET" as no event', async () => {
    const x = await extract(gmailForward({ from: 'Colette Beaulieu <colette@borealis.example>', date: 'Tue, Apr 28, 2026 at 11:37 AM', subject: 'Claims Systems Analyst - call with Harjit', body: "Hi Sam,\n\nHarjit Sandhu would like to do a 30-minute phone interview with you.\n\nShe has set aside Monday, May 4 at 9:30 a.m. her time. Harjit works out of our Vancouver office, so that's Pacific time. She'll call you on your mobile.\n\nColette Beaulieu\nTalent Acquisition Advisor\nBorealis Mutual Insurance\nT 416-555-0147 | Office hours 8:30-4:30 ET" }), CHI);
    expect([x.kind, x.start, x.end, x.timeZone]).toEqual(['interview', '2026-05-04T09:30:00-07:00', '2026-05-04T10:00:00-07:00', 'America/Vancouver']);
  });
});

describe('formats and moves met in blind27–35 (session 9)', () => {
  const fwd = (n: string, o: { from: string; date: string; subject: string; body: string }) =>
    mail({ subject: `Fwd: ${o.subject}`, text: `${n}\n\n---------- Forwarded message ---------\nFrom: ${o.from}\nDate: ${o.date}\nSubject: ${o.subject}\nTo: Sam Rivera <sam.rivera@example.net>\n\n\n${o.body}\n` });

  it('reads "come by our office … in person" as onsite despite "thanks for the phone conversation last week", and a withdrawn "Teams invitation" as video', async () => {
    const a = await extract(gmailForward({ from: 'Rosa Imani <rosa@openharvest.example>', date: 'Mon, Aug 3, 2026 at 9:00 PM', subject: 'Re: Director of Development', body: "Hi Sam,\n\nThanks so much for the great phone conversation last week.\n\nI'd love for you to come by our office Thursday at noon so we can talk more in person. Plan for about an hour.\n\nRosa" }), CHI);
    expect(a.format).toBe('onsite');
    const b = await extract(gmailForward({ from: 'Petra Lang <plang@nordlicht.example>', date: 'Mon, Mar 30, 2026 at 9:00 AM', subject: 'Absage: Interview', body: 'Dear Sam,\n\nUnfortunately we have to cancel your interview with Aylin Demir that was scheduled for Thursday, 2 April 2026 at 16:00 CEST. The position has been filled internally, and we have withdrawn the Teams invitation.\n\nPetra Lang' }), CHI);
    expect([b.kind, b.format]).toEqual(['cancellation', 'video']);
  });

  it('reads "pushed a week" and "now in person" notes, "we\'d like to push your onsite" and "we\'ve switched this to an in-person conversation" as moves', async () => {
    const a = await extract(fwd('pushed a week', { from: 'Whitney Sorensen <whitney@cobaltridge.example>', date: 'Thu, Oct 29, 2026 at 11:15 AM', subject: 'RE: Onsite Interview Confirmation – Senior Controls Engineer', body: "Hi Sam,\n\nGarrett has been called to an audit on Monday, so we'd like to push your onsite back one week, to Monday, November 9.\n\nEverything else stays the same: same times (9:00 AM – 1:00 PM Mountain). Summit Corporate Travel will rebook your flight for Sunday, November 8 and move the hotel night.\n\nWhitney" }), CHI);
    expect([a.kind, a.start, a.end]).toEqual(['update', '2026-11-09T09:00:00-07:00', '2026-11-09T13:00:00-07:00']);
    const b = await extract(fwd('now in person', { from: 'Gordon MacLeod <gordon@dvgh.example>', date: 'Tue, Nov 24, 2026 at 7:48 AM', subject: 'Interview – Clinical Data Integration Specialist', body: "Hi Sam,\n\nWe've switched this to an in-person conversation on Tuesday, December 1, 2026 at 10:00 AM Eastern, and I've removed the Teams link.\n\nGordon" }), CHI);
    expect([b.kind, b.format]).toEqual(['update', 'onsite']);
  });

  it("drops a quoted Zoom link the sender says she'll cancel for an in-person meeting", async () => {
    const x = await extract(gmailForward({ from: 'Marguerite St. Clair <ms@fernhill.example>', date: 'Fri, Jul 10, 2026 at 2:05 PM', subject: 'Re: Grants Data Manager interview - Zoom details', body: "Hi Sam,\n\nWe'd love to make Tuesday an in-person conversation instead. Same time (11:00 AM Eastern), here at our office: 1600 Walnut Street. I'll cancel the Zoom so there's no confusion.\n\nMarguerite\n\nOn Jul 8, 2026, at 9:00 AM, Marguerite St. Clair wrote:\n> Join Zoom Meeting\n> https://us02web.zoom.us/j/86421907735\n> Time: Jul 14, 2026 11:00 AM Eastern Time (US and Canada)" }), CHI);
    expect([x.format, x.meetingUrl]).toEqual(['onsite', null]);
  });
});

describe('times met in blind23–32 (session 9)', () => {
  it("keeps the quoted original's time for a cancellation that offers new slots", async () => {
    const x = await extract(gmailForward({ from: 'Brandon Tran <btran@lonestar.example>', date: 'Wed, Aug 5, 2026 at 11:27 AM', subject: 'Re: Cobaltline call Thursday!!', body: "Hey Sam - bad news, Femi has to cancel tomorrow's call.\n\nWould either of these work for a new call?\n- Tue 8/11 at 10am\n- Wed 8/12 at 1pm\n\nBrandon\n\nOn Mon, Aug 3, 2026 at 4:12 PM Brandon Tran <btran@lonestar.example> wrote:\n> Femi wants to talk about the Data Integration Engineer role! I locked in Thursday at half past two, Houston time. He'll call your cell directly, plan on 30 min." }), CHI);
    expect([x.kind, x.start, x.end]).toEqual(['cancellation', '2026-08-06T14:30:00-05:00', '2026-08-06T15:00:00-05:00']);
  });

  it('reads "your interviewers will be joining at 11:00 AM Pacific" as the same moment, and a hotel pick-up as no session', async () => {
    const a = await extract(gmailForward({ from: 'Noor Haddad <no-reply@ashbyhq.example>', date: 'Wed, Jul 8, 2026 at 3:15 PM', subject: 'Your onsite interview with Quillon Robotics', body: 'Hi Sam,\n\nDate: Thursday, July 16, 2026\nTime: 1:00 PM - 4:00 PM CDT\n\nOur team is in San Francisco, so your interviewers will be joining at 11:00 AM Pacific.\n\nNoor' }), CHI);
    expect([a.start, a.end]).toEqual(['2026-07-16T13:00:00-05:00', '2026-07-16T16:00:00-05:00']);
    const b = await extract(gmailForward({ from: 'Siobhán Ní Dhomhnaill <sni@wrenfield.example>', date: 'Tue, May 26, 2026 at 3:02 PM', subject: 'Campus visit itinerary', body: 'Dear Sam,\n\nYour campus visit is on Thursday, June 4. All times are Eastern.\n\n8:30 – 9:00\tPick-up at the Wrenfield Inn\n9:00 – 10:00\tSearch committee interview\n10:15 – 11:00\tMeeting with the Dean\n\nSiobhán' }), CHI);
    expect([b.start, b.end]).toEqual(['2026-06-04T09:00:00-04:00', '2026-06-04T11:00:00-04:00']);
  });

  it('reads a Japanese "2026年6月9日（火）10:00〜11:00（日本時間）" with its range and zone, not the Central-time conversion below it', async () => {
    const x = await extract(gmailForward({ from: '佐藤 花子 <sato@shirakawa.example>', date: 'Mon, Jun 1, 2026 at 9:00 AM', subject: '面接のご案内', body: 'Sam Rivera 様\n\n日時：2026年6月9日（火）10:00〜11:00（日本時間）\n　　　※米国中部時間では6月8日（月）20:00〜21:00となります。\n\n佐藤' }), CHI);
    expect([x.start, x.end, x.timeZone]).toEqual(['2026-06-09T10:00:00+09:00', '2026-06-09T11:00:00+09:00', 'Asia/Tokyo']);
  });
});

describe('who is not on the panel, met in blind30–35 (session 9)', () => {
  it('leaves out someone who "will not join", a Webex host who signs as the recruiter, and whom to "contact" about changes', async () => {
    const a = await extract(gmailForward({ from: 'Kenji Watanabe <k.watanabe@hoshizora.example>', date: 'Mon, Jun 1, 2026 at 9:00 AM', subject: 'Technical interview - Senior Server Engineer', body: 'Dear Sam,\n\nAs Aiko Morimoto arranged with you, the interview is booked for Wednesday, June 10, 2026, 10:00-11:00 JST on Zoom.\n\nInterviewers: myself and Daichi Ishikawa (Lead Engineer). Aiko will not join, but she is in CC for any logistics questions.\n\nKenji Watanabe' }), CHI);
    expect(names(a)).toEqual(['Daichi Ishikawa', 'Kenji Watanabe']);
    const b = await extract(gmailForward({ from: 'Sanne Hoekstra via Webex <messenger@webex.com>', date: 'Mon, Jun 1, 2026 at 9:00 AM', subject: 'Interview Vandermolen', body: 'Sanne Hoekstra invites you to join this Webex meeting.\n\nHosted by Sanne Hoekstra\n\nWednesday, June 10, 2026 10:00 AM | 1 hour | (UTC+02:00) Amsterdam, Berlin\n\nYou will meet Anouk de Vries and Joost van der Berg.\n\nGroeten, Sanne Hoekstra (Recruitment, Vandermolen Logistiek B.V., Rotterdam)' }), CHI);
    expect(names(b)).toEqual(['Anouk de Vries', 'Joost van der Berg']);
  });

  it('stops an agenda row at the letter\'s sign-off, and reads "Você vai conversar com o … e a …"', async () => {
    const x = await extract(gmailForward({ from: 'Fernanda Albuquerque <fernanda@ipe.example>', date: 'Mon, May 11, 2026 at 9:00 AM', subject: 'Entrevista técnica – Senior Data Engineer', body: 'Olá Sam,\n\nVocê vai conversar com o Rodrigo Tavares (Gerente de Engenharia de Dados) e a Camila Nogueira (Tech Lead).\n\n(In English: technical interview on Thursday, May 21, 2:00–3:00 PM Brasília time, on Microsoft Teams.)\n\nQualquer dúvida, estou à disposição.\n\nAbraços,\nFernanda Albuquerque\nAnalista de Atração de Talentos | Ipê Seguros S.A.' }), CHI);
    expect(names(x)).toEqual(['Camila Nogueira', 'Rodrigo Tavares']);
  });
});

describe('titles and zones met in blind24–35 (session 9)', () => {
  it('drops a leading "Interview" before an all-capitals title ("Interview QA Automation Engineer")', async () => {
    const x = await extract(gmailForward({ from: 'Lucía Ortega <lortega@colibri.example>', date: 'Mon, Jul 13, 2026 at 9:00 AM', subject: 'Entrevista / Interview QA Automation Engineer - Colibrí Retail', body: 'Hi Sam,\n\nI confirm the interview on Wednesday, July 22 at 10:00 am (Mexico City time) by Microsoft Teams.\n\nLucía' }), CHI);
    expect(x.role).toBe('QA Automation Engineer');
  });

  it('keeps the reader\'s own times when the email says "Times below are shown in your time zone"', async () => {
    const x = await extract(gmailForward({ from: 'Hoshimi Games <no-reply@goodtime.example>', date: 'Mon, Nov 9, 2026 at 7:30 PM', subject: 'Your interview is confirmed', body: 'Hi Sam,\n\nYour interview for the Backend Engineer position has been scheduled. Times below are shown in your time zone.\n\nDate Tuesday, November 17, 2026\n\nTime 6:00 PM - 7:00 PM CST (America/Chicago)\n\nTokyo time Wednesday, November 18, 2026, 9:00 AM - 10:00 AM JST\n\nLocation Zoom' }), CHI);
    expect([x.start, x.timeZone]).toEqual(['2026-11-17T18:00:00-06:00', 'America/Chicago']);
  });
});

describe('a move that keeps the panel (session 9)', () => {
  const move = (body: string) => gmailForward({ from: 'Ximena Cárdenas <ximena@nopal.example>', date: 'Tue, Jun 23, 2026 at 6:47 PM', subject: 'RE: Entrevista – Data Platform Engineer', body: `Hola Sam,\n\n${body}\n\nXimena\n\nDe: Ximena Cárdenas\nEnviado: lunes, 22 de junio de 2026 11:05\nPara: Sam Rivera <sam.rivera@example.net>\nAsunto: Entrevista – Data Platform Engineer\n\nHola Sam,\n\n- Fecha: jueves 25 de junio de 2026\n- Hora: 10:00 a 11:00 am (hora del centro de México)\n- Entrevistadores: Ximena Cárdenas (Head of Data) y Emilio Robles (Staff Data Engineer)\n` });

  it('keeps the quoted bulleted panel when the move names one of them as still confirmed, not when someone has a conflict', async () => {
    const a = await extract(move('Ya moví la invitación al viernes 26 de junio, a la misma hora (10:00 am hora del centro de México). Emilio sigue confirmado.'), CHI);
    expect([a.kind, ...names(a)]).toEqual(['update', 'Emilio Robles', 'Ximena Cárdenas']);
    const b = await extract(move('Ximena has a conflict, so I moved the interview to Friday, June 26 at 10:00 am Mexico City time. Emilio will still be your interviewer.'), CHI);
    expect(names(b)).toEqual(['Emilio Robles']);
  });
});

describe('company names with their accents (session 9)', () => {
  it('writes a domain-read name with the text\'s accents ("Ìlera Health"), and finds a Webex site\'s name in the user\'s note', async () => {
    const a = await extract(gmailForward({ from: 'Chiamaka Eze <chiamaka.eze@ilerahealth.example>', date: 'Mon, Oct 12, 2026 at 10:05 AM', subject: 'Interview – Product Analyst', body: 'Hi Sam,\n\nThank you for your interest in Ìlera Health! Your video interview is on Tuesday, October 20, 2026 at 3:00 PM WAT.\n\nChiamaka' }), CHI);
    expect(a.company).toBe('Ìlera Health');
    const b = await extract(mail({ subject: 'FW: Webex meeting invitation: Entrevista técnica | Sam Rivera – Senior Backend Engineer', text: 'Maré Digital technical interview, Lisbon.\n\n---------- Forwarded message ---------\nFrom: Rui Matos <rui@maredigital.example>\nDate: Mon, Apr 20, 2026 at 9:00 AM\nSubject: Webex meeting invitation: Entrevista técnica | Sam Rivera – Senior Backend Engineer\nTo: Sam Rivera <sam.rivera@example.net>\n\nRui Matos invites you to join this Webex meeting.\n\nMonday, 27 April 2026 15:00 | 1 hour | (UTC+01:00) Dublin, Edinburgh, Lisbon, London\n\nJoin meeting https://maredigital.webex.com/maredigital/j.php?MTID=m4ff95584e93749fc0b5ad6a2e1fad5e6\n' }), CHI);
    expect(b.company).toBe('Maré Digital');
  });
});

describe('lengths met in blind25–35 (session 9)', () => {
  it('reads "Give it 45 minutes", "~30 min", and a length from the user\'s own note', async () => {
    const hm = (body: string) => gmailForward({ from: 'Dana Cole <dana@kestrel.example>', date: 'Mon, Jun 15, 2026 at 9:00 AM', subject: 'Quick call', body: `Hi Sam,\n\n${body}\n\nDana` });
    expect((await extract(hm("Let's do Tuesday, June 16 at 3pm ET over video. Give it 45 minutes since there'll be two of us."), CHI)).end).toBe('2026-06-16T15:45:00-04:00');
    expect((await extract(hm("Let's do tomorrow at 10am PT. I'll call your cell. ~30 min, very informal."), CHI)).end).toBe('2026-06-16T10:30:00-07:00');
    const x = await extract(mail({ subject: 'Fwd: Interview invitation', text: 'Talked to Adaeze on the phone just now - the call is 45 minutes.\n\n---------- Forwarded message ---------\nFrom: Adaeze Obi <adaeze@sahel.example>\nDate: Mon, Aug 3, 2026 at 9:00 AM\nSubject: Interview invitation\nTo: Sam Rivera <sam.rivera@example.net>\n\nDear Sam,\n\nYour interview with Emeka is on Tuesday, August 11, 2026 at 11:00 AM Eastern.\n\nAdaeze\n' }), CHI);
    expect(x.end).toBe('2026-08-11T11:45:00-04:00');
  });
});

describe('kinds met in blind24 (session 9)', () => {
  it('reads "decided to continue with another candidate" as a rejection, a recorded one-way interview as no meeting, and "tenemos que cancelar" as a cancellation', async () => {
    const a = await extract(gmailForward({ from: 'Fleur Bakker <fleur@grachtwerk.example>', date: 'Mon, Jun 15, 2026 at 9:00 AM', subject: 'Your application', body: 'Dear Sam,\n\nThank you again for speaking with Joost van der Berg and me on Tuesday 9 June at 15:00. After a lot of discussion we have decided to continue with another candidate.\n\nFleur' }), CHI);
    expect(a.kind).toBe('unrecognized');
    const b = await extract(gmailForward({ from: 'Banco Sertão <no-reply@hirevue-mail.example>', date: 'Thu, Mar 5, 2026 at 2:40 PM', subject: 'Your video interview – Senior Credit Risk Analyst', body: 'Hi Sam,\n\nThe next step is a recorded (one-way) video interview: 5 questions that you answer on your own schedule – there is no live interviewer on the call.\n\nPlease complete it by Friday, 13 March 2026, 11:59 PM Brasília time.' }), CHI);
    expect([b.kind, b.start]).toEqual(['unrecognized', null]);
    const c = await extract(gmailForward({ from: 'Rodrigo Anaya <rodrigo@maizazul.example>', date: 'Mon, May 18, 2026 at 8:47 AM', subject: 'Re: Entrevista – Líder de Sistemas', body: 'Hola Sam,\n\nLamento mucho escribirte con esta noticia: tenemos que cancelar nuestra entrevista del jueves 21 de mayo a las 12:00 (hora CDMX).\n\nRodrigo' }), CHI);
    expect(c.kind).toBe('cancellation');
  });
});

describe('met in blind36/a (session 9)', () => {
  it('reads "(Casablanca, GMT+1)" as the city\'s zone, "Coopérative Atlas Saffron" at atlassaffron as Atlas Saffron, and drops "(Pty) Ltd"', async () => {
    const a = await extract(gmailForward({ from: 'Youssef Benali <y.benali@atlassaffron.example>', date: 'Mon, Jun 1, 2026 at 9:00 AM', subject: 'Phone interview – ERP Consultant', body: 'Hi Sam,\n\nYour phone interview is on Wednesday, June 10, 2026, 11:00 – 11:45 (Casablanca, GMT+1).\n\nYoussef Benali\nCoopérative Atlas Saffron - Taliouine, Maroc' }), CHI);
    expect([a.timeZone, a.company]).toEqual(['Africa/Casablanca', 'Atlas Saffron']);
    const b = await extract(gmailForward({ from: 'Thandiwe Nkosi <thandiwe@karooinstruments.example>', date: 'Mon, Jun 1, 2026 at 9:00 AM', subject: 'Interview', body: 'Hi Sam,\n\nYour interview is on Thursday, June 11, 2026 at 3pm SAST on Teams.\n\nThandiwe Nkosi\nKaroo Instruments (Pty) Ltd' }), CHI);
    expect(b.company).toBe('Karoo Instruments');
  });

  it('reads "an interview at our site", "persönliches Gespräch" and a European street address as onsite, and "I\'ve moved us to" as the sender\'s own meeting', async () => {
    const a = await extract(gmailForward({ from: 'Katrin Huber <jobs@kessler.example>', date: 'Fri, Mar 20, 2026 at 8:12 AM', subject: 'Interview invitation - Automation Engineer', body: 'Dear Mr. Rivera,\n\nWe are pleased to invite you to an interview at our site in Freising.\n\nDate: Monday, 30 March 2026, 10:00 - 12:00 (CEST)\nLocation: Kessler Sudhaustechnik GmbH, Erdinger Straße 41, 85356 Freising\n\nKatrin Huber' }), CHI);
    expect(a.format).toBe('onsite');
    const b = await extract(gmailForward({ from: 'Bronwyn Talbot <bronwyn@malleegrain.example>', date: 'Mon, Apr 6, 2026 at 9:00 AM', subject: 'RE: Interview - Grain Quality Data Analyst', body: "Hi Sam,\n\nApologies for the shuffle - Sanjay Pillai has been pulled into a board meeting on Tuesday morning, so I've moved us to Wednesday 8 April, 8:30-9:30am Melbourne time. Same Teams link as before.\n\nBronwyn\n\nBronwyn Talbot\nOperations Manager" }), CHI);
    expect(names(b)).toEqual(['Bronwyn Talbot', 'Sanjay Pillai']);
  });
});
