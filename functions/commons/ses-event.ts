// The SES receipt event (Lambda action, after the S3 action), validated before anything reads it.
import * as z from 'zod/mini';
import type { InboundMessage } from '../../shared/workflow.js';

const verdict = z.optional(z.object({ status: z.string() }));

export const SesEventSchema = z.object({
  Records: z
    .array(
      z.object({
        eventSource: z.literal('aws:ses'),
        ses: z.object({
          mail: z.looseObject({
            messageId: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,200}$/)),
            source: z.string(),
            destination: z._default(z.array(z.string()), []),
            commonHeaders: z.optional(z.looseObject({ from: z.optional(z.array(z.string())), messageId: z.optional(z.string()), subject: z.optional(z.string()) })),
          }),
          receipt: z.looseObject({
            recipients: z.array(z.string()).check(z.minLength(1)),
            spfVerdict: verdict,
            dkimVerdict: verdict,
            dmarcVerdict: verdict,
            spamVerdict: verdict,
            virusVerdict: verdict,
          }),
        }),
      }),
    ).check(z.minLength(1)),
});

export type SesEvent = z.infer<typeof SesEventSchema>;

/** The address in `Name <addr@x>` (or a bare address). */
export function addressOf(h: string | undefined): string | null {
  if (!h) return null;
  const m = /<([^<>\s]+@[^<>\s]+)>/.exec(h) ?? /([^\s<>"]+@[^\s<>"]+)/.exec(h);
  return m ? m[1].toLowerCase() : null;
}

export function toInboundMessages(event: SesEvent, raw: (sesMessageId: string) => Promise<Uint8Array>): InboundMessage[] {
  return event.Records.map(({ ses: { mail, receipt } }) => ({
    sesMessageId: mail.messageId,
    messageId: mail.commonHeaders?.messageId ?? null,
    source: mail.source.toLowerCase(),
    from: addressOf(mail.commonHeaders?.from?.[0]),
    recipients: receipt.recipients.map((r) => r.toLowerCase()),
    subject: mail.commonHeaders?.subject ?? null,
    verdicts: {
      spf: receipt.spfVerdict?.status ?? 'GRAY',
      dkim: receipt.dkimVerdict?.status ?? 'GRAY',
      dmarc: receipt.dmarcVerdict?.status ?? 'GRAY',
      spam: receipt.spamVerdict?.status ?? 'GRAY',
      virus: receipt.virusVerdict?.status ?? 'GRAY',
    },
    raw: () => raw(mail.messageId),
  }));
}
