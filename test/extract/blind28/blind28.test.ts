// Twenty-eighth blind corpus (blind28): 100 .eml files from four writers of session 5's samples-like prompt (leans:
// none twice, mid-career roles with interviewers introduced as people do, calendar and ATS mail), commissioned last,
// with the interviewer model and all but the review's mends of session 5 in (commit 129bd4b). Scored first against
// that frozen engine: 71/100 every field, 98/100 start instant (parts 18, 20, 14, 19); the engine as session 5 began:
// 64/100 and 98/100. The floors sit just under the session's final score.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, type Floors } from '../blind-scoring.js';

const FLOORS: Floors = { kind: 0.98, company: 0.88, role: 0.92, start: 0.97, end: 0.97, timeZone: 0.97, format: 0.95, interviewers: 0.94, meetingUrl: 0.97, startInstant: 0.97, every: 0.73 };

blindCorpus('blind28', dirname(fileURLToPath(import.meta.url)), FLOORS, 100);
