// Sixth blind corpus (blind6): 16 hand-written .eml files weighted to interviewer and role reading (invites with
// coordinators and panels, ATS panel lists, recruiters naming the hiring manager, agendas, roles with qualifiers),
// written without looking at the engine or the other blind sets. Floors sit just under the engine's measured score.
// First (blind) measurement: kind 100, company 93.8, role 75.0, start/end/timeZone 100, format 87.5,
// interviewers 68.8, meetingUrl 81.3 (three fixture Meet codes were malformed, since fixed); 6/16 all fields.
// After the rules it prompted: role 93.8, interviewers 87.5, company 93.8, the rest 100; 13/16 all fields.
// After appositive people ("NAME, the hiring manager", "one of the … on his team, NAME"), a person's first name never
// the company, and a specialty after a role's dash ("- Perception"): every field 100; 16/16 all fields.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, floorsOf, type Floors } from '../blind-scoring.js';

const FLOORS: Floors = floorsOf(0.95);

blindCorpus('blind6', dirname(fileURLToPath(import.meta.url)), FLOORS, 16);
