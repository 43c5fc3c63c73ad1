// Eighteenth blind corpus (blind18): 100 .eml files from four writers imitating the samples' distribution (leans:
// hand-written mail with panels in prose, invitations and agendas, ATS templates and look-alikes, threads and
// employers outside tech), the first wave of session 4, written from a prompt rewritten from scratch. Scored first
// against the engine as the session began: 57/100 every field, 92/100 start instant (parts 11, 17, 16, 13). After the
// rules it prompted (name shapes, departments, signatures, "your time", moves by an amount, proposals of one day's
// times, and more; see the README): 90/100.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, type Floors } from '../blind-scoring.js';

const FLOORS: Floors = { kind: 0.99, company: 0.97, role: 0.93, start: 0.99, end: 0.97, timeZone: 0.99, format: 0.98, interviewers: 0.96, meetingUrl: 0.99, startInstant: 0.99, every: 0.89 };

blindCorpus('blind18', dirname(fileURLToPath(import.meta.url)), FLOORS, 100);
