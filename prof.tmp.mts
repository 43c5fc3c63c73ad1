import { readFileSync, readdirSync } from 'node:fs';
import { extract } from './shared/extract/index.ts';
const dirs = ['test/extract/blind13','test/extract/blind14','test/extract/blind12'];
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(`${d}/${f}`)));
const t0 = performance.now();
for (let r = 0; r < 5; r++) for (const f of files) await extract(f, { userTimeZone: 'America/Chicago' });
console.log(((files.length * 5) / ((performance.now() - t0) / 1000)).toFixed(0), 'emails/s');
