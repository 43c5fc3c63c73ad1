// Configuration is read once, at start-up, through one schema: a wrong or missing variable fails fast and says which.
import { z } from 'zod';

const usersSchema = z.array(z.object({ email: z.string().email(), timeZone: z.string().min(1) }));

export const ConfigSchema = z
  .object({
    TABLE_NAME: z.string().min(1),
    FROM_ADDRESS: z.string().email(),
    MAIL_DOMAIN: z.string().min(1),
    INBOX_ADDRESS: z.string().email(),
    SCHEDULE_GROUP: z.string().min(1),
    SCHEDULER_ROLE_ARN: z.string().min(1),
    SCHEDULE_DLQ_ARN: z.string().optional(),
    TOKEN_SECRET_ARN: z.string().optional(),
    TOKEN_SECRET: z.string().min(16).optional(),
    USERS: z
      .string()
      .default('[]')
      .transform((s, ctx) => {
        try {
          return usersSchema.parse(JSON.parse(s));
        } catch {
          ctx.addIssue({ code: 'custom', message: 'a JSON array of {"email","timeZone"}' });
          return z.NEVER;
        }
      }),
    RETENTION_DAYS: z.coerce.number().int().positive().default(180),
    DAILY_EMAIL_LIMIT: z.coerce.number().int().positive().default(30),
    RAW_BUCKET: z.string().optional(),
    RAW_PREFIX: z.string().default('raw/'),
    PROMPT_FUNCTION_ARN: z.string().optional(),
    FOLLOWUP_CLOCK_FILE: z.string().optional(),
    TEMPLATES_DIR: z.string().optional(),
    LOG_LEVEL: z.enum(['info', 'warn', 'error', 'silent']).default('info'),
  })
  .refine((c) => c.TOKEN_SECRET_ARN || c.TOKEN_SECRET, { message: 'set TOKEN_SECRET_ARN (AWS) or TOKEN_SECRET (local)', path: ['TOKEN_SECRET_ARN'] });

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
