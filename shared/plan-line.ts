// The `plan` command's wire format: one NDJSON line in, one line out. Kept apart from the timing rules so the
// functions' bundles don't carry the schema.
import { z } from 'zod';
import { REPLY_INTENTS } from './types.js';
import { isValidZone } from './time.js';
import { planPrompts } from './timing.js';

const isoInstant = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), 'an ISO 8601 date-time');

export const PlanLineSchema = z.object({
  interview: z.object({
    start: isoInstant,
    end: isoInstant.nullable().optional(),
    format: z.enum(['phone', 'video', 'onsite']),
  }),
  userTimeZone: z.string().refine(isValidZone, 'an IANA time zone'),
  recordedAt: isoInstant,
  events: z
    .array(
      z.object({
        intent: z.enum(REPLY_INTENTS),
        at: isoInstant,
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').nullable().optional(),
      }),
    )
    .optional()
    .default([]),
});

/** One NDJSON line in, one line out: `{"prompts": [...]}` or `{"error": "..."}`. Never throws. */
export function planLine(line: string): string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'not valid JSON' });
  }
  const parsed = PlanLineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return JSON.stringify({ error: `${issue.path.join('.') || 'input'}: ${issue.message}` });
  }
  const v = parsed.data;
  try {
    const prompts = planPrompts({
      interview: { start: new Date(v.interview.start), end: v.interview.end ? new Date(v.interview.end) : null, format: v.interview.format },
      userTimeZone: v.userTimeZone,
      recordedAt: new Date(v.recordedAt),
      events: v.events.map((e) => ({ intent: e.intent, at: new Date(e.at), date: e.date ?? null })),
    });
    return JSON.stringify({ prompts: prompts.map((p) => ({ type: p.type, at: p.at.toISOString().replace(/\.000Z$/, 'Z') })) });
  } catch (err) {
    return JSON.stringify({ error: err instanceof Error ? err.message : String(err) });
  }
}
