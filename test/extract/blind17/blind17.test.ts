// Seventeenth blind corpus (blind17): 100 .eml files from four writers imitating the samples' distribution, the last
// wave of session 3, scored first against the engine frozen when it was commissioned (every rule of the session but
// the few it then prompted): 78/100 every field, 99/100 start instant (parts 22, 19, 18, 19); the engine as the
// session began: 76/100. After the few rules it prompted ("tomorrow (Wednesday)", "Your interviewers will be …",
// "push you by one day", numbers and contract tags, an agency's "Client:" label, "X and Y would like to invite you",
// "with me and our CTO, X", "the X search", a meeting day after the subject's title,
// "⏱ 30 minutes", "it'll be a quick 20 minutes", "I'll ring your cell", "Marrow technical interview"): 92/100.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, type Floors } from '../blind-scoring.js';

const FLOORS: Floors = { kind: 0.99, company: 0.95, role: 0.94, start: 0.99, end: 0.97, timeZone: 0.98, format: 0.98, interviewers: 0.95, meetingUrl: 0.99, startInstant: 0.99, every: 0.91 };

blindCorpus('blind17', dirname(fileURLToPath(import.meta.url)), FLOORS, 100);
