// Loads templates/*.txt once at start-up. In a Lambda bundle the folder sits next to the bundle; in the source tree it
// is at the project root.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function loadTemplates(dir?: string): Record<string, string> {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [dir, join(here, 'templates'), join(here, '../templates'), join(here, '../../templates'), join(process.cwd(), 'templates')];
  const found = candidates.find((c): c is string => !!c && existsSync(join(c, 'ack.txt')));
  if (!found) throw new Error(`templates folder not found (looked in ${candidates.filter(Boolean).join(', ')})`);
  const out: Record<string, string> = {};
  for (const f of readdirSync(found)) if (f.endsWith('.txt')) out[f.slice(0, -4)] = readFileSync(join(found, f), 'utf8');
  return out;
}
