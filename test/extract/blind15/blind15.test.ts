// Fifteenth blind corpus (blind15): 100 .eml files from four writers imitating the samples' distribution (threads,
// hand-written mail, invitations and ATS look-alikes), written at the end of session 3 and scored first against the
// engine frozen when they were commissioned: 75/100 every field, 95/100 start instant (parts 15, 21, 18, 21); the
// engine as session 3 began: 71/100. After the rules it prompted (Workday's "GMT-08:00 Pacific Time" labels, UTC
// never regionalised, "my time (Mountain)", the reader's weekday in parentheses, "Previous schedule (canceled)",
// "with X, Title" detail lines, agencies by their written name, "CU" spelled out, review mends): 91/100.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, type Floors } from '../blind-scoring.js';

const FLOORS: Floors = { kind: 0.99, company: 0.98, role: 0.95, start: 0.98, end: 0.98, timeZone: 0.98, format: 0.99, interviewers: 0.96, meetingUrl: 0.97, startInstant: 0.99, every: 0.9 };

blindCorpus('blind15', dirname(fileURLToPath(import.meta.url)), FLOORS, 100);
