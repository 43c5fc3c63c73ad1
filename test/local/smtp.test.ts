import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { SESEvent } from 'aws-lambda';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LocalClock } from '../../infra/local/clock.js';
import { ensureBucket, localClientConfig, startEmulators, type LocalEmulators } from '../../infra/local/emulators.js';
import { splitAddressList, startSmtp, type LocalSmtp } from '../../infra/local/smtp.js';

const BUCKET = 'followup-inbound';
const PREFIX = 'inbound/';
const DOMAIN = 'followup.localhost';

const dataDir = mkdtempSync(join(tmpdir(), 'followup-smtp-'));
const clock = new LocalClock(join(dataDir, 'clock.json'));
const received: SESEvent[] = [];
let failNext = false;
let emu: LocalEmulators;
let s3: S3Client;
let smtp: LocalSmtp;

const transport = () =>
  nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true, tls: { rejectUnauthorized: false } });

beforeAll(async () => {
  emu = await startEmulators({ dataDir, ports: { dynamodb: 0, s3: 0, ses: 0, scheduler: 0 }, clock, invoke: async () => {} });
  await ensureBucket(emu.endpoints.s3, BUCKET);
  s3 = new S3Client({ ...localClientConfig(emu.endpoints.s3), forcePathStyle: true });
  smtp = await startSmtp({
    port: 0,
    domain: DOMAIN,
    s3,
    bucket: BUCKET,
    prefix: PREFIX,
    now: () => clock.now(),
    onMessage: async (event) => {
      await new Promise((resolve) => setTimeout(resolve, 20)); // handler work after the 250
      if (failNext) {
        failNext = false;
        throw new Error('inbound handler failed');
      }
      received.push(event);
    },
  });
});
afterAll(async () => {
  await smtp.stop();
  s3.destroy();
  await emu.stop();
  rmSync(dataDir, { recursive: true, force: true });
});
beforeEach(() => {
  received.length = 0;
});

describe('local SMTP inbound', () => {
  it('stores the raw message in S3 and delivers an SES-shaped Lambda event', async () => {
    // Prepare
    clock.set(new Date('2031-02-03T10:00:00Z'));

    // Act
    const info = await transport().sendMail({
      envelope: { from: 'bounce@example.com', to: ['Reply+Abc@FOLLOWUP.localhost'] },
      from: '"Doe, Jane" <jane@example.com>',
      to: 'reply+abc@followup.localhost, other@followup.localhost',
      cc: 'boss@example.com',
      subject: 'Re: How did it go? ✓',
      messageId: '<reply-1@example.com>',
      inReplyTo: '<prompt-1@followup.localhost>',
      text: 'It went great, next round on Friday.',
      headers: { 'X-Custom': 'kept' },
    });
    await smtp.idle();

    // Assess
    expect(info.response).toMatch(/^250/);
    expect(received).toHaveLength(1);
    const record = received[0].Records[0];
    expect(record.eventSource).toBe('aws:ses');
    expect(record.eventVersion).toBe('1.0');
    const { mail, receipt } = record.ses;
    expect(mail.messageId).toMatch(/^[a-z0-9]{20,}$/);
    expect(mail).toMatchObject({
      source: 'bounce@example.com',
      // nodemailer lower-cases the domain of envelope addresses; the local part keeps its case.
      destination: ['Reply+Abc@followup.localhost'],
      headersTruncated: false,
    });
    expect(mail.timestamp.startsWith('2031-02-03T10:00')).toBe(true);
    expect(mail.commonHeaders).toMatchObject({
      returnPath: 'bounce@example.com',
      from: ['"Doe, Jane" <jane@example.com>'],
      to: ['reply+abc@followup.localhost', 'other@followup.localhost'],
      cc: ['boss@example.com'],
      messageId: '<reply-1@example.com>',
      subject: 'Re: How did it go? ✓',
    });
    expect(mail.commonHeaders.date).toBeTruthy();
    const names = mail.headers.map((h) => h.name);
    expect(names.slice(0, 2)).toEqual(['Return-Path', 'Received']);
    expect(mail.headers).toEqual(
      expect.arrayContaining([
        { name: 'X-Custom', value: 'kept' },
        { name: 'In-Reply-To', value: '<prompt-1@followup.localhost>' },
      ]),
    );
    expect(receipt).toMatchObject({
      recipients: ['Reply+Abc@followup.localhost'],
      spamVerdict: { status: 'PASS' },
      virusVerdict: { status: 'PASS' },
      spfVerdict: { status: 'PASS' },
      dkimVerdict: { status: 'PASS' },
      dmarcVerdict: { status: 'PASS' },
      action: { type: 'Lambda', functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:inbound', invocationType: 'Event' },
    });
    expect(typeof receipt.processingTimeMillis).toBe('number');

    const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}${mail.messageId}` }));
    const raw = (await object.Body?.transformToString()) ?? '';
    expect(raw).toMatch(/^Return-Path: <bounce@example\.com>\r\n/);
    expect(raw).toContain('Message-ID: <reply-1@example.com>');
    expect(raw).toContain('It went great, next round on Friday.');
  });

  it('rejects recipients outside the domain with 550 relay denied', async () => {
    const send = transport().sendMail({
      from: 'jane@example.com',
      to: 'someone@elsewhere.example',
      subject: 'nope',
      text: 'x',
    });
    await expect(send).rejects.toMatchObject({ responseCode: 550, response: expect.stringMatching(/relay denied/) });
    await smtp.idle();
    expect(received).toHaveLength(0);
  });

  it('accepts the message even when the handler fails, and idle() still settles', async () => {
    failNext = true;
    const info = await transport().sendMail({ from: 'jane@example.com', to: `me@${DOMAIN}`, subject: 'boom', text: 'x' });
    expect(info.response).toMatch(/^250/);
    await smtp.idle();
    expect(received).toHaveLength(0);
  });
});

/** Speaks SMTP line by line and returns the server's reply to each command. */
async function smtpDialogue(port: number, commands: string[]): Promise<string[]> {
  const socket = connect(port, '127.0.0.1');
  const lines: string[] = [];
  let buffer = '';
  let waiting: (() => void) | undefined;
  socket.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let index: number;
    while ((index = buffer.indexOf('\r\n')) !== -1) {
      const line = buffer.slice(0, index);
      buffer = buffer.slice(index + 2);
      // Multi-line replies use "250-"; the last line has a space after the code.
      if (/^\d{3} /.test(line)) {
        lines.push(line);
        waiting?.();
      }
    }
  });
  const reply = () =>
    new Promise<string>((resolve) => {
      const count = lines.length;
      const check = () => (lines.length > count ? resolve(lines[count]) : (waiting = check));
      check();
    });
  await reply(); // greeting
  const replies: string[] = [];
  for (const command of commands) {
    const next = reply();
    socket.write(`${command}\r\n`);
    replies.push(await next);
  }
  socket.end();
  return replies;
}

describe('local SMTP recipient policy', () => {
  it('matches the domain case-insensitively and refuses to relay elsewhere', async () => {
    const replies = await smtpDialogue(smtp.port, [
      'EHLO client.example',
      'MAIL FROM:<jane@example.com>',
      'RCPT TO:<Me@FOLLOWUP.LOCALHOST>',
      'RCPT TO:<me@followup.localhost.evil.example>',
      'QUIT',
    ]);
    expect(replies[2]).toMatch(/^250 /);
    expect(replies[3]).toMatch(/^550 .*relay denied/);
  });
});

describe('splitAddressList', () => {
  it('splits on top-level commas only', () => {
    expect(splitAddressList('"Doe, John" <j@x.com>, k@y.com,(a, comment) z@z.com')).toEqual([
      '"Doe, John" <j@x.com>',
      'k@y.com',
      '(a, comment) z@z.com',
    ]);
  });
});
