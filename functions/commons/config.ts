// Configuration is read once, at start-up, through one schema: a wrong or missing variable fails fast and says which.
// zod/mini keeps the validator out of the way of a cold start (the classic API alone would be ~450 KB of bundle).
import * as z from 'zod/mini';
import { isValidZone } from '../../shared/time.js';

const usersSchema = z.array(z.object({ email: z.email(), timeZone: z.string().check(z.refine(isValidZone, 'an IANA time zone')) }));
const nonEmpty = () => z.string().check(z.minLength(1));
const positiveInt = (d: number) => z._default(z.coerce.number().check(z.int(), z.positive()), d);

export const ConfigSchema = z
  .object({
    TABLE_NAME: nonEmpty(),
    FROM_ADDRESS: z.email(),
    MAIL_DOMAIN: nonEmpty(),
    INBOX_ADDRESS: z.email(),
    SCHEDULE_GROUP: nonEmpty(),
    SCHEDULER_ROLE_ARN: nonEmpty(),
    SCHEDULE_DLQ_ARN: z.optional(z.string()),
    TOKEN_SECRET_ARN: z.optional(z.string()),
    TOKEN_SECRET: z.optional(z.string().check(z.minLength(16))),
    USERS: z.pipe(
      z._default(z.string(), '[]'),
      z.transform((s: string, ctx) => {
        try {
          const r = usersSchema.safeParse(JSON.parse(s));
          if (r.success) return r.data;
        } catch {
          /* reported below */
        }
        ctx.issues.push({ code: 'custom', message: 'a JSON array of {"email","timeZone"}', input: s });
        return [];
      }),
    ),
    RETENTION_DAYS: positiveInt(180),
    DAILY_EMAIL_LIMIT: positiveInt(30),
    RAW_BUCKET: z.optional(z.string()),
    RAW_PREFIX: z._default(z.string(), 'raw/'),
    PROMPT_FUNCTION_ARN: z.optional(z.string()),
    FOLLOWUP_CLOCK_FILE: z.optional(z.string()),
    TEMPLATES_DIR: z.optional(z.string()),
    LOG_LEVEL: z._default(z.enum(['info', 'warn', 'error', 'silent']), 'info'),
  })
  .check(z.refine((c) => !!(c.TOKEN_SECRET_ARN || c.TOKEN_SECRET), { message: 'set TOKEN_SECRET_ARN (AWS) or TOKEN_SECRET (local)', path: ['TOKEN_SECRET_ARN'] }));

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined>, required: (keyof Config)[] = []): Config {
  const r = ConfigSchema.safeParse(env);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new ConfigError(`invalid configuration:\n${lines}`);
  }
  const missing = required.filter((k) => !r.data[k]);
  if (missing.length) throw new ConfigError(`invalid configuration:\n${missing.map((k) => `  ${k}: required`).join('\n')}`);
  return r.data;
}
