// Throughput of the extraction engine against bare MIME parsing on the fixture corpus (plus one ~20 KB email).
// Standalone: `npx tsx test/bench/parse-bench.ts`. Target: extraction ≥ 50% of bare parseMime throughput.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extract } from '../../shared/extract/index.js';
import { parseMime } from '../../shared/mime.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'extract', 'fixtures');

/** A ~20 KB Greenhouse-style confirmation with a long footer, to weigh realistic bulk. */
function largeEmail(): Uint8Array<ArrayBuffer> {
  const footer = Array.from({ length: 120 }, (_, i) => `Footer line ${i}: This message and any attachments are confidential. Unsubscribe https://click.example.com/ls/${i}x${'a'.repeat(40)}`).join('\n');
  const text = `\n---------- Forwarded message ---------\nFrom: Priya Nair <no-reply@us.greenhouse-mail.example>\nDate: Tue, Mar 3, 2026 at 2:22 PM\nSubject: Interview Confirmation: Senior Backend Engineer at Northwind Labs\nTo: Sam Rivera <sam.rivera@example.net>\n\n\nHi Sam,\n\nThank you for your interest in Northwind Labs!\n\nDate Tuesday, March 10, 2026\n\nTime 10:00 AM - 11:00 AM CDT\n\nLocation Zoom video call\nhttps://northwindlabs.zoom.us/j/88236186350?pwd=QCnbep\n\n10:00 AM - 11:00 AM Technical Interview Dana Whitfield\n\n${footer}\n`;
  const raw = `From: Sam Rivera <sam.rivera@example.net>\r\nTo: interviews@followup.example.com\r\nDate: Tue, 3 Mar 2026 15:05:12 -0600\r\nSubject: Fwd: Interview Confirmation: Senior Backend Engineer at Northwind Labs\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text.replace(/\n/g, '\r\n')}`;
  return new Uint8Array(new TextEncoder().encode(raw));
}

async function rate(inputs: Uint8Array<ArrayBuffer>[], fn: (raw: Uint8Array<ArrayBuffer>) => Promise<unknown>, minMs = 1500): Promise<number> {
  for (const raw of inputs) await fn(raw); // warm up
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) for (const raw of inputs) {
    await fn(raw);
    n++;
  }
  return (n / (performance.now() - t0)) * 1000;
}

export interface ParseRates {
  extractPerSec: number;
  mimeOnlyPerSec: number;
}

export interface ParseBench extends ParseRates {
  bytes: number;
  /** the same two rates on the fixture corpus alone and on the ~20 KB email alone (measured after the mixed run) */
  corpus: ParseRates;
  large: ParseRates;
}

export async function benchParse(): Promise<ParseBench> {
  const corpus = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => new Uint8Array(readFileSync(join(FIXTURES, f))));
  const large = [largeEmail()];
  const inputs = [...corpus, ...large];
  const bytes = inputs.reduce((a, b) => a + b.length, 0);
  const mime = (raw: Uint8Array<ArrayBuffer>) => parseMime(raw);
  const ext = (raw: Uint8Array<ArrayBuffer>) => extract(raw, { userTimeZone: 'America/Chicago' });
  const mimeOnlyPerSec = await rate(inputs, mime);
  const extractPerSec = await rate(inputs, ext);
  const both = async (xs: Uint8Array<ArrayBuffer>[]): Promise<ParseRates> => ({ mimeOnlyPerSec: await rate(xs, mime, 1000), extractPerSec: await rate(xs, ext, 1000) });
  return { extractPerSec, mimeOnlyPerSec, bytes, corpus: await both(corpus), large: await both(large) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchParse();
  const show = (x: ParseRates) => ({ extractPerSec: Math.round(x.extractPerSec), mimeOnlyPerSec: Math.round(x.mimeOnlyPerSec), ratio: Number((x.extractPerSec / x.mimeOnlyPerSec).toFixed(2)) });
  console.log(JSON.stringify({ ...show(r), bytes: r.bytes, corpus: show(r.corpus), large: show(r.large) }));
}
