import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: postgresUrl.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set when a reverse proxy in front of the app sets X-Forwarded-* headers. */
  TRUST_PROXY: booleanFromEnv.default(false),
  /** Seed the demo hospital and demo accounts on first start. */
  SEED_DEMO: booleanFromEnv.optional(),
  /** Built web app to serve; empty disables static serving (API only). */
  WEB_DIST_DIR: z.string().default('./dist/web'),
  /** The address people reach the service at; links in e-mails start with it. Default: http://localhost:PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /** smtp:// or smtps:// URL of the mail relay. Unset: mail is kept in the database (development mailbox). */
  SMTP_URL: z
    .string()
    .url()
    .refine((value) => /^smtps?:\/\//.test(value), 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Consilium <no-reply@consilium.invalid>'),
  /** Patients' idle timeout; staff always have 30 minutes (issue: medical information system guidelines). */
  PATIENT_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  /** Per address and minute, for each of sign-in, sign-up, password reset and verification. */
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
});

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  seedDemo: boolean;
  webDistDir: string | undefined;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  patientIdleMinutes: number;
  authRateLimitPerMinute: number;
};

/** Raised when the environment is invalid; lists every bad variable so it can be fixed in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  // Empty strings mean "not set": shells and .env files often leave a variable defined but empty.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    // Never by default on a production PostgreSQL: demo staff accounts there would be a back door.
    seedDemo: e.SEED_DEMO ?? !(e.NODE_ENV === 'production' && e.DATABASE_URL),
    webDistDir: e.WEB_DIST_DIR === '' ? undefined : path.resolve(e.WEB_DIST_DIR),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    patientIdleMinutes: e.PATIENT_IDLE_MINUTES,
    authRateLimitPerMinute: e.AUTH_RATE_LIMIT_PER_MINUTE,
  };
}
