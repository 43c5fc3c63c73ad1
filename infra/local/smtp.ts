/**
 * The local inbound mail door: an SMTP server that does what an SES receipt rule with an S3 action
 * followed by a Lambda action does. It accepts mail for `@domain` only, stores the raw message at
 * `s3://bucket/prefix<messageId>`, answers 250 once stored, then hands an SES-shaped Lambda event to
 * `onMessage` (the inbound handler) asynchronously, like SES's `Event` invocation type.
 *
 * Local deliveries are marked PASS for spam/virus/SPF/DKIM/DMARC: there is nobody to verify locally.
 * No AUTH and no TLS: bind it to localhost.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { SESEvent } from 'aws-lambda';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import PostalMime from 'postal-mime';

export const LOCAL_INBOUND_FUNCTION_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:inbound';
const MAX_MESSAGE_BYTES = 40 * 1024 * 1024;

export type StartSmtpOptions = {
  /** Default 2525; 0 picks a free port. */
  port?: number;
  host?: string;
  /** Mail domain we accept (case-insensitive), e.g. "followup.localhost". */
  domain: string;
  s3: S3Client;
  bucket: string;
  /** Object key prefix, e.g. "inbound/". */
  prefix: string;
  onMessage: (event: SESEvent) => Promise<void>;
  /** Receipt time source; pass the local clock so timestamps follow time travel. */
  now?: () => Date;
  functionArn?: string;
  log?: (msg: string) => void;
};

export type LocalSmtp = { port: number; stop(): Promise<void>; idle(): Promise<void> };

class SmtpReplyError extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'SmtpReplyError';
  }
}

export async function startSmtp(opts: StartSmtpOptions): Promise<LocalSmtp> {
  const log = opts.log ?? (() => {});
  const now = opts.now ?? (() => new Date());
  const domain = opts.domain.toLowerCase();
  const inFlight = new Set<Promise<void>>();

  const server = new SMTPServer({
    name: `local-smtp.${domain}`,
    banner: 'interview-followup local inbound',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    hideSTARTTLS: true,
    allowInsecureAuth: true,
    disableReverseLookup: true,
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error | null) => void) {
      const at = address.address.lastIndexOf('@');
      const rcptDomain = at === -1 ? '' : address.address.slice(at + 1).toLowerCase();
      if (rcptDomain !== domain) {
        callback(new SmtpReplyError(550, `5.7.1 <${address.address}>: relay denied`));
        return;
      }
      callback();
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) {
      void receive(stream, session)
        .then(() => callback())
        .catch((error: unknown) => {
          log(`smtp: rejecting message: ${error instanceof Error ? error.message : String(error)}`);
          callback(error instanceof SmtpReplyError ? error : new SmtpReplyError(451, '4.3.0 local storage failed, try again'));
        });
    },
  });
  server.on('error', (error) => log(`smtp: ${error.message}`));

  async function receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    const started = now();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    if (stream.sizeExceeded) throw new SmtpReplyError(552, '5.3.4 message too big for this system');

    const messageId = sesMessageId();
    const source = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
    const recipients = session.envelope.rcptTo.map((r) => r.address);
    const received =
      `Return-Path: <${source}>\r\n` +
      `Received: from ${session.clientHostname || 'localhost'} (${session.clientHostname || 'localhost'} [${session.remoteAddress}]) ` +
      `by local-smtp.${domain} with SMTP id ${messageId} for ${recipients.join(', ')}; ${started.toUTCString()}\r\n` +
      'X-SES-Spam-Verdict: PASS\r\nX-SES-Virus-Verdict: PASS\r\n';
    // SES prepends its trace headers to the stored object too.
    const raw = Buffer.concat([Buffer.from(received, 'utf8'), ...chunks]);
    await opts.s3.send(
      new PutObjectCommand({ Bucket: opts.bucket, Key: `${opts.prefix}${messageId}`, Body: raw, ContentType: 'message/rfc822' }),
    );
    const event = await buildSesEvent({
      raw,
      messageId,
      source,
      recipients,
      receivedAt: started,
      processingTimeMillis: Math.max(0, now().getTime() - started.getTime()),
      functionArn: opts.functionArn ?? LOCAL_INBOUND_FUNCTION_ARN,
    });
    log(`smtp: stored ${opts.prefix}${messageId} from <${source}> for ${recipients.join(', ')}`);

    // SES invokes the Lambda asynchronously after accepting the mail; do the same.
    const delivery = Promise.resolve()
      .then(() => opts.onMessage(event))
      .catch((error: unknown) => log(`smtp: onMessage for ${messageId} failed: ${error instanceof Error ? error.stack : String(error)}`))
      .finally(() => inFlight.delete(delivery));
    inFlight.add(delivery);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 2525, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  log(`smtp: listening on ${opts.host ?? '127.0.0.1'}:${port} for @${domain}`);

  const idle = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };
  return {
    port,
    idle,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await idle();
    },
  };
}

/** Builds the event an SES receipt rule's Lambda action delivers for `raw`. */
export async function buildSesEvent(input: {
  raw: Buffer;
  messageId: string;
  source: string;
  recipients: string[];
  receivedAt: Date;
  processingTimeMillis?: number;
  functionArn?: string;
}): Promise<SESEvent> {
  const parsed = await PostalMime.parse(input.raw);
  const headers = parsed.headers.map((h) => ({ name: h.originalKey, value: h.value }));
  const first = (key: string) => parsed.headers.find((h) => h.key === key)?.value;
  const list = (key: string) => {
    const values = parsed.headers.filter((h) => h.key === key).flatMap((h) => splitAddressList(h.value));
    return values.length > 0 ? values : undefined;
  };
  const timestamp = input.receivedAt.toISOString();
  const commonHeaders: SESEvent['Records'][number]['ses']['mail']['commonHeaders'] = {
    returnPath: input.source,
    from: list('from'),
    date: first('date') ?? rfc2822(input.receivedAt),
    to: list('to'),
    messageId: first('message-id') ?? `<${input.messageId}@local>`,
    subject: parsed.subject,
  };
  const cc = list('cc');
  if (cc) commonHeaders.cc = cc;
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp,
            source: input.source,
            messageId: input.messageId,
            destination: input.recipients,
            headersTruncated: false,
            headers,
            commonHeaders,
          },
          receipt: {
            timestamp,
            processingTimeMillis: input.processingTimeMillis ?? 0,
            recipients: input.recipients,
            spamVerdict: { status: 'PASS' },
            virusVerdict: { status: 'PASS' },
            spfVerdict: { status: 'PASS' },
            dkimVerdict: { status: 'PASS' },
            dmarcVerdict: { status: 'PASS' },
            action: {
              type: 'Lambda',
              functionArn: input.functionArn ?? LOCAL_INBOUND_FUNCTION_ARN,
              invocationType: 'Event',
            },
          },
        },
      },
    ],
  };
}

/** Splits an address header on top-level commas: `"Doe, John" <j@x>, k@y` → two entries. */
export function splitAddressList(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = 0;
  let comment = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quoted) {
      current += ch;
      if (ch === '\\' && i + 1 < value.length) current += value[++i];
      else if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === '<') angle++;
    else if (ch === '>') angle = Math.max(0, angle - 1);
    else if (ch === '(') comment++;
    else if (ch === ')') comment = Math.max(0, comment - 1);
    else if (ch === ',' && angle === 0 && comment === 0) {
      if (current.trim()) parts.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** SES inbound message ids are 20+ lowercase alphanumerics. */
function sesMessageId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(40);
  let id = '';
  for (const b of bytes) id += alphabet[b % alphabet.length];
  return id;
}

function rfc2822(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}
