// One clock for the handlers. On AWS it is the real time; the local runtime's time travel shifts it by an offset kept
// in a file (FOLLOWUP_CLOCK_FILE) that infra/local/clock.ts writes and another process may read.
import { readFileSync, statSync } from 'node:fs';

export function makeClock(file: string | undefined): () => Date {
  return file ? clockFromFile(file) : () => new Date();
}

/** The offset recorded in a clock file (0 when there is none yet). */
export function readOffset(file: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (isErrnoException(error) && error.code === 'ENOENT') return 0;
    throw error;
  }
  const parsed: unknown = JSON.parse(text);
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('offsetMs' in parsed) ||
    typeof parsed.offsetMs !== 'number' ||
    !Number.isFinite(parsed.offsetMs)
  ) {
    throw new Error(`Clock file ${file} is malformed: expected {"offsetMs": <number>}`);
  }
  return parsed.offsetMs;
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}

/**
 * A `now()` for handlers that follows a clock file written by another process. The file is re-read
 * only when its mtime or size changes, so calling this in a hot path costs one stat.
 */
export function clockFromFile(file: string): () => Date {
  let cachedKey = '';
  let cachedOffset = 0;
  return () => {
    let key: string;
    try {
      const st = statSync(file);
      key = `${st.mtimeMs}:${st.size}:${st.ino}`;
    } catch (error) {
      if (isErrnoException(error) && error.code === 'ENOENT') return new Date();
      throw error;
    }
    if (key !== cachedKey) {
      cachedOffset = readOffset(file);
      cachedKey = key;
    }
    return new Date(Date.now() + cachedOffset);
  };
}
