// readReply: intents in order, negations, several intents at once, dates resolved in the user's zone.
import { describe, expect, it } from 'vitest';
import { readReply, DEFAULT_SNOOZE_DAYS } from '../../shared/replies/index.js';

const CHI = 'America/Chicago';
/** Wed 2026-03-18 10:00 CDT */
const WED = new Date('2026-03-18T15:00:00Z');
const read = (text: string, sentAt = WED, userTimeZone = CHI) => readReply(text, { sentAt, userTimeZone });

describe('readReply: one-word and short replies', () => {
  it.each([
    ['sent', ['sent']],
    ['Sent!', ['sent']],
    ['offer', ['offer']],
    ['Offer!!', ['offer']],
    ['stop', ['stop']],
    ['help', ['help']],
    ['snooze', ['snooze']],
    ['heard back', ['heard-back']],
    ['next round', ['next-round']],
    ['rejected', ['rejected']],
    ['withdrew', ['withdrawn']],
    ['bombed it', ['bombed']],
    ['missed it', ['missed']],
  ])('%s', (text, intents) => {
    expect(read(text).intents).toEqual(intents);
  });
});

describe('readReply: natural phrasings', () => {
  it.each([
    ['They went with another candidate.', ['rejected']],
    ['Unfortunately they are moving forward with other candidates.', ['rejected']],
    ["Got an email: they decided not to move forward with my application.", ['rejected']],
    ['They are moving me to the final round!!', ['next-round']],
    ['They want me back for a 2nd round next Tuesday!', ['next-round']],
    ['I got the job!!', ['offer']],
    ['Withdrawing from this one. Please stop the reminders.', ['withdrawn', 'stop']],
    ['I decided not to move forward with them.', ['withdrawn']],
    ['I missed it — they are rescheduling. Remind me in a week.', ['missed', 'snooze']],
    ['Heard back from the recruiter, they are still interviewing.', ['heard-back']],
    ['what can I reply?', ['help']],
    ['please stop emailing me about this one', ['stop']],
    ['Honestly it went badly.', ['bombed']],
    ["It didn't go well at all.", ['bombed']],
  ])('%s', (text, intents) => {
    expect(read(text).intents).toEqual(intents);
  });
});

describe('readReply: negations and hypotheticals are not intents', () => {
  it.each([
    ["haven't sent it yet"],
    ['I have not sent the thank-you'],
    ['Will send it tonight.'],
    ['no offer yet'],
    ['No offer yet, still waiting.'],
    ["Haven't heard back yet."],
    ['If they make an offer I will let you know.'],
    ["wasn't rejected, just slow"],
  ])('%s', (text) => {
    const r = read(text);
    for (const terminal of ['sent', 'offer', 'rejected', 'heard-back'] as const) expect(r.intents).not.toContain(terminal);
  });

  it('"didn\'t go badly" is not bombed', () => {
    expect(read("It didn't go badly.").intents).not.toContain('bombed');
    expect(read("It didn't go badly — the system design part went fine.")).toEqual({
      intents: ['note'],
      date: null,
      note: 'the system design part went fine.',
    });
  });

  it('unclear text gives no intent at all', () => {
    for (const t of ['hmm', 'asdf', '?', 'Thanks!', 'ok thanks', 'Hmm, not sure.', ':+1:', '']) expect(read(t).intents).toEqual([]);
  });
});

describe('readReply: several intents and the note', () => {
  it('a command plus content: the note is the content without the command', () => {
    expect(read('Sent. We talked a lot about their Kafka migration and the on-call rotation.')).toEqual({
      intents: ['sent', 'note'],
      date: null,
      note: 'We talked a lot about their Kafka migration and the on-call rotation.',
    });
  });

  it('the note comes first when it is written first', () => {
    expect(read('Panel was Beatriz and Devon, lots of event sourcing. Sent the thank-you.').intents).toEqual(['note', 'sent']);
  });

  it('a bare command has no note', () => {
    expect(read('sent!').note).toBeNull();
    expect(read('Sent it, thanks!').note).toBeNull();
  });

  it('decision date and sent in one reply', () => {
    expect(read("They said I'd hear back by Friday. Also sent the thank-you.")).toEqual({
      intents: ['decision-date', 'sent'],
      date: '2026-03-20',
      note: null,
    });
  });

  it('a substantive clause of a command sentence stays in the note', () => {
    expect(read('Sent it; Dana said the team is growing to eight people next quarter.')).toEqual({
      intents: ['sent', 'note'],
      date: null,
      note: 'Dana said the team is growing to eight people next quarter.',
    });
  });
});

describe('readReply: dates', () => {
  // Sat 2026-03-21 10:14 CDT, as in the samples
  const SAT = new Date('2026-03-21T15:14:03Z');
  it.each([
    ["They said they'd decide by next Friday.", SAT, 'decision-date', '2026-03-27'],
    ['Decision by Friday.', WED, 'decision-date', '2026-03-20'],
    ['They said in about two weeks.', WED, 'decision-date', '2026-04-01'],
    ['They will decide early next week.', WED, 'decision-date', '2026-03-23'],
    ['Decision by end of the month.', WED, 'decision-date', '2026-03-31'],
    ["They'll let me know by March 30.", WED, 'decision-date', '2026-03-30'],
    ['Expect to hear back within 2 weeks', WED, 'decision-date', '2026-04-01'],
    ['remind me in 3 days', WED, 'snooze', '2026-03-21'],
    ['snooze till Monday', WED, 'snooze', '2026-03-23'],
    ['Snooze 2 days', WED, 'snooze', '2026-03-20'],
    ['snooze for a week please', WED, 'snooze', '2026-03-25'],
    ['Remind me tomorrow', WED, 'snooze', '2026-03-19'],
    ['Not now, ask me again next week.', WED, 'snooze', '2026-03-23'],
    ['Rescheduled to next week, snooze until Friday please.', WED, 'snooze', '2026-03-20'],
  ])('%s', (text, sentAt, intent, date) => {
    const r = read(text, sentAt);
    expect(r.intents).toContain(intent);
    expect(r.date).toBe(date);
  });

  it(`snooze without a date is ${DEFAULT_SNOOZE_DAYS} day later`, () => {
    expect(read('snooze').date).toBe('2026-03-19');
    expect(read('Snooze please, busy week').date).toBe('2026-03-19');
  });

  it('resolves against the local date in the user zone, not the UTC date', () => {
    // 2026-07-17T02:40Z is still Thursday Jul 16 in Chicago
    expect(read('remind me again in 3 days', new Date('2026-07-17T02:40:12Z')).date).toBe('2026-07-19');
    // … but already Friday Jul 17 in Berlin
    expect(read('remind me again in 3 days', new Date('2026-07-17T02:40:12Z'), 'Europe/Berlin').date).toBe('2026-07-20');
  });

  it('crosses DST changes by calendar days', () => {
    // Sat 2026-03-07 20:30 CST (02:30Z Sunday); clocks spring forward on Sunday Mar 8
    expect(read('remind me tomorrow', new Date('2026-03-08T02:30:00Z')).date).toBe('2026-03-08');
    expect(read('snooze till Monday', new Date('2026-03-08T02:30:00Z')).date).toBe('2026-03-09');
    // Sun 2026-11-01 23:30 CST, the day clocks fall back
    expect(read('remind me in 2 days', new Date('2026-11-02T05:30:00Z')).date).toBe('2026-11-03');
  });

  it('crosses month and year ends', () => {
    expect(read('remind me in 3 days', new Date('2026-12-30T18:00:00Z')).date).toBe('2027-01-02');
    expect(read('snooze', new Date('2027-01-01T05:30:00Z')).date).toBe('2027-01-01'); // 23:30 CST Dec 31, + 1 day
    expect(read('Decision by end of the month.', new Date('2028-02-10T16:00:00Z')).date).toBe('2028-02-29');
    expect(read('Decision by end of the month.', new Date('2027-02-10T16:00:00Z')).date).toBe('2027-02-28');
    expect(read("They'll decide by January 5", new Date('2026-12-20T16:00:00Z')).date).toBe('2027-01-05');
    expect(read('They will decide early next week.', new Date('2026-05-29T17:00:00Z')).date).toBe('2026-06-01');
    expect(read('They said in about two weeks.', new Date('2026-12-22T22:00:00Z')).date).toBe('2027-01-05');
  });

  it('a date on a non-dated intent is not reported', () => {
    expect(read('They want me back for a 2nd round next Tuesday!').date).toBeNull();
  });

  it('"they\'ll decide soon" without a date is news, not a decision date', () => {
    expect(read("They said they'd decide soon.")).toEqual({ intents: ['heard-back'], date: null, note: null });
  });
});

describe('readReply: rules found by the blind set', () => {
  it('a modal after the phrase is hypothetical: "next step would be a take-home" is no next round', () => {
    expect(read('Next step would be a take-home.').intents).toEqual([]);
    expect(read('Got a second-round interview!').intents).toEqual(['next-round']);
  });

  it('an onsite or final named as the event itself is a next round', () => {
    // Prepare / Act / Assess
    expect(read('They called! Onsite next week.').intents).toEqual(['next-round']);
    expect(read('Got an onsite!').intents).toEqual(['next-round']);
    expect(read("They're flying me out for the onsite next Thursday.").intents).toEqual(['next-round']);
    expect(read('Good call with the hiring manager today. Next is a panel.').intents).toEqual(['note', 'next-round']);
    expect(read('They ended up hiring internally.').intents).toEqual(['rejected']);
    expect(read("They're going in a different direction.").intents).toEqual(['rejected']);
    expect(read('just got an email, they want to schedule a second chat').intents).toEqual(['next-round']);
    expect(read('Thanks, sent!').intents).toEqual(['sent']);
    expect(read('Notes: remote ok, 2 days/month onsite, the onsite office is downtown.').intents).toEqual(['note']);
  });

  it('a denial-only sentence stays in the note beside content, never alone', () => {
    expect(read("I didn't bomb it! Honestly think it went great. Thank-you already sent.")).toEqual({
      intents: ['note', 'sent'],
      date: null,
      note: "I didn't bomb it! Honestly think it went great.",
    });
    expect(read("Haven't heard back yet.").intents).toEqual([]);
    expect(read('Still nothing from them. Snooze 1 week')).toEqual({ intents: ['snooze'], date: '2026-03-25', note: null });
    expect(read('Not an offer yet but it sounds promising.').note).toBe('Not an offer yet but it sounds promising.');
  });

  it('pasted company wording after a colon is read, but is not the user\'s note', () => {
    // Prepare
    const text = 'They wrote:\n\n"Thanks for your patience, Sam. The team is finishing interviews and we will get back to you by Friday."';
    // Act
    const got = read(text);
    // Assess
    expect(got).toEqual({ intents: ['decision-date'], date: '2026-03-20', note: null });
    expect(read('Dana said "the team is great." Sent the note.').note).toBe('Dana said "the team is great."');
  });

  it('the user\'s own plans are not a decision date', () => {
    expect(read("Snooze 3 days, I'll update you after I hear.")).toEqual({ intents: ['snooze'], date: '2026-03-21', note: null });
    expect(read("I'll let you know by Friday").intents).not.toContain('decision-date');
  });

  it('a decision is still ahead: "today" elsewhere in the sentence is not its date', () => {
    expect(read('heard back today, still waiting on a decision. snoze 2 days')).toEqual({
      intents: ['heard-back', 'snooze'],
      date: '2026-03-20',
      note: null,
    });
  });

  it('"then" points at a date said earlier', () => {
    expect(read('They said I\'d hear back in a couple of weeks. Can you check back then?')).toEqual({
      intents: ['decision-date', 'snooze'],
      date: '2026-04-01',
      note: null,
    });
  });

  it('"next month … the 10th" is the 10th of next month', () => {
    expect(read('Decision pushed to next month, they said around the 10th. Snooze till then.').date).toBe('2026-04-10');
  });

  it('pause / hold off is a snooze', () => {
    expect(read('can you pause reminders on this one for 2 weeks').date).toBe('2026-04-01');
    expect(read('Hold off until Monday please').intents).toEqual(['snooze']);
  });

  it('an emoji ends a sentence before a capital, and belongs to the sentence it follows', () => {
    expect(read('I overslept and missed it 🤦 Emailed the recruiter to apologize. Snooze until Thursday.')).toEqual({
      intents: ['missed', 'note', 'snooze'],
      date: '2026-03-19',
      note: 'Emailed the recruiter to apologize.',
    });
    expect(read('Offer! 🎉 Base is 150k.').note).toBe('Base is 150k.');
  });
});

describe('readReply: rules found by the second blind set', () => {
  it('a negation does not reach past a comma', () => {
    expect(read('Not sent yet, remind me tomorrow')).toEqual({ intents: ['snooze'], date: '2026-03-19', note: null });
    expect(read("Haven't sent it yet").intents).toEqual([]);
  });

  it('reads one-edit typos of long outcome words, not real words next to them', () => {
    expect(read('rejcted unfortunately').intents).toEqual(['rejected']);
    expect(read('withdrwe').intents).toEqual(['withdrawn']);
    expect(read('not rejcted yet').intents).toEqual([]);
    expect(read('Feeling a bit dejected about the whole process.').intents).toEqual(['note']);
  });

  it('turning an offer down is withdrawing', () => {
    expect(read("They offered me the role but I'm turning it down. Please stop the follow-ups.").intents).toEqual([
      'withdrawn',
      'stop',
    ]);
  });

  it.each([
    // Wed 2026-03-18
    ['snooze 2 wks', '2026-04-01'],
    ['snooze 3d', '2026-03-21'],
    ['remind me in 48 hours', '2026-03-20'],
    ['remind me the week after next', '2026-03-30'],
    ['snooze till mid-April', '2026-04-15'],
    ['decision by end of April', '2026-04-30'],
    ['decision by EOW', '2026-03-20'],
    ['ping me EOM', '2026-03-31'],
    ['remind me after the weekend', '2026-03-23'],
    ['remind me Friday 3/27', '2026-03-27'],
    ['remind me Monday the 30th', '2026-03-30'],
    ['snooze until April', '2026-04-01'],
    ['check back in February', '2027-02-01'],
  ])('%s → %s', (text, date) => {
    expect(read(text).date).toBe(date);
  });
});
