// Twelfth blind corpus (blind12): 100 .eml files from four more writers asked to imitate the samples' distribution,
// written after every other rule of the session was in and scored against that frozen engine: the session's final
// held-out-style measurement. Against the engine as it stood when the session began: kind 96, company 81, role 88,
// start 97, end 96, timeZone 98, format 98, interviewers 66, meetingUrl 99, start instant 97; 49/100 all fields.
// Against the frozen engine: kind 96, company 88, role 92, start 98, end 96, timeZone 98, format 98, interviewers 85,
// meetingUrl 99, start instant 98; 67/100 all fields (25-email parts: 20, 15, 19, 13).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, type Floors } from '../blind-scoring.js';

const FLOORS: Floors = { kind: 0.95, company: 0.87, role: 0.91, start: 0.97, end: 0.95, timeZone: 0.97, format: 0.97, interviewers: 0.84, meetingUrl: 0.98, startInstant: 0.97 };

blindCorpus('blind12', dirname(fileURLToPath(import.meta.url)), FLOORS, 100);
