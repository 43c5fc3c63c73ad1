// Nineteenth blind corpus (blind19): 100 .eml files from four more writers of the same prompt (leans: recruiters' own
// mail short and rambling, invitations with panels, ATS reschedules and cancellations, tricky times and look-alikes),
// commissioned after blind18's first rules. Scored first against the engine frozen then: 61/100 every field, 96/100
// start instant (parts 14, 15, 20, 12) — the same 61 as the engine of the session's start, so blind18's rules carried
// nothing to it. After the rules it prompted: 83/100.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, type Floors } from '../blind-scoring.js';

const FLOORS: Floors = { kind: 0.98, company: 0.91, role: 0.95, start: 0.98, end: 0.96, timeZone: 0.97, format: 0.97, interviewers: 0.97, meetingUrl: 0.99, startInstant: 0.98, every: 0.82 };

blindCorpus('blind19', dirname(fileURLToPath(import.meta.url)), FLOORS, 100);
