// inbound: SES receipt event → the workflow. Validate, read the raw message, hand over; errors go back to Lambda so
// its async retries (then the on-failure destination) take over.
import middy from '@middy/core';
import { S3Client } from '@aws-sdk/client-s3';
import { loadConfig } from '../commons/config.js';
import { buildDeps } from '../commons/deps.js';
import { SesEventSchema, toInboundMessages } from '../commons/ses-event.js';
import { S3RawMailSource } from '../../shared/adapters/s3-raw-mail.js';
import { handleInbound, reportUnreadable, type Deps } from '../../shared/workflow.js';
import { extract } from '../../shared/extract/index.js';
import { readReplyMail } from '../../shared/reply-mail.js';
import { readCorrection } from '../../shared/corrections.js';

const cfg = loadConfig(process.env, ['RAW_BUCKET', 'PROMPT_FUNCTION_ARN']);
const built = await buildDeps(cfg, 'inbound');
const rawMail = new S3RawMailSource(new S3Client({ forcePathStyle: !!process.env.AWS_ENDPOINT_URL_S3 }), cfg.RAW_BUCKET!, cfg.RAW_PREFIX);
const deps: Deps = { ...built.deps, scheduler: built.schedulerFor(cfg.PROMPT_FUNCTION_ARN!), extract, readReply: readReplyMail, readCorrection };

/** Lambda tries an async event three times (the first and two retries) before the on-failure destination. */
const MAX_ATTEMPTS = 3;

export const handler = middy(async (event: unknown) => {
  const parsed = SesEventSchema.safeParse(event);
  if (!parsed.success) {
    deps.log.error('not an SES receipt event', { issues: parsed.error.issues.slice(0, 3) });
    deps.log.metric('InvalidEvent');
    return { results: [] };
  }
  const results = [];
  for (const msg of toInboundMessages(parsed.data, (id) => rawMail.get(id))) {
    try {
      results.push(await handleInbound(deps, msg));
    } catch (err) {
      deps.log.error('inbound failed', { sesMessageId: msg.sesMessageId, error: err instanceof Error ? err.message : String(err) });
      await reportUnreadable(deps, msg, MAX_ATTEMPTS);
      throw new Error(`inbound failed for ${msg.sesMessageId}`, { cause: err });
    }
  }
  return { results };
});
