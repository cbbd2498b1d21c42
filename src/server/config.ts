import path from 'node:path';
import { z } from 'zod';
import type { BlobStoreSettings } from './modules/documents/storage/blob-store-from-config.js';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded');

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
  /** Bearer token a Prometheus scraper sends for /api/metrics. Unset: only this machine may read them. */
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  /**
   * Base64 of 32 random bytes: wraps every file's own data key. Unset on the embedded default: one is
   * made under DATA_DIR/keys at first start. Required with DATABASE_URL in production.
   */
  FILE_MASTER_KEY: base64Key.optional(),
  /** Comma-separated older master keys, still able to open files written before a rotation. */
  FILE_PREVIOUS_MASTER_KEYS: z.string().optional(),
  /** clamd address (tcp://host:3310 or unix:/run/clamav/clamd.ctl). Unset: files are "unscannable → manual review". */
  CLAMD_URL: z.string().optional(),
  /** Largest single file; an imaging CD zipped whole can be several GB. */
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(8 * 1024 ** 3),
  /** All files of one case together. */
  UPLOAD_MAX_CASE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(32 * 1024 ** 3),
  STORAGE: z.enum(['local', 's3']).default('local'),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ENDPOINT: z.string().url().optional(),
  S3_FORCE_PATH_STYLE: booleanFromEnv.default(false),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_PREFIX: z.string().optional(),
});

/** Where stored (encrypted) files live. */
export type StorageSettings = BlobStoreSettings;

export type DocumentSettings = {
  masterKey: string | undefined;
  previousMasterKeys: string[];
  clamdUrl: string | undefined;
  maxFileBytes: number;
  maxCaseBytes: number;
  storage: StorageSettings;
};

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
  metricsToken: string | undefined;
  documents: DocumentSettings;
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
  const problems: string[] = [];
  if (e.STORAGE === 's3' && !e.S3_BUCKET) problems.push('S3_BUCKET: required when STORAGE=s3');
  if (e.NODE_ENV === 'production' && e.DATABASE_URL && !e.FILE_MASTER_KEY) {
    // Several instances must share one key; a key made on one machine's disk would not be shared.
    problems.push('FILE_MASTER_KEY: required with DATABASE_URL in production');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const dataDir = path.resolve(e.DATA_DIR);
  const storage: StorageSettings =
    e.STORAGE === 's3' && e.S3_BUCKET
      ? {
          kind: 's3',
          bucket: e.S3_BUCKET,
          region: e.S3_REGION,
          forcePathStyle: e.S3_FORCE_PATH_STYLE,
          ...(e.S3_ENDPOINT ? { endpoint: e.S3_ENDPOINT } : {}),
          ...(e.S3_ACCESS_KEY_ID ? { accessKeyId: e.S3_ACCESS_KEY_ID } : {}),
          ...(e.S3_SECRET_ACCESS_KEY ? { secretAccessKey: e.S3_SECRET_ACCESS_KEY } : {}),
          ...(e.S3_PREFIX ? { prefix: e.S3_PREFIX } : {}),
        }
      : { kind: 'local', root: path.join(dataDir, 'files') };
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    dataDir,
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
    metricsToken: e.METRICS_TOKEN,
    documents: {
      masterKey: e.FILE_MASTER_KEY,
      previousMasterKeys: (e.FILE_PREVIOUS_MASTER_KEYS ?? '')
        .split(',')
        .map((key) => key.trim())
        .filter((key) => key !== ''),
      clamdUrl: e.CLAMD_URL,
      maxFileBytes: e.UPLOAD_MAX_BYTES,
      maxCaseBytes: e.UPLOAD_MAX_CASE_BYTES,
      storage,
    },
  };
}
