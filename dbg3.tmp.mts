import { readFileSync } from 'node:fs';
import { parseMime } from './shared/mime.ts';
import { unwrap } from './shared/extract/unwrap.ts';
import { readSchedule } from './shared/extract/schedule.ts';
const m = await parseMime(readFileSync(process.argv[2]));
const o: any = await unwrap(m, 'America/Chicago');
const q = readSchedule({ text: o.body, subject: o.subject, sent: o.sent?.instant, userZone: 'America/Chicago', context: o.body });
console.log(q);
