// `npm run bench`: one table, each figure beside its baseline measured in the same run, and the goals.
import { benchParse } from './parse-bench.js';
import { benchColdStart } from './cold-start.js';
import { benchE2e } from './e2e.js';
import { benchLifecycle, costPer1000 } from './lifecycle.js';

const quick = process.argv.includes('--quick');
const rows: [string, string, string, string][] = [];
const row = (what: string, value: string, baseline: string, goal: string) => rows.push([what, value, baseline, goal]);
const ok = (pass: boolean) => (pass ? 'met' : 'MISSED');

const parse = await benchParse();
const ratio = parse.extractPerSec / parse.mimeOnlyPerSec;
row('parse: extraction engine, corpus + 20 KB', `${parse.extractPerSec.toFixed(0)} emails/s`, `bare MIME parse ${parse.mimeOnlyPerSec.toFixed(0)} emails/s`, `≥ 50% of MIME: ${(ratio * 100).toFixed(0)}% ${ok(ratio >= 0.5)}`);
for (const [name, r] of [['fixture corpus', parse.corpus], ['one ~20 KB email', parse.large]] as const) {
  const q = r.extractPerSec / r.mimeOnlyPerSec;
  row(`parse: ${name}`, `${r.extractPerSec.toFixed(0)} emails/s`, `bare MIME parse ${r.mimeOnlyPerSec.toFixed(0)} emails/s`, `${(q * 100).toFixed(0)}% ${ok(q >= 0.5)}`);
}

const cold = await benchColdStart(quick ? 5 : 10);
const empty = cold.find((r) => r.name === 'empty handler')!;
for (const r of cold.filter((x) => x !== empty)) {
  const fn = r.name.split(' ')[0];
  const main = !r.name.includes('(');
  const factor = r.initMs / empty.initMs;
  const limit = fn === 'prompt' ? 1.5 : 2.5;
  row(
    `cold start: ${r.name}`,
    `${(r.bytes / 1024).toFixed(0)} KB, init ${r.initMs.toFixed(0)} ms`,
    `empty handler ${empty.initMs.toFixed(0)} ms (×${factor.toFixed(2)})`,
    main ? `init ≤ ×${limit}: ${ok(factor <= limit)}; ≤ 500 KB: ${ok(r.bytes <= 500 * 1024)}` : 'comparison',
  );
}

const e2e = await benchE2e(quick ? 200 : 1000);
row(`end to end: ${e2e.emails} forwards over SMTP`, `${e2e.perSec.toFixed(1)} emails/s, p50 ${e2e.p50Ms.toFixed(0)} ms, p95 ${e2e.p95Ms.toFixed(0)} ms`, `acknowledgements stored: ${e2e.acks}`, e2e.acks === e2e.emails ? 'all acknowledged' : 'MISSED: some lost');

const life = await benchLifecycle();
const writeCalls = life.writes + life.scheduleWrites;
row('AWS calls per lifecycle', `${life.reads} reads, ${life.writes} DynamoDB writes, ${life.scheduleWrites} schedule writes, ${life.emails} emails`, `forward → ${life.invocations.prompt} prompts → 1 reply`, `≤ 12 writes: ${writeCalls} ${ok(writeCalls <= 12)}`);
const cost = costPer1000(life, { inboundMs: e2e.p50Ms, promptMs: Math.max(20, e2e.p50Ms / 2) });
const floor = cost['SES receive'] + cost['SES send'];
const rest = Object.entries(cost).filter(([k]) => !k.startsWith('SES')).reduce((a, [, v]) => a + v, 0);
row('cost per 1,000 interviews', Object.entries(cost).map(([k, v]) => `${k} $${v.toFixed(4)}`).join(', '), `SES floor $${floor.toFixed(3)}`, `rest ≤ 10% of floor: ${((rest / floor) * 100).toFixed(1)}% ${ok(rest <= floor * 0.1)}`);

const widths = [0, 1, 2, 3].map((i) => Math.min(70, Math.max(...rows.map((r) => r[i].length), ['measure', 'value', 'baseline', 'goal'][i].length)));
const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
console.log(line(['measure', 'value', 'baseline', 'goal']));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(line(r));
