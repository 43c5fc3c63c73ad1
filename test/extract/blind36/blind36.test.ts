// Thirty-sixth blind corpus (blind36): 25 .eml files from one writer of session 9 (ATS and scheduling tools, companies
// in unusual industries and countries), commissioned at the start of the session and scored first against the engine
// of that moment (commit 2a54210): 16/25 every field, 25/25 start instant. A few rules were then drawn from it; the
// floors sit at the session's final score.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, type Floors } from '../blind-scoring.js';

const FLOORS: Floors = { kind: 1, company: 0.84, role: 1, start: 1, end: 1, timeZone: 0.96, format: 0.96, interviewers: 0.96, meetingUrl: 1, startInstant: 1, every: 0.76 };

blindCorpus('blind36', dirname(fileURLToPath(import.meta.url)), FLOORS, 25);
