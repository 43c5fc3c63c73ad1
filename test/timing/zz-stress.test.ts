import { it } from 'vitest';
import fc from 'fast-check';
import { planPrompts } from '/work/main/shared/timing.js';
import { oraclePlan } from '/work/main/test/timing/oracle.js';
import { caseArb, toInput } from '/work/main/test/timing/oracle.test.js';
it('stress', () => {
  const N = Number(process.env.N ?? 100000);
  const samples = fc.sample(caseArb, { numRuns: N, seed: Number(process.env.S ?? 1) });
  let bad = 0; const stats: Record<string, number> = {};
  const inc = (k: string) => (stats[k] = (stats[k] ?? 0) + 1);
  for (const c of samples) {
    const i = toInput(c as any);
    const o = oraclePlan(i);
    const p = planPrompts(i as never) as any[];
    const so = o.map(x => x.type + '@' + x.at.toISOString()).join(' ');
    const sp = p.map((x: any) => x.type + '@' + x.at.toISOString()).join(' ');
    inc('n=' + o.length);
    if (o.some(x => x.at.getTime() === i.recordedAt.getTime())) inc('atR');
    if (o.filter(x => x.type === 'check-in').length > 2) inc('>2checkins');
    if (o.some(x=>x.type==='prep')) inc('prep');
    if (o.some(x=>x.type==='final-check')) inc('fc');
    if (o.some(x=>x.type==='thank-you')) inc('ty');
    if (so !== sp) { bad++; if (bad <= 15) console.log('CASE', JSON.stringify({zone:c.zone,S:new Date(c.S).toISOString(),endLen:c.endLen,format:c.format,R:new Date(c.R).toISOString(),events:c.events.map((e:any)=>({...e,at:new Date(e.at).toISOString()}))}), '\n  oracle ', so, '\n  product', sp); }
  }
  console.log('bad', bad, 'of', N, stats);
}, 600000);
