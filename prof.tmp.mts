import { readdirSync, readFileSync } from 'node:fs';
import { extract } from './shared/extract/index.ts';
const dir = 'test/extract/fixtures';
const xs = readdirSync(dir).filter(f=>f.endsWith('.eml')).map(f=>new Uint8Array(readFileSync(`${dir}/${f}`)));
for (const x of xs) await extract(x as any, { userTimeZone: 'America/Chicago' });
const t0 = performance.now(); let n=0;
while (performance.now()-t0 < 4000) for (const x of xs) { await extract(x as any, { userTimeZone: 'America/Chicago' }); n++; }
console.log((n/(performance.now()-t0)*1000).toFixed(0), 'emails/s');
