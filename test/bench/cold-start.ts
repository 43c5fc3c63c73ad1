// Cold start: each function's bundle (built like the CDK construct builds it), its size, and the init time of a fresh
// process that imports it — median of N — beside an empty handler's and beside a naive bundle of the same code.
import { build, type BuildOptions } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESBUILD_ALIASES, ESBUILD_DEFAULTS, EXTERNAL_MODULES } from '../../infra/constructs/function.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface ColdStartRow {
  name: string;
  bytes: number;
  initMs: number;
}

const ENV = {
  TABLE_NAME: 'bench',
  FROM_ADDRESS: 'prompts@bench.example',
  MAIL_DOMAIN: 'bench.example',
  INBOX_ADDRESS: 'interviews@bench.example',
  SCHEDULE_GROUP: 'bench',
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::000000000000:role/bench',
  TOKEN_SECRET: 'bench-secret-0123456789abcdef',
  USERS: '[{"email":"sam@example.net","timeZone":"America/Chicago"}]',
  RAW_BUCKET: 'bench',
  PROMPT_FUNCTION_ARN: 'arn:aws:lambda:us-east-1:000000000000:function:prompt',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'AKIDBENCH',
  AWS_SECRET_ACCESS_KEY: 'bench',
  LOG_LEVEL: 'silent',
};

async function bundle(entry: string | { contents: string }, outfile: string, extra: BuildOptions = {}): Promise<number> {
  await build({
    ...(typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, resolveDir: ROOT, loader: 'ts' } }),
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: ESBUILD_DEFAULTS.target,
    mainFields: [...ESBUILD_DEFAULTS.mainFields],
    banner: { js: ESBUILD_DEFAULTS.banner },
    alias: { ...ESBUILD_ALIASES },
    outfile,
    logLevel: 'error',
    ...extra,
  });
  return statSync(outfile).size;
}

/** Wall time of `node -e import(bundle)` in a fresh process: what Lambda bills as init, less the runtime's own start. */
function initTimes(file: string, runs: number): number {
  const times: number[] = [];
  const script = `await import(${JSON.stringify('file://' + file)});`;
  for (let i = 0; i < runs + 1; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, ...ENV, TEMPLATES_DIR: join(ROOT, 'templates'), NODE_PATH: join(ROOT, 'node_modules') }, cwd: ROOT });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) throw new Error(`init of ${file} failed: ${r.stderr}`);
    if (i > 0) times.push(ms); // the first run warms the file cache
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function benchColdStart(runs = 10): Promise<ColdStartRow[]> {
  // Bundles must sit inside the project so bare imports of the runtime-provided SDK resolve from node_modules.
  const dir = mkdtempSync(join(ROOT, 'node_modules', '.bench-'));
  cpSync(join(ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  const rows: ColdStartRow[] = [];
  const emptyFile = join(dir, 'empty.mjs');
  const emptyBytes = await bundle({ contents: 'export const handler = async () => ({});' }, emptyFile);
  rows.push({ name: 'empty handler', bytes: emptyBytes, initMs: initTimes(emptyFile, runs) });
  for (const fn of ['prompt', 'inbound']) {
    const file = join(dir, `${fn}.mjs`);
    const bytes = await bundle(join(ROOT, `functions/${fn}/handler.ts`), file);
    rows.push({ name: fn, bytes, initMs: initTimes(file, runs) });
    // The alternative: leave the SDK to the runtime's copy (small bundle, but the SDK then loads file by file).
    const ext = join(dir, `${fn}-runtime-sdk.mjs`);
    const extBytes = await bundle(join(ROOT, `functions/${fn}/handler.ts`), ext, { external: [...EXTERNAL_MODULES] });
    rows.push({ name: `${fn} (runtime SDK)`, bytes: extBytes, initMs: initTimes(ext, runs) });
    // Naive: the same code with everything eager — the SDK bundled in, CommonJS builds first, both engines loaded.
    const naive = join(dir, `${fn}-naive.mjs`);
    const naiveBytes = await bundle(
      { contents: `export * from './functions/${fn}/handler.ts'; import './shared/extract/index.ts'; import './shared/replies/index.ts'; import 'zod';` },
      naive,
      { external: [], mainFields: ['main', 'module'], alias: {} },
    );
    rows.push({ name: `${fn} (naive)`, bytes: naiveBytes, initMs: initTimes(naive, runs) });
  }
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log(`bundles kept in ${dir}`);
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const r of await benchColdStart()) console.log(`${r.name.padEnd(18)} ${(r.bytes / 1024).toFixed(0).padStart(6)} KB  ${r.initMs.toFixed(1).padStart(7)} ms`);
}
