// `reply [--user-tz ZONE] FILE.eml...`: what each reply to a prompt says, one NDJSON line per file.
import { basename } from 'node:path';
import { readFile } from 'node:fs/promises';
import { parseReplyEmail } from '../../shared/replies/index.js';
import { isValidZone } from '../../shared/time.js';

const USAGE = 'usage: npm run followup -- reply [--user-tz ZONE] FILE.eml...';

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function run(args: string[]): Promise<number> {
  let zone = process.env.FOLLOWUP_TZ ?? 'America/Chicago';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--user-tz' || a === '--tz') {
      const v = args[++i];
      if (!v) {
        console.error(`${a} needs a zone\n${USAGE}`);
        return 2;
      }
      zone = v;
    } else if (a.startsWith('--user-tz=')) zone = a.slice('--user-tz='.length);
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    } else files.push(a);
  }
  if (!isValidZone(zone)) {
    console.error(`"${zone}" is not an IANA time zone (e.g. America/Chicago); set --user-tz or FOLLOWUP_TZ`);
    return 2;
  }
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const raw = await readFile(file);
      // A reply without a Date header is read against the moment the command runs.
      const r = await parseReplyEmail(new Uint8Array(raw), { userTimeZone: zone, now: new Date() });
      const line = { file: basename(file), intents: r.intents, date: r.date, note: r.note, ...(r.error ? { error: r.error } : {}) };
      if (r.error) failed++;
      process.stdout.write(JSON.stringify(line) + '\n');
    } catch (err) {
      failed++;
      process.stdout.write(JSON.stringify({ file: basename(file), intents: [], date: null, note: null, error: message(err) }) + '\n');
    }
  }
  // Every file got its line (an unreadable one says why), so the command itself succeeded.
  if (failed) process.stderr.write(`${failed} file(s) could not be read; see their "error" field\n`);
  return 0;
}
