// Twenty-second blind corpus (blind22): 100 .eml files from four more writers of session 4's prompt (leans: none
// twice, small companies' hiring managers and panels, scheduling tools with their moves and cancellations), the last
// of session 4, commissioned after every rule of the session but the review's mends and the few it prompted. Scored
// first against the engine frozen then: 71/100 every field, 95/100 start instant (parts 14, 22, 14, 21); the engine as
// the session began: 66/100 and 91/100. After the few rules it prompted: 81/100.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, type Floors } from '../blind-scoring.js';

const FLOORS: Floors = { kind: 0.98, company: 0.95, role: 0.94, start: 0.97, end: 0.93, timeZone: 0.98, format: 0.97, interviewers: 0.88, meetingUrl: 0.97, startInstant: 0.97, every: 0.79 };

blindCorpus('blind22', dirname(fileURLToPath(import.meta.url)), FLOORS, 100);
