import { readFileSync } from 'node:fs';
import { extract } from './shared/extract/index.ts';
const x = await extract(readFileSync(process.argv[2]), { userTimeZone: 'America/Chicago' });
console.log(JSON.stringify(x, null, 1).slice(0, 3000));
