// Twenty-fifth blind corpus (blind25): 100 .eml files from four writers of session 5, with the prompt nearer the
// samples (one in eight hard, mostly North American zones; leans: recruiters' own mail, tools, threads, small
// employers' everyday mail). Commissioned with the interviewer model in (commit 4c6cd48) and scored first against that
// frozen engine: 63/100 every field, 98/100 start instant (the engine as session 5 began: 61/100). The floors sit just
// under the session's final score.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, type Floors } from '../blind-scoring.js';

const FLOORS: Floors = { kind: 0.99, company: 0.88, role: 0.95, start: 0.97, end: 0.95, timeZone: 0.98, format: 0.98, interviewers: 0.90, meetingUrl: 0.99, startInstant: 0.97, every: 0.73 };

blindCorpus('blind25', dirname(fileURLToPath(import.meta.url)), FLOORS, 100);
