// End to end on the local stack: SMTP accept → acknowledgement stored, over many forwarded emails.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startLocalStack } from '../../infra/local/start.js';
import { localClientConfig } from '../../infra/local/emulators.js';
import { sampleInvite } from '../../infra/local/sample-invite.js';
import { DynamoDbInterviewStore } from '../../shared/adapters/dynamodb-store.js';

export interface E2eResult {
  emails: number;
  perSec: number;
  p50Ms: number;
  p95Ms: number;
  acks: number;
  /** forwards sent one at a time for the latency figures (the rest measure throughput) */
  latencyRuns?: number;
}

export async function benchE2e(total = 1000, concurrency = 8, users = 50): Promise<E2eResult> {
  const dir = mkdtempSync(join(tmpdir(), 'followup-e2e-bench-'));
  const stack = await startLocalStack({ dataDir: dir, ports: { dynamodb: 0, s3: 0, ses: 0, scheduler: 0, smtp: 0 }, tickMs: null, user: 'user0@example.net', timeZone: 'America/Chicago', log: () => {}, quiet: true, dailyEmailLimit: 1000 });
  try {
    stack.clock.set(new Date('2027-05-03T15:00:00Z'));
    // A realistic spread: many users with a few dozen interviews each, not one user with a thousand.
    const ddb = new DynamoDBClient(localClientConfig(stack.emulators.endpoints.dynamodb));
    const store = new DynamoDbInterviewStore(ddb, stack.table);
    for (let u = 1; u < users; u++) await store.putUser({ email: `user${u}@example.net`, timeZone: 'America/Chicago' });
    ddb.destroy();
    const mails = Array.from({ length: total }, (_, i) => {
      const from = `user${i % users}@example.net`;
      const raw = sampleInvite({ from, to: from, start: new Date(Date.parse('2027-05-20T15:00:00Z') + (i % 40) * 3600_000), company: `Company ${i}`, sentAt: new Date('2027-05-03T12:00:00Z') }).replace(/^To: .*$/m, `To: ${stack.inbox}`);
      return { from, raw };
    });
    const latencies: number[] = [];
    const transport = createTransport({ host: '127.0.0.1', port: stack.smtp.port, secure: false, ignoreTLS: true, pool: true, maxConnections: concurrency, maxMessages: Infinity });
    // Latency: one forward at a time, SMTP accept to acknowledgement stored (the inbound handler has finished).
    const latencyRuns = Math.min(200, Math.floor(total / 4));
    let i = 0;
    for (; i < latencyRuns; i++) {
      const t = performance.now();
      await transport.sendMail({ envelope: { from: mails[i].from, to: [stack.inbox] }, raw: mails[i].raw });
      await stack.idle();
      latencies.push(performance.now() - t);
    }
    // Throughput: the rest with `concurrency` connections in flight.
    const t0 = performance.now();
    let next = i;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) {
          const m = mails[next++];
          await transport.sendMail({ envelope: { from: m.from, to: [stack.inbox] }, raw: m.raw });
        }
      }),
    );
    await stack.idle();
    const seconds = (performance.now() - t0) / 1000;
    transport.close();
    const store2 = (await (await fetch(stack.emulators.sesStoreUrl)).json()) as { emails: { headers: { name: string; value: string }[] }[] };
    const acks = store2.emails.filter((e) => e.headers.some((h) => h.name.toLowerCase() === 'x-followup-kind' && h.value === 'ack')).length;
    latencies.sort((a, b) => a - b);
    return { emails: total, perSec: (total - latencyRuns) / seconds, p50Ms: latencies[Math.floor(latencies.length * 0.5)], p95Ms: latencies[Math.floor(latencies.length * 0.95)], acks, latencyRuns } as E2eResult;
  } finally {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
