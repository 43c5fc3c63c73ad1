// Twenty-ninth blind corpus (blind29): 100 .eml files from four writers of session 7's prompt (leans: ATS tools, calendar
// invitations, hand-written mail and threads, a broad mix of forwarding and zones), commissioned as session 7 began.
// Scored first against the engine as the session began (commit 1d0ecad): 55/100 every field, 94/100 start instant
// (parts 14, 15, 13, 13). Session 7's rules were then drawn from it; the floors sit just under the session's final score.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, type Floors } from '../blind-scoring.js';

const FLOORS: Floors = { kind: 0.98, company: 0.91, role: 0.93, start: 0.96, end: 0.96, timeZone: 0.95, format: 0.96, interviewers: 0.94, meetingUrl: 0.98, startInstant: 0.96, every: 0.8 };

blindCorpus('blind29', dirname(fileURLToPath(import.meta.url)), FLOORS, 100);
