import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MultiLine, render, TemplateError } from '../../shared/render.js';
import { loadTemplates } from '../../shared/adapters/templates-fs.js';
import * as messages from '../../shared/messages.js';
import type { Interview } from '../../shared/ports.js';
import { planPrompts } from '../../shared/timing.js';

const templates = loadTemplates('templates');

function interview(over: Partial<Interview> = {}): Interview {
  return {
    userEmail: 'sam@example.net', id: 'abcdef0123456789abcd', status: 'active', company: 'Northwind Labs', role: 'Backend Engineer',
    start: '2026-03-10T15:00:00Z', end: null, timeZone: 'America/New_York', format: 'video',
    interviewers: [{ name: 'Dana Whitfield', email: 'dana@northwind.example' }, { name: 'Luis Ortega', email: null }],
    meetingUrl: 'https://zoom.example/j/1', location: null, calendarUid: null, sequence: null, questions: [], recordedAt: '2026-03-01T00:00:00Z',
    gen: 1, events: [], notes: [], sent: {}, mails: {}, snoozes: [], applied: [], schedule: null, sourceMessageId: null,
    createdAt: '2026-03-01T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z', expiresAt: 0, version: 1, ...over,
  };
}
const user = { email: 'sam@example.net', timeZone: 'America/Chicago' };

describe('template rendering', () => {
  it('substitutes values, repeats sections and shows inverted ones', () => {
    const r = render('Subject: Hi {{name}}\n\n{{#items}}- {{.}}\n{{/items}}{{^none}}empty{{/none}}', { name: 'Sam', items: ['a', 'b'], none: [] });
    expect(r.subject).toBe('Hi Sam');
    expect(r.text).toBe('- a\n- b\nempty\n');
    expect(r.html).toContain('<ul><li>a</li><li>b</li></ul>');
  });

  it('rejects a template without a subject or with an unclosed section', () => {
    expect(() => render('no subject', {})).toThrow(TemplateError);
    expect(() => render('Subject: x\n\n{{#a}}', { a: true })).toThrow(TemplateError);
  });

  it('never lets a value become markup, a header or structure', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (a, b) => {
        const r = render('Subject: About {{a}}\n\nHello {{a}}, see {{b}}\n| {{note}}', { a, b, note: new MultiLine(b) });
        expect(r.subject).not.toMatch(/[\r\n]/);
        // every tag in the HTML is one of ours
        const tags = r.html.match(/<\/?([a-z]+)/gi) ?? [];
        for (const t of tags) expect(['<!doctype', '<html', '<body', '</body', '</html', '<p', '</p', '<br', '<ul', '</ul', '<li', '</li', '<blockquote', '</blockquote', '<a', '</a', '<strong', '</strong']).toContain(t.toLowerCase());
      }),
      { numRuns: 500 },
    );
  });

  it('escapes script and markup that came from an email', () => {
    const r = render('Subject: {{company}}\n\nCompany: {{company}} {{url}}', { company: '<script>alert(1)</script>"\'&', url: 'https://x.example/"><img src=x onerror=alert(1)>' });
    expect(r.html).not.toContain('<script>');
    expect(r.html).not.toContain('<img');
    expect(r.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;');
  });
});

describe('the messages users read', () => {
  it('the acknowledgement names what was understood, both zones and the planned prompts', () => {
    const iv = interview();
    const plan = planPrompts({ interview: { start: new Date(iv.start), end: null, format: 'video' }, userTimeZone: user.timeZone, recordedAt: new Date(iv.recordedAt), events: [] });
    const r = messages.acknowledgement(templates, { iv, user, plan, updated: false, config: { inboxAddress: 'interviews@x.example' } });
    expect(r.subject).toContain('Northwind Labs');
    expect(r.text).toContain('Dana Whitfield, Luis Ortega');
    expect(r.text).toContain('Tue, Mar 10, 11:00 AM EDT'); // their zone (after the US switch)
    expect(r.text).toContain('Tue, Mar 10, 10:00 AM CDT'); // the user's zone
    expect(r.text).toMatch(/Prep checklist: Mon, Mar 9, 6:00 PM CDT/);
    expect(r.text).toMatch(/Check-in draft: Tue, Mar 17, 9:30 AM CDT/);
    expect(r.text).toContain('Reply to this email with the correction');
  });

  it('the thank-you gives one draft per interviewer with a mailto link, using the latest note', () => {
    const r = messages.prompt(templates, {
      iv: interview({ notes: [{ at: '2026-03-10T17:00:00Z', text: 'their Kafka migration' }] }),
      user,
      prompt: { type: 'thank-you', at: new Date('2026-03-10T16:15:00Z'), key: 'thank-you-1' },
      now: new Date('2026-03-10T16:15:00Z'),
      config: { inboxAddress: 'interviews@x.example' },
    });
    expect(r.subject).toBe('Thank-you notes for Northwind Labs — send today');
    expect(r.text.match(/Thank you for taking the time/g)).toHaveLength(2);
    expect(r.text).toContain('Hi Dana,');
    expect(r.text).toContain('Hi Luis,');
    expect(r.text).toContain('our conversation about their Kafka migration.');
    expect(r.html).toContain('href="mailto:dana@northwind.example?subject=');
  });

  it('a prep checklist treats a phone screen as an elimination round', () => {
    const r = messages.prompt(templates, { iv: interview({ format: 'phone', meetingUrl: null }), user, prompt: { type: 'prep', at: new Date(), key: 'prep-1' }, now: new Date(), config: { inboxAddress: 'i@x.example' } });
    expect(r.text).toContain('elimination round');
    expect(r.text).toContain('How soon will you decide');
    expect(r.text).not.toContain('tech check');
  });

  it('every template renders for every reply intent without leftovers', () => {
    for (const intent of ['sent', 'next-round', 'offer', 'rejected', 'withdrawn', 'heard-back', 'bombed', 'missed', 'decision-date', 'snooze', 'stop', 'note', 'help'] as const) {
      const r = messages.replyResponse(templates, {
        iv: interview(), user, reading: { intents: [intent], date: '2026-03-20', note: 'Kafka and on-call' }, plan: [], now: new Date('2026-03-11T00:00:00Z'), closedBefore: false, snoozed: { at: '2026-03-12T14:30:00Z' },
      });
      expect(r.subject.length).toBeGreaterThan(5);
      expect(r.text).not.toMatch(/\{\{|\}\}/);
    }
  });
});
