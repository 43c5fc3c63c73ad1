// Third blind corpus (blind3): 30 hand-written .eml files in the style of the product samples, with ground
// truth in truth.json. Written without looking at the engine or the other fixtures. The test reports
// per-field accuracy and every mismatch, and only asserts floors slightly below the engine's measured
// accuracy, so it guards against regressions without demanding perfection.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, floorsOf, type Floors } from '../blind-scoring.js';

// Floors (fraction correct) set a little below what the engine scored when this corpus was written, and
// raised only from before/after measurements (never tuned against).
// before: kind 96.7, company 80.0, role 96.7, start 93.3, end 90.0, timeZone 96.7, format 96.7,
// interviewers 70.0, meetingUrl 100, startInstant 93.3; 15/30 all fields. After: kind 96.7, company 100, role 100,
// start 96.7, end 96.7, timeZone 96.7, format 96.7, interviewers 93.3, meetingUrl 100, startInstant 96.7; 27/30.
// Caveat: some of its first mismatches were looked at while writing general rules, so it is not fully blind.
// Later (with blind4's rules): every field 100% except interviewers 96.7 (29/30); interviewers floor raised to 0.96.
const FLOORS: Floors = floorsOf(0.96);

blindCorpus('blind3', dirname(fileURLToPath(import.meta.url)), FLOORS, 30);
