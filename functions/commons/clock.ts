// One clock for the handlers. On AWS it is the real time; the local runtime's time travel shifts it by an offset kept
// in a file (FOLLOWUP_CLOCK_FILE), written by infra/local/clock.ts. Re-read on every call: it is tiny, local only,
// and the local scheduler moves it between two fires.
import { readFileSync } from 'node:fs';

export function makeClock(file: string | undefined): () => Date {
  if (!file) return () => new Date();
  return () => {
    let offset = 0;
    try {
      offset = Number(JSON.parse(readFileSync(file, 'utf8')).offsetMs) || 0;
    } catch {
      offset = 0;
    }
    return new Date(Date.now() + offset);
  };
}
