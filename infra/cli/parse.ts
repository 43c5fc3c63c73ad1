// `npm run followup -- parse [--user-tz ZONE] FILE.eml...`: what the extraction engine reads, one JSON line per file.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { empty, extract } from '../../shared/extract/index.js';
import { continueThread } from '../../shared/extract/thread.js';
import { isValidZone } from '../../shared/time.js';
import type { Extraction } from '../../shared/types.js';

const USAGE = 'usage: npm run followup -- parse [--user-tz ZONE] FILE.eml...';

function parseArgs(args: string[]): { zone: string; files: string[] } | string {
  let zone = process.env.FOLLOWUP_TZ || 'America/Chicago';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--user-tz' || a === '--tz') {
      const v = args[++i];
      if (!v) return `${a} needs a zone, e.g. ${a} America/New_York`;
      zone = v;
    } else if (a.startsWith('--user-tz=')) zone = a.slice('--user-tz='.length);
    else if (a === '--') continue;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else files.push(a);
  }
  if (!isValidZone(zone)) return `"${zone}" is not an IANA time zone (e.g. America/Chicago)`;
  if (!files.length) return 'no files given';
  return { zone, files };
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${USAGE}\n`);
    return 2;
  }
  let failures = 0;
  // Files of one run are read as one mailbox: a later email about the same interview may name people by first
  // name only ("your interview with Dakota") or not name the company, and the earlier one tells who they are.
  const earlier: Extraction[] = [];
  for (const file of parsed.files) {
    let line: Record<string, unknown>;
    try {
      const raw = await readFile(file);
      const x = continueThread(await extract(new Uint8Array(raw), { userTimeZone: parsed.zone }), earlier);
      if (x.kind !== 'unrecognized') earlier.push(x);
      line = { file: basename(file), ...x };
    } catch (e) {
      failures++;
      line = { file: basename(file), ...empty(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`) };
    }
    process.stdout.write(JSON.stringify(line) + '\n');
  }
  // Every file got its line (an unreadable one says why), so the command itself succeeded.
  if (failures) process.stderr.write(`${failures} file(s) could not be read; see their "error" field\n`);
  return 0;
}
