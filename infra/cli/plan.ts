// `plan`: NDJSON inputs on stdin → one `{"prompts": [...]}` (or `{"error": ...}`) line per input.
import { createInterface } from 'node:readline';
import { planLine } from '../../shared/plan-line.js';

export async function run(args: string[]): Promise<number> {
  if (args.length > 0) {
    console.error('usage: npm run followup -- plan < inputs.ndjson   (one JSON input per line on stdin)');
    return 2;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    process.stdout.write(planLine(line) + '\n');
  }
  return 0;
}
