// Scores the reply reader on a fifth blind set (test/replies/blind5), 20 replies written before the engine or the
// other sets were read and measured once before any fix. Same scoring as blind.test.ts, in the samples' conventions:
// `altDates` are also accepted, `optionalIntents` may be present or not (an optional `note` may also be absent from
// the note field). Notes are compared with runs of whitespace collapsed.
import { fileURLToPath } from 'node:url';
import { blindReplies, type Floor } from './blind-scoring.js';

// First measurement, before any fix: all fields 20/20 (intents, date and note 100%); no reader change was made for it.
// Caveats: the writer had read shared/replies/README.md (not the code or the other sets) before writing it, and four
// entries (E08, E09, E10, E13) leave an ambiguous trailing note optional, so it is an easier set than blind–blind4.
const FLOOR: Floor = { intents: 0.99, date: 0.99, note: 0.99, all: 0.99 };

blindReplies('blind5', fileURLToPath(new URL('./blind5/', import.meta.url)), FLOOR, 20);
