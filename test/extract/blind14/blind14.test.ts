// Fourteenth blind corpus (blind14): 100 .eml files from four writers imitating the samples' distribution (with
// two-email threads, hand-written recruiter and manager mail, invitations and ATS look-alikes), written in session 3
// without seeing the engine. Honest first scores (every field / start instant), against the engine when each part
// arrived: 76/100 and 98/100 (parts 19, 23, 15, 19); the engine as the session began: 74/100. After the rules it
// prompted (rows split at ";", names after a dash, "me and with X", companies and session titles are no people,
// earlier calls "with X last week", tentative times, booking links, "until 3:30" ends in the start's zone,
// non-recruiting coordinators): 91/100 as one mailbox.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, type Floors } from '../blind-scoring.js';

const FLOORS: Floors = { kind: 0.99, company: 0.95, role: 0.99, start: 0.99, end: 0.97, timeZone: 0.99, format: 0.97, interviewers: 0.98, meetingUrl: 0.99, startInstant: 0.99, every: 0.9 };

blindCorpus('blind14', dirname(fileURLToPath(import.meta.url)), FLOORS, 100);
