// Names completed from earlier mail about the same interview, in the parse command and as a pure function.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { empty } from '../../shared/extract/index.js';
import { completeInterviewers, continueThread, sameCompany } from '../../shared/extract/thread.js';
import type { Extraction } from '../../shared/types.js';
import { gmailForward } from './helpers.js';

const p = (name: string | null, email: string | null = null) => ({ name, email });

describe('completeInterviewers', () => {
  it('completes a bare first name from the one known person it can mean', () => {
    expect(completeInterviewers([p('Dakota')], [p('Dakota Yazzie', 'dakota@polaris.example')])).toEqual([p('Dakota Yazzie', 'dakota@polaris.example')]);
    expect(completeInterviewers([p('dákota')], [p('Dakota Yazzie')])).toEqual([p('Dakota Yazzie')]);
  });
  it('completes a double given name ("María José") from the one fuller name known, not when two share it', () => {
    expect(completeInterviewers([p('Ana Lucía'), p('Ravi')], [p('Ana Lucía Ferreyra Paz'), p('Ravi Subramanian')])).toEqual([p('Ana Lucía Ferreyra Paz'), p('Ravi Subramanian')]);
    expect(completeInterviewers([p('Ana Lucía')], [p('Ana Lucía Ferreyra'), p('Ana Lucía Prado')])).toEqual([p('Ana Lucía')]);
  });
  it('leaves a first name two known people share, full names and strangers as written', () => {
    const known = [p('Ana Silva'), p('Ana Costa'), p('Ben Ode')];
    expect(completeInterviewers([p('Ana'), p('Ben Okafor'), p('Cleo')], known)).toEqual([p('Ana'), p('Ben Okafor'), p('Cleo')]);
  });
  it('names an address it knows and drops the duplicate a completion makes', () => {
    expect(completeInterviewers([p(null, 'KIM@x.example')], [p('Kim Lee', 'kim@x.example')])).toEqual([p('Kim Lee', 'KIM@x.example')]);
    expect(completeInterviewers([p('Kim Lee'), p('Kim')], [p('Kim Lee')])).toEqual([p('Kim Lee')]);
  });
});

describe('sameCompany', () => {
  it('matches whole-word short names and run-together domain labels, not companies that share a first word', () => {
    expect(sameCompany('Harrowgate', 'Harrowgate Sterling & Co.')).toBe(true);
    expect(sameCompany('Larkspurins', 'Larkspur Insurance')).toBe(true);
    expect(sameCompany('Pinecrest Health', 'Pinecrest Robotics')).toBe(false);
    expect(sameCompany('Vexa', 'Vexalon')).toBe(false);
    expect(sameCompany('Amazon', 'Amazonas Mining')).toBe(false);
  });
});

describe('continueThread', () => {
  const x = (over: Partial<Extraction>): Extraction => ({ ...empty(), kind: 'interview', start: '2026-06-01T10:00:00-05:00', ...over });
  const first = x({ company: 'Larkspur Insurance', role: 'Claims Data Analyst', sender: 'mfaircloth@larkspurins.example', interviewers: [p('Deshawn Pruitt')] });
  it("gives a move from the same company's domain the company's full name and completes its first names", () => {
    const move = x({ kind: 'update', company: 'Larkspurins', sender: 'mfaircloth@larkspurins.example', interviewers: [p('Deshawn')] });
    expect(continueThread(move, [first])).toMatchObject({ company: 'Larkspur Insurance', role: null, interviewers: [p('Deshawn Pruitt')] });
    const bare = x({ kind: 'cancellation', company: null, sender: 'deshawn@larkspurins.example' });
    expect(continueThread(bare, [first]).company).toBe('Larkspur Insurance');
  });
  it('prefers the fuller name of the same company, never another company, and leaves a new interview as read', () => {
    const short = x({ kind: 'update', company: 'Harrowgate', sender: 'oliver@harrowgate.example' });
    expect(continueThread(short, [x({ company: 'Harrowgate Sterling & Co.', sender: 'imogen@harrowgate.example' })]).company).toBe('Harrowgate Sterling & Co.');
    const other = x({ kind: 'update', company: 'Ostrava Energy', sender: 'derek@talentbridge.example' });
    expect(continueThread(other, [first]).company).toBe('Ostrava Energy');
    const fresh = x({ company: 'Larkspur', sender: 'someone@larkspurins.example' });
    expect(continueThread(fresh, [first]).company).toBe('Larkspur');
    // a vendor's or a mail service's domain ties nothing together
    // an agency's recruiter writes about two clients: the sender's domain does not join them
    const ostrava = x({ company: 'Ostrava Energy', sender: 'derek@talentbridge.example', interviewers: [p('Dana Kim')] });
    const pinecrest = x({ company: 'Pinecrest Health', sender: 'derek@talentbridge.example', interviewers: [p('Dana Whitfield')] });
    expect(continueThread(x({ kind: 'update', company: 'Ostrava', sender: 'derek@talentbridge.example', interviewers: [p('Dana')] }), [ostrava, pinecrest]).interviewers).toEqual([p('Dana Kim')]);
    // a short name two stored companies share joins neither
    const robotics = x({ company: 'Pinecrest Robotics', sender: 'a@pinecrestrobotics.example' });
    expect(continueThread(x({ kind: 'cancellation', company: 'Pinecrest', sender: 'b@mail.example' }), [pinecrest, robotics]).company).toBe('Pinecrest');
    const viaAts = x({ kind: 'cancellation', company: null, sender: 'no-reply@greenhouse.io' });
    expect(continueThread(viaAts, [x({ company: 'Vexa', sender: 'no-reply@greenhouse.io' })]).company).toBeNull();
  });
});

describe('parse reads the files of one run as one mailbox', () => {
  const confirm = gmailForward({
    from: 'Dakota Yazzie <dakota.yazzie@polarisfreight.example>',
    date: 'Mon, Apr 6, 2026 at 9:12 AM',
    subject: 'Interview - Logistics Software Engineer - Polaris Freight',
    body: 'Hi Sam,\n\nThanks for your time so far. I would like to confirm your video interview with me, Dakota Yazzie, for the Logistics Software Engineer role at Polaris Freight on Thursday, April 16 at 2:00 PM Central.\n\nJoin: https://meet.google.com/pfx-abcd-efg\n\nBest,\nDakota Yazzie\nEngineering Manager, Polaris Freight',
  });
  const cancel = gmailForward({
    from: 'Polaris Freight Recruiting <recruiting@polarisfreight.example>',
    date: 'Tue, Apr 14, 2026 at 4:40 PM',
    subject: 'Update on your interview - Polaris Freight',
    body: 'Hi Sam,\n\nI am sorry to let you know that we need to cancel your upcoming interview with Dakota. The Logistics Software Engineer role has been put on hold.\n\nRegards,\nPolaris Freight Recruiting',
  });
  const run = (files: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'infra/cli.ts', 'parse', ...files], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    return r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  };
  it('names the interviewer of a cancellation from the confirmation before it, not when read alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-thread-'));
    writeFileSync(join(dir, '1.eml'), confirm);
    writeFileSync(join(dir, '2.eml'), cancel);
    const [a, b] = run([join(dir, '1.eml'), join(dir, '2.eml')]);
    expect(a).toMatchObject({ kind: 'interview', company: 'Polaris Freight' });
    expect(a.interviewers.map((x: { name: string }) => x.name)).toEqual(['Dakota Yazzie']);
    expect(b).toMatchObject({ kind: 'cancellation', company: 'Polaris Freight' });
    expect(b.interviewers.map((x: { name: string }) => x.name)).toEqual(['Dakota Yazzie']);
    const [alone] = run([join(dir, '2.eml')]);
    expect(alone.interviewers.map((x: { name: string }) => x.name)).toEqual(['Dakota']);
  });
});

describe('the workflow keeps the full names it stored', () => {
  it('a reschedule naming "Dakota" keeps the stored Dakota Yazzie', async () => {
    const { applyExtraction } = await import('../../shared/workflow/forward.js');
    const { empty } = await import('../../shared/extract/index.js');
    const iv = { interviewers: [p('Dakota Yazzie', 'dy@polaris.example'), p('Lee Park')], questions: [] } as never as Parameters<typeof applyExtraction>[0];
    applyExtraction(iv, { ...empty(), kind: 'update', start: '2026-04-17T14:00:00-05:00', interviewers: [p('Dakota'), p('Mo Reyes')] });
    expect(iv.interviewers).toEqual([p('Dakota Yazzie', 'dy@polaris.example'), p('Mo Reyes')]);
  });
});
