/**
 * aws-ses-v2-local (web inbox on `/`, JSON on `GET /store`) with two fixes layered in front of it:
 *
 * 1. Lossless raw sends. The library's SESv2 `Content.Raw` handler re-parses the MIME with
 *    mailparser and keeps only from / replyTo / to / cc / bcc / subject / text / html / attachments:
 *    every other header (X-Followup-*, In-Reply-To, References, Message-ID, ...) is dropped and
 *    `Destination` is ignored. We answer `POST /v2/email/outbound-emails` with Raw content ourselves
 *    and store the same record shape plus `headers` (every header, in order) and `raw` (the MIME
 *    text), so `GET /store` shows what a recipient would see. `GET /get-emlContent` returns the
 *    original MIME for such messages.
 * 2. Persistence. The library keeps mail in memory only; we append every stored email to
 *    `<dataDir>/ses-sent.jsonl` and replay it on start (`POST /clear-store` truncates it).
 *
 * The library's store is a module singleton: run at most one SES emulator per process.
 */
import { createRequire } from 'node:module';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import PostalMime, { type Address } from 'postal-mime';

const require = createRequire(import.meta.url);

/** One record in `GET /store` → `emails[]`. */
export type StoredEmail = {
  messageId: string;
  from: string;
  replyTo: string[];
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
  attachments: { content: string; contentType: string; filename?: string; size: number }[];
  headers?: { name: string; value: string }[];
  /** Send time, epoch seconds (local clock when one is given, otherwise wall time). */
  at: number;
  /** Raw sends only: the MIME message exactly as submitted. */
  raw?: string;
};

type SesStore = { emails: StoredEmail[] };
type SesLibrary = { default: (config?: { host?: string; port?: number }) => Promise<Server> };
type SesStoreModule = {
  getStoreReadonly: () => SesStore;
  saveEmail: (email: StoredEmail) => void;
  clearStore: () => void;
};

export type SesEmulator = { server: Server; port: number; url: string; stop(): Promise<void> };

export async function startSesEmulator(opts: {
  dataDir: string;
  port?: number;
  host?: string;
  now?: () => Date;
  log?: (msg: string) => void;
}): Promise<SesEmulator> {
  const library = require('aws-ses-v2-local') as SesLibrary;
  // The same module instance the library's routes use (CJS cache keyed by resolved path).
  const storeModule = require('aws-ses-v2-local/dist/store') as SesStoreModule;
  const host = opts.host ?? '127.0.0.1';
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? (() => {});
  const file = join(opts.dataDir, 'ses-sent.jsonl');
  mkdirSync(opts.dataDir, { recursive: true });

  const store = storeModule.getStoreReadonly();
  storeModule.clearStore();
  store.emails.push(...readPersisted(file, log));
  let persistedCount = store.emails.length;

  const flush = () => {
    // Catches both our raw sends and the library's own Simple/Template/v1 sends.
    const fresh = store.emails.slice(persistedCount);
    if (fresh.length > 0) appendFileSync(file, fresh.map((e) => JSON.stringify(e) + '\n').join(''));
    persistedCount = store.emails.length;
  };

  const server = await library.default({ host, port: opts.port ?? 8005 });
  const [app] = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'POST') {
      res.on('finish', () => {
        if (path === '/clear-store') {
          writeFileSync(file, '');
          persistedCount = 0;
        } else {
          flush();
        }
      });
    }
    if (req.method === 'POST' && path === '/v2/email/outbound-emails') {
      void interceptSend(req, res, app, storeModule, now).catch((error: unknown) => {
        log(`ses: send failed: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) sendJson(res, 500, { message: 'Internal error in local SES' });
      });
      return;
    }
    if (req.method === 'GET' && path === '/get-emlContent') {
      const id = new URL(req.url ?? '/', 'http://localhost').searchParams.get('messageId');
      const email = store.emails.find((e) => e.messageId === id);
      if (email?.raw !== undefined) {
        sendJson(res, 200, { messageId: email.messageId, fileName: email.subject, body: email.raw });
        return;
      }
    }
    app(req, res);
  });

  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://${host}:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      flush();
      storeModule.clearStore();
    },
  };
}

function readPersisted(file: string, log: (msg: string) => void): StoredEmail[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const emails: StoredEmail[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      emails.push(JSON.parse(line) as StoredEmail);
    } catch {
      log(`ses: skipping a corrupt line in ${file}`);
    }
  }
  return emails;
}

async function interceptSend(
  req: IncomingMessage,
  res: ServerResponse,
  app: (req: IncomingMessage, res: ServerResponse) => void,
  storeModule: SesStoreModule,
  now: () => Date,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    sendJson(res, 400, { message: 'Bad Request Exception', detail: 'local SES: body is not JSON' });
    return;
  }
  const raw = rawData(body);
  if (raw === undefined) {
    // Not a raw send: hand the already-read body to the library (body-parser skips a finished stream).
    (req as IncomingMessage & { body?: unknown }).body = body;
    app(req, res);
    return;
  }
  const auth = req.headers.authorization;
  if (!auth?.startsWith('AWS')) {
    sendJson(res, 403, { message: 'Missing Authentication Token' });
    return;
  }
  const mime = Buffer.from(raw, 'base64');
  const parsed = await PostalMime.parse(mime);
  const fromAddress = (body as { FromEmailAddress?: unknown }).FromEmailAddress;
  const from = parsed.from ? formatAddress(parsed.from) : typeof fromAddress === 'string' ? fromAddress : '';
  if (!from) {
    sendJson(res, 400, { message: 'Bad Request Exception', detail: 'local SES: Raw content must have a from address.' });
    return;
  }
  const destination = (body as { Destination?: { ToAddresses?: string[]; CcAddresses?: string[]; BccAddresses?: string[] } })
    .Destination;
  const messageId = sesMessageId();
  const email: StoredEmail = {
    messageId,
    from,
    replyTo: (parsed.replyTo ?? []).map(formatAddress),
    destination: {
      to: destination?.ToAddresses ?? (parsed.to ?? []).map(formatAddress),
      cc: destination?.CcAddresses ?? (parsed.cc ?? []).map(formatAddress),
      bcc: destination?.BccAddresses ?? (parsed.bcc ?? []).map(formatAddress),
    },
    subject: parsed.subject ?? '(no subject)',
    body: { text: parsed.text, html: parsed.html || undefined },
    attachments: parsed.attachments.map((a) => {
      const content = toBuffer(a.content);
      return {
        content: content.toString('base64'),
        contentType: a.mimeType,
        filename: a.filename ?? undefined,
        size: content.length,
      };
    }),
    headers: parsed.headers.map((h) => ({ name: h.originalKey, value: h.value })),
    at: Math.floor(now().getTime() / 1000),
    raw: mime.toString('utf8'),
  };
  storeModule.saveEmail(email);
  sendJson(res, 200, { MessageId: messageId });
}

function rawData(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const content = (body as { Content?: { Raw?: { Data?: unknown } } }).Content;
  const data = content?.Raw?.Data;
  return typeof data === 'string' ? data : undefined;
}

function formatAddress(address: Address): string {
  if (address.group) return `${address.name}: ${address.group.map(formatAddress).join(', ')};`;
  if (!address.name) return address.address ?? '';
  // Quote display names that are not plain phrases, e.g. "Doe, John".
  const name = /^[\w!#$%&'*+\-/=?^`{|}~ .]*$/.test(address.name) ? address.name : `"${address.name.replace(/(["\\])/g, '\\$1')}"`;
  return `${name} <${address.address}>`;
}

function toBuffer(content: ArrayBuffer | Uint8Array | string): Buffer {
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  return Buffer.from(content instanceof ArrayBuffer ? new Uint8Array(content) : content);
}

/** SES message ids look like `0100018c...-...-000000`; anything unique and opaque will do locally. */
function sesMessageId(): string {
  return `0100${randomBytes(6).toString('hex')}-${crypto.randomUUID()}-000000`;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
