// Blind generalisation corpus: hand-written .eml files in the style of the product samples, with ground
// truth in truth.json. Written without looking at the engine or the other fixtures. The test reports
// per-field accuracy and every mismatch, and only asserts floors slightly below the engine's measured
// accuracy, so it guards against regressions without demanding perfection.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpus, floorsOf, type Floors } from '../blind-scoring.js';

// Floors (fraction correct) set a few points below what the engine scored when this corpus was written.
const FLOORS: Floors = floorsOf(0.98);

blindCorpus('blind', dirname(fileURLToPath(import.meta.url)), FLOORS, 50);
