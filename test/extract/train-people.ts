// Learns the interviewer model's weights (shared/extract/people-weights.ts) from the blind corpora in test/extract:
// every person each email names, with the features shared/extract/people-model.ts reads, labelled by truth.json.
// Logistic regression, L2-regularised, trained by stochastic gradient descent in a fixed order (the output is the same
// on every run).
//
//   npx tsx test/extract/train-people.ts                      write the weights, trained on every corpus
//   npx tsx test/extract/train-people.ts --hold blind27,blind28   train without those, report on them, write nothing
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../shared/extract/index.js';
import { combine, type Candidate } from '../../shared/extract/people-model.js';
import type { Named } from '../../shared/extract/people.js';
import { fold } from '../../shared/extract/re.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '../../shared/extract/people-weights.ts');
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 5);
const EPOCHS = 40;
const RATE = 0.05;
const L2 = 1e-4;

interface Example {
  corpus: string;
  file: string;
  chosen: Named[];
  rejected: Set<string>;
  candidates: (Candidate & { label: boolean })[];
  truth: string[];
}

export async function collect(dirs: string[] = corpora()): Promise<Example[]> {
  const out: Example[] = [];
  for (const dir of dirs) {
    const truth = JSON.parse(readFileSync(join(HERE, dir, 'truth.json'), 'utf8')) as Record<string, { kind: string; interviewers: string[] }>;
    for (const file of readdirSync(join(HERE, dir)).filter((f) => f.endsWith('.eml')).sort()) {
      const want = truth[file];
      if (!want || want.kind === 'unrecognized') continue;
      const names = new Set(want.interviewers.map(fold));
      let seen: { candidates: Candidate[]; chosen: Named[]; rejected: Set<string> } | null = null;
      await extract(readFileSync(join(HERE, dir, file)), { userTimeZone: 'America/Chicago', onCandidates: (candidates, chosen, rejected) => (seen = { candidates, chosen, rejected }) });
      if (!seen) continue;
      const s = seen as { candidates: Candidate[]; chosen: Named[]; rejected: Set<string> };
      out.push({
        corpus: dir,
        file,
        chosen: s.chosen,
        rejected: s.rejected,
        candidates: s.candidates.map((c) => ({ ...c, label: names.has(fold(c.name)) })),
        truth: want.interviewers,
      });
    }
  }
  return out;
}

export function corpora(): string[] {
  return readdirSync(HERE, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (d.name.startsWith('blind') || d.name === 'fixtures'))
    .map((d) => d.name)
    .sort();
}

export function train(examples: Example[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const c of e.candidates) for (const f of c.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const w = new Map<string, number>([['bias', 0]]);
  const rows = examples.flatMap((e) => e.candidates).map((c) => ({ f: c.features.filter((f) => (counts.get(f) ?? 0) >= MIN_COUNT && f !== 'rule' && f !== 'norule'), y: c.label ? 1 : 0 }));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch / 10);
    for (const r of rows) {
      let z = w.get('bias')!;
      for (const f of r.f) z += w.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - r.y;
      w.set('bias', w.get('bias')! - rate * g);
      for (const f of r.f) {
        const v = w.get(f) ?? 0;
        w.set(f, v - rate * (g + L2 * v));
      }
    }
  }
  const out: Record<string, number> = {};
  for (const [f, v] of [...w].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(v) >= Number(process.env.MIN_W ?? 0.05)) out[f] = Math.round(v * 1000) / 1000;
  return out;
}

const HI = process.env.HI ? Number(process.env.HI) : undefined;
const LO = process.env.LO ? Number(process.env.LO) : undefined;

/** Emails whose interviewer set is exactly right: the rules alone, and the rules with the model. */
export function evaluate(examples: Example[], w: Record<string, number>): { n: number; rules: number; model: number; misses: string[] } {
  let rules = 0;
  let model = 0;
  const misses: string[] = [];
  const key = (xs: (string | null)[]) => JSON.stringify([...new Set(xs.filter((x): x is string => !!x).map(fold))].sort());
  for (const e of examples) {
    const kept = combine(e.candidates, e.chosen, e.rejected, w, HI, LO).map((p) => p.name);
    const inCands = new Set(e.candidates.map((c) => fold(c.name)));
    if (process.env.RECALL) for (const t of e.truth) if (!inCands.has(fold(t))) console.log('not a candidate', e.corpus, e.file, t);
    const want = key(e.truth);
    if (key(e.chosen.map((p) => p.name)) === want) rules++;
    if (key(kept) === want) model++;
    else misses.push(`${e.corpus}/${e.file}\twant ${want}\tgot ${key(kept)}\trules ${key(e.chosen.map((p) => p.name))}`);
  }
  return { n: examples.length, rules, model, misses };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const hold = process.argv.includes('--hold') ? process.argv[process.argv.indexOf('--hold') + 1].split(',') : [];
  const all = await collect();
  const w = train(all.filter((e) => !hold.includes(e.corpus)));
  if (hold.length) {
    const r = evaluate(all.filter((e) => hold.includes(e.corpus)), w);
    console.log(`held out ${hold.join(', ')}: ${r.n} emails; interviewers right: rules ${r.rules}, rules + model ${r.model}`);
    if (process.argv.includes('-v')) console.log(r.misses.join('\n'));
  } else {
    const r = evaluate(all, w);
    console.log(`trained on ${all.length} emails, ${Object.keys(w).length} weights; interviewers right on the training set: rules ${r.rules}, rules + model ${r.model}`);
    const body = Object.entries(w).map(([f, v]) => `  ${JSON.stringify(f)}: ${v},`).join('\n');
    writeFileSync(OUT, `// Generated by test/extract/train-people.ts: the interviewer model's weights (feature → log-odds). Do not edit.\nexport const WEIGHTS: Record<string, number> = {\n${body}\n};\n`);
  }
}
