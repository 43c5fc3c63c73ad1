// prompt: a schedule fired. Reload the interview, send what is still due, point the one schedule at the next prompt.
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import * as z from 'zod/mini';
import { loadConfig } from '../commons/config.js';
import { buildDeps } from '../commons/deps.js';
import { handlePrompt } from '../../shared/workflow.js';

const PromptEventSchema = z.object({
  userEmail: z.email(),
  interviewId: z.string().check(z.regex(/^[a-z0-9]{8,40}$/)),
  key: z.string().check(z.maxLength(64)),
  gen: z.number().check(z.int(), z.nonnegative()),
  at: z.string(),
});

const cfg = loadConfig(process.env);
const built = await buildDeps(cfg, 'prompt');

export const handler = middy(async (event: unknown, context: Context) => {
  const parsed = PromptEventSchema.safeParse(event);
  if (!parsed.success) {
    built.deps.log.error('not a prompt event', { issues: parsed.error.issues.slice(0, 3) });
    built.deps.log.metric('InvalidEvent');
    return;
  }
  await handlePrompt({ ...built.deps, scheduler: built.schedulerFor(context.invokedFunctionArn) }, parsed.data);
});
