// The SES receipt event (Lambda action, after the S3 action), validated before anything reads it.
import { z } from 'zod';
import type { InboundMessage } from '../../shared/workflow.js';

const verdict = z.object({ status: z.string() }).optional();

export const SesEventSchema = z.object({
  Records: z
    .array(
      z.object({
        eventSource: z.literal('aws:ses'),
        ses: z.object({
          mail: z.object({
            messageId: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/),
            source: z.string(),
            destination: z.array(z.string()).default([]),
            commonHeaders: z
              .object({ from: z.array(z.string()).optional(), messageId: z.string().optional(), subject: z.string().optional() })
              .passthrough()
              .optional(),
          }).passthrough(),
          receipt: z.object({
            recipients: z.array(z.string()).min(1),
            spfVerdict: verdict,
            dkimVerdict: verdict,
            dmarcVerdict: verdict,
            spamVerdict: verdict,
            virusVerdict: verdict,
          }).passthrough(),
        }),
      }),
    )
    .min(1),
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
