// Twenty-sixth blind corpus (blind26): 100 .eml files from four writers of session 5's samples-like prompt (leans:
// none, hiring teams' own words, tools and invitations, short or messy mail). Commissioned with the interviewer model
// and session 5's first rules in (commit ac44a4f) and scored first against that frozen engine: 73/100 every field,
// 96/100 start instant (parts 22, 19, 17, 15); the engine as session 5 began: 68/100 and 96/100. The floors sit just
// under the session's final score.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, type Floors } from '../blind-scoring.js';

const FLOORS: Floors = { kind: 0.97, company: 0.89, role: 0.97, start: 0.97, end: 0.96, timeZone: 0.96, format: 0.97, interviewers: 0.91, meetingUrl: 0.99, startInstant: 0.97, every: 0.78 };

blindCorpus('blind26', dirname(fileURLToPath(import.meta.url)), FLOORS, 100);
