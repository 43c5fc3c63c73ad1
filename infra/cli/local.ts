// `local send <file.eml>`, `local advance <duration>`, `local sample`: talk to the stack `npm start` runs.
import { readFileSync } from 'node:fs';
import { createTransport } from 'nodemailer';
import { parseDuration } from '../local/clock.js';
import { sampleInvite } from '../local/sample-invite.js';
import { atLocal, localDate } from '../../shared/time.js';

const USAGE = `usage:
  npm run followup -- local send <file.eml> [--from ADDRESS]   forward a raw email to the local inbox (localhost:2525)
  npm run followup -- local send --sample [--in 3d]            forward a fresh Google Calendar invite (default: 3 days ahead)
  npm run followup -- local advance <duration>                 move the local clock forward (90m, 3d, 2w…) and fire what came due
  npm run followup -- local sample [--in 3d]                   print a fresh Google Calendar interview invite (.eml) to stdout`;

const env = () => ({
  smtpPort: Number(process.env.FOLLOWUP_SMTP_PORT ?? 2525),
  schedulerUrl: process.env.FOLLOWUP_SCHEDULER_URL ?? 'http://127.0.0.1:4569',
  domain: process.env.FOLLOWUP_DOMAIN ?? 'followup.localhost',
  user: (process.env.FOLLOWUP_USER ?? 'you@example.com').toLowerCase(),
});

const notRunning = (what: string) => `could not reach the local stack (${what}). Start it first with: npm start`;

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const e = env();
  if (sub === 'send') {
    const fromIdx = rest.indexOf('--from');
    const inIdx = rest.indexOf('--in');
    const file = rest.find((a, i) => !a.startsWith('--') && i !== fromIdx + 1 && i !== inIdx + 1);
    const sample = rest.includes('--sample');
    if (!file && !sample) return usage('local send needs a file (or --sample)');
    let raw: Buffer;
    if (sample) {
      let ms = 3 * 86400_000;
      try {
        if (inIdx >= 0) ms = parseDuration(rest[inIdx + 1] ?? '');
      } catch (err) {
        return usage((err as Error).message);
      }
      raw = Buffer.from(await freshSample(e, ms));
    } else {
      try {
        raw = readFileSync(file!);
      } catch (err) {
        console.error(`cannot read ${file}: ${(err as Error).message}`);
        return 1;
      }
    }
    const from = (fromIdx >= 0 ? rest[fromIdx + 1] : e.user).toLowerCase();
    // An email saved from a mail client is the original (From: the recruiter): forward it, as an attachment, from
    // the user — which is what the user would do.
    const original = /^From:.*?<?([^\s<>]+@[^\s<>]+?)>?\s*$/im.exec(raw.toString('latin1').split(/\r?\n\r?\n/, 1)[0])?.[1]?.toLowerCase();
    if (original !== from) raw = Buffer.from(forwardAsAttachment(raw, from, e.domain));
    const transport = createTransport({ host: '127.0.0.1', port: e.smtpPort, secure: false, ignoreTLS: true });
    try {
      await transport.sendMail({ envelope: { from, to: [`interviews@${e.domain}`] }, raw });
    } catch (err) {
      console.error((err as NodeJS.ErrnoException).code === 'ECONNREFUSED' ? notRunning(`SMTP on localhost:${e.smtpPort}`) : `not accepted: ${(err as Error).message}`);
      return 1;
    }
    console.log(`sent ${sample ? 'a sample invite' : file} to interviews@${e.domain} from ${from}; the acknowledgement appears in the inbox at http://localhost:8005`);
    return 0;
  }
  if (sub === 'advance') {
    if (!rest[0]) return usage('local advance needs a duration, e.g. 3d');
    try {
      parseDuration(rest[0]);
    } catch (err) {
      return usage((err as Error).message);
    }
    let res: Response;
    try {
      res = await fetch(`${e.schedulerUrl}/_local/advance`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ by: rest[0] }) });
    } catch {
      console.error(notRunning(e.schedulerUrl));
      return 1;
    }
    const body = (await res.json()) as { now: string; fired: { name: string; at: string }[] };
    if (!res.ok) {
      console.error(`advance failed: ${JSON.stringify(body)}`);
      return 1;
    }
    console.log(`local clock is now ${body.now}; fired ${body.fired.length} schedule(s)`);
    for (const f of body.fired) console.log(`  ${f.at}  ${f.name}`);
    return 0;
  }
  if (sub === 'sample') {
    const i = rest.indexOf('--in');
    let ms = 3 * 86400_000;
    try {
      if (i >= 0) ms = parseDuration(rest[i + 1] ?? '');
    } catch (err) {
      return usage((err as Error).message);
    }
    process.stdout.write(await freshSample(e, ms));
    return 0;
  }
  return usage(sub ? `unknown local command "${sub}"` : 'local needs a command');
}

/** A Google Calendar invite `ms` ahead of the local clock (real time when the stack is not running), on the hour. */
async function freshSample(e: ReturnType<typeof env>, ms: number): Promise<string> {
  let now = new Date();
  try {
    const r = await fetch(`${e.schedulerUrl}/_local/clock`);
    now = new Date(((await r.json()) as { now: string }).now);
  } catch {
    /* not running: real time */
  }
  // at a civil hour: 2 pm on that day in the user's zone (the invite itself is in New York time)
  const zone = process.env.FOLLOWUP_TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  const start = atLocal(localDate(new Date(now.getTime() + ms), zone), 14, 0, zone);
  return sampleInvite({ from: e.user, to: e.user, start, sentAt: now }).replace(/^To: .*$/m, `To: interviews@${e.domain}`);
}

function forwardAsAttachment(original: Buffer, from: string, domain: string): string {
  const boundary = `fwd-${Date.now().toString(36)}`;
  const subject = /^Subject:[ \t]*(.*)$/im.exec(original.toString('latin1').split(/\r?\n\r?\n/, 1)[0])?.[1] ?? 'interview';
  return [
    `From: ${from}`,
    `To: interviews@${domain}`,
    `Subject: Fwd: ${subject}`,
    `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}@local-send>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    '',
    'Forwarded with npm run followup -- local send.',
    '',
    `--${boundary}`,
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="forwarded.eml"',
    '',
    original.toString('latin1'),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

function usage(why: string): number {
  console.error(`${why}\n\n${USAGE}`);
  return 2;
}
