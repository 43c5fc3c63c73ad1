// Scores the reply reader on a blind set written before the engine was read (test/replies/blind), in the samples'
// conventions: `altDates` are also accepted, `optionalIntents` may be present or not (an optional `note` may also
// be absent from the note field). Notes are compared with runs of whitespace collapsed.
import { fileURLToPath } from 'node:url';
import { blindReplies, type Floor } from './blind-scoring.js';

// The first blind set: floors as it has always asserted them (no all-fields floor).
const FLOOR: Floor = { intents: 0.95, date: 0.95, note: 0.95, all: 0 };

blindReplies('blind', fileURLToPath(new URL('./blind/', import.meta.url)), FLOOR, 40);
