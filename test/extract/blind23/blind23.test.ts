// Twenty-third blind corpus (blind23): 100 .eml files from four more writers of session 4's prompt (leans: none,
// recruiters' and agencies' own mail, invitations, ATS templates and agendas, threads and time-zone traps), the last
// wave of session 4, commissioned with every rule of the session and the review's mends in. Scored first against the
// engine frozen then: 74/100 every field, 93/100 start instant (parts 18, 18, 19, 19); the engine as the session
// began: 70/100 and 91/100. After the few rules it prompted at the session's end: 77/100.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, type Floors } from '../blind-scoring.js';

const FLOORS: Floors = { kind: 0.95, company: 0.92, role: 0.95, start: 0.94, end: 0.92, timeZone: 0.96, format: 0.97, interviewers: 0.88, meetingUrl: 0.99, startInstant: 0.94, every: 0.76 };

blindCorpus('blind23', dirname(fileURLToPath(import.meta.url)), FLOORS, 100);
