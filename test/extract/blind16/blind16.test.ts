// Sixteenth blind corpus (blind16): 100 .eml files from four writers imitating the samples' distribution (threads,
// hand-written mail, invitations and ATS look-alikes), commissioned last in session 3 and scored first against the
// engine frozen at that moment (after every other rule of the session): 78/100 every field, 98/100 start instant
// (parts 18, 19, 18, 23); the engine as session 3 began: 73/100. After the rules it prompted ("Name · Title" agenda
// lines, session titles with a colon, "originally scheduled for" in cancellations, "X (title) and me", "asked me to
// cancel", Zoom's "PM Arizona", credit-union domains, agenda rows in their header's zone, a cancellation's bare "call"): 94/100.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, type Floors } from '../blind-scoring.js';

const FLOORS: Floors = { kind: 0.99, company: 0.97, role: 0.95, start: 0.99, end: 0.97, timeZone: 0.99, format: 0.98, interviewers: 0.98, meetingUrl: 0.99, startInstant: 0.99, every: 0.93 };

blindCorpus('blind16', dirname(fileURLToPath(import.meta.url)), FLOORS, 100);
