// The interviewer model (shared/extract/people-model.ts): the people it weighs, how its scores join the rules'
// choices, that its weights are the ones the committed corpora teach, and phrasings it reads that no rule was written for.
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.js';
import { combine, interviewerCandidates, type Candidate } from '../../shared/extract/people-model.js';
import type { InterviewerInput, Named } from '../../shared/extract/people.js';
import { WEIGHTS } from '../../shared/extract/people-weights.js';
import { gmailForward } from './helpers.js';
import { collect, train } from './train-people.js';

const CHI = { userTimeZone: 'America/Chicago' };

const input = (o: Partial<InterviewerInput>): InterviewerInput => ({
  company: null,
  body: '',
  quoted: '',
  subject: '',
  from: null,
  ics: null,
  sessionLines: [],
  userNames: ['Sam Rivera'],
  userEmails: ['sam.rivera@example.net'],
  known: [],
  update: false,
  meeting: false,
  attendees: [],
  ...o,
});

/** The extraction, and the interviewers the rules alone chose. */
async function both(raw: string): Promise<{ model: string[]; rules: string[] }> {
  let rules: Named[] = [];
  const x = await extract(raw, { ...CHI, onCandidates: (_c, chosen) => (rules = chosen) });
  return { model: x.interviewers.map((i) => i.name!).sort(), rules: rules.map((i) => i.name!).sort() };
}

describe('interviewer candidates', () => {
  it('names every person once, in the order a person writes, never the user or the company', () => {
    const cands = interviewerCandidates(
      input({
        company: 'Rheinhafen Bank',
        quoted: 'Hi Sam Rivera,\n\nLorenzo De Luca and Priya Raman will meet you. De Luca leads the desk.\n\nRheinhafen Bank',
        from: { name: 'Vogel, Katharina', email: 'k.vogel@rheinhafen.example' },
      }),
      [],
    );
    expect(cands.map((c) => c.name).sort()).toEqual(['Katharina Vogel', 'Lorenzo De Luca', 'Priya Raman']);
    const vogel = cands.find((c) => c.name === 'Katharina Vogel')!;
    expect(vogel.email).toBe('k.vogel@rheinhafen.example');
    expect(vogel.features).toContain('hdr:from');
    expect(cands.find((c) => c.name === 'Priya Raman')!.features).toEqual(expect.arrayContaining(['n:R1:will', 'W:meet', 'norule']));
  });

  it('marks the rules’ choices, under the name without its honorific', () => {
    const cands = interviewerCandidates(input({ quoted: 'You will meet Professor Cormac Halloran at noon.' }), [{ name: 'Professor Cormac Halloran', email: null }]);
    expect(cands.map((c) => [c.name, c.features.includes('rule')])).toEqual([['Cormac Halloran', true]]);
  });
});

describe('joining the model and the rules', () => {
  const cand = (name: string, features: string[]): Candidate => ({ name, email: null, features });
  const w = { bias: -1, yes: 4, no: -4 };

  it('keeps a rule’s choice unless the model is sure it is wrong, and adds only people it is sure of', () => {
    const got = combine(
      [
        cand('Ada Obi', ['no', 'ctx:row']),
        cand('Ben Lee', ['rule']),
        cand('Cy Ng', ['yes', 'ctx:meeting']),
        cand('Di Ho', ['ctx:row']),
        cand('Eve Tan', ['rule', 'no']),
        cand('Gil Ames', ['yes']),
        cand('Hal Oru', ['yes', 'ctx:row', 'hdr:from']),
        cand('Ivy Moss', ['yes', 'ctx:row']),
      ],
      [{ name: 'Ben Lee', email: 'ben@x.example' }, { name: 'Eve Tan', email: null }, { name: 'Fay Wu', email: null }],
      new Set(['ivy moss']),
      w,
      2,
      -4,
    );
    // Ben (the rules', score −1) stays with the rules' email; Eve (the rules', −5) goes; Fay (no candidate) stays;
    // Cy (3 > 2, in a sentence about the meeting) is added; Ada (−5) and Di (−1) are not; nor Gil (no sentence about
    // the meeting, no row of a list), Hal (the sender: the rules decide) or Ivy (the rules ruled her out)
    expect(got).toEqual([
      { name: 'Ben Lee', email: 'ben@x.example' },
      { name: 'Fay Wu', email: null },
      { name: 'Cy Ng', email: null },
    ]);
  });

  it('reports the rules’ name without its honorific', () => {
    expect(combine([cand('Cormac Halloran', ['rule'])], [{ name: 'Prof. Cormac Halloran', email: null }], new Set(), w)).toEqual([{ name: 'Cormac Halloran', email: null }]);
  });
});

describe('phrasings no rule was written for', () => {
  it('reads a bold heading over "Name - Title" rows, and leaves out the coordinator who signs', async () => {
    const raw = gmailForward({
      from: 'Odalys Ferreira <odalys@brinewater.example>',
      date: 'Tue, Apr 7, 2026 at 9:12 AM',
      subject: 'Confirmed: Brinewater Freight | Pricing Analyst',
      body: 'Hi Sam,\n\nYou are all set for the Pricing Analyst interview.\n\n*Wednesday, April 15, 2026*\n2:00 PM - 3:00 PM Eastern Time\n\n*Your interview team*\nTobias Wentworth - Director, Revenue Management\nNgozi Adebayo-Clarke - Senior Pricing Analyst\n\n*Join Zoom Meeting*\nhttps://brinewater.zoom.us/j/81234567890\n\nKind regards,\nOdalys Ferreira\nRecruiting Coordinator, Brinewater Freight',
    });
    const { model } = await both(raw);
    expect(model).toEqual(['Ngozi Adebayo-Clarke', 'Tobias Wentworth']);
  });

  it('reads "a video interview with:" over bullets of "Name – Title"', async () => {
    const raw = gmailForward({
      from: 'Lim Hui Min <huimin.lim@seroja.example>',
      date: 'Mon, Nov 2, 2026 at 8:00 AM',
      subject: 'Seroja Analytics | Interview Invitation – Data Engineer',
      body: 'Dear Sam,\n\nWe are pleased to invite you to a video interview with:\n\n• Farhan Iskandar – Head of Data\n• Joanna Teo – Lead Engineer\n\nDate: Tuesday, 10 November 2026\nTime: 10:00 AM – 11:00 AM (Singapore Time, GMT+8)\nPlatform: Microsoft Teams\n\nBest regards,\nHui Min\n\nLim Hui Min\nTalent Acquisition | Seroja Analytics',
    });
    const { model } = await both(raw);
    expect(model).toEqual(['Farhan Iskandar', 'Joanna Teo']);
  });
});

describe('the committed weights', () => {
  it('are the ones the committed corpora teach (after a rule changes, run `npx tsx test/extract/train-people.ts`)', async () => {
    const examples = await collect();
    expect(examples.length).toBeGreaterThan(1500);
    expect(train(examples)).toEqual(WEIGHTS);
  }, 180_000);
});
