import { z } from 'zod';
import { checkReferencePattern, DEFAULT_FEE_REFERENCE_PATTERN } from '../../domain/fee/reference.ts';

// Every setting comes from the environment; the README lists each one.
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  AUTH_SECRET: z.string().min(16).optional(),
  PUBLIC_URL: z.string().optional(),
  /** A TTF/OTF/TTC with CJK glyphs for generated PDFs; default: the bundled Noto Sans SC. */
  PDF_FONT_PATH: z.string().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  LOCKOUT_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  WEB_DIST: z.string().default('./dist/web'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** Tickets one address may take per minute (kiosk or phone); 0 turns the limit off. */
  HALL_TICKET_RATE_LIMIT: z.coerce.number().int().min(0).default(60),
  /** `off`: window presses go one transaction each (decisions 0012, 0014). */
  HALL_GROUP_COMMIT: z.enum(['on', 'off']).default('on'),
  /** Batches of window presses handed at once to the hot-path connection. */
  HALL_GROUP_COMMIT_PIPELINE: z.coerce.number().int().min(1).max(16).default(2),
  /** This instance works background jobs and keeps their schedules; `off`: it only serves requests. */
  JOBS_WORKER: z.enum(['on', 'off']).default('on'),
  /** strict: an answer field the response schema does not describe is a 500 (tests); drop: it is left out. Unset: strict under NODE_ENV=test. */
  RESPONSE_CHECK: z.enum(['strict', 'drop']).optional(),
  /** How soon an idle worker picks up a due job. */
  JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  /** The appointment no-show sweep and day-before reminders; 0 = off. Whole seconds. */
  APPOINTMENT_JOBS_INTERVAL_MS: z.coerce.number().int().min(0).default(15_000),
  /** The SMS dispatcher of the notification outbox; 0 = off. Whole seconds. */
  SMS_DISPATCH_INTERVAL_MS: z.coerce.number().int().min(0).default(15_000),
  /** The operator's SMS gateway adapter; unset = the log. */
  SMS_WEBHOOK_URL: z.string().trim().optional(),
  /** Passphrase of backups (the backup and restore commands only; the server never reads it). */
  BACKUP_KEY: z.string().optional(),
  /** The first administrator's password for `create-admin` (else it asks). */
  ONEWINDOW_ADMIN_PASSWORD: z.string().optional(),
  /** Public case-tracking look-ups one address may make per minute (guessing numbers and phones); 0 turns it off. */
  CASE_TRACK_RATE_LIMIT: z.coerce.number().int().min(0).default(20),
  NODE_ENV: z.string().default('development'),
  /** File store (scans, uploads): 'local' keeps encrypted blobs under FILES_DIR (default DATA_DIR/files); 's3' in S3-compatible storage. */
  FILES_BACKEND: z.enum(['local', 's3']).default('local'),
  FILES_DIR: z.string().optional(),
  /** AES-256-GCM key for files at rest, base64 of 32 bytes; required in production (see files/index.ts). */
  FILES_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, { message: 'FILES_KEY 须为 32 字节密钥的 base64 编码' })
    .optional(),
  FILE_MAX_BYTES: z.coerce.number().int().min(1024).default(20 * 1024 * 1024),
  S3_ENDPOINT: z.string().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** MinIO and most self-hosted stores need path-style URLs. */
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
  S3_PREFIX: z.string().default('files/'),
  // ---- issue #18, handing out the result (decision 0038) ----
  /** Hours a cabinet pickup code works after the result is put in (single use either way). */
  PICKUP_CODE_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(72),
  /** Whole days a result may wait in a cabinet before the job sends it back to the window. */
  CABINET_HOLD_DAYS: z.coerce.number().int().min(1).max(90).default(3),
  /** Doors of each self-service cabinet (numbered 1…n). */
  CABINET_DOORS: z.coerce.number().int().min(1).max(500).default(24),
  /** When set, a cabinet must send it as `x-cabinet-key` (the simulated cabinet page cannot, so leave unset for the demo). */
  CABINET_API_KEY: z.string().min(16).optional(),
  /** Code-pickup attempts one address may make per minute at the cabinet route; 0 turns it off. */
  CABINET_RATE_LIMIT: z.coerce.number().int().min(0).default(30),
  // Citizen sign-in by SMS code (issue #19, decision 0041).
  /** How long a sign-in code may be used. */
  CITIZEN_CODE_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(300),
  /** Codes one mobile number may ask for in an hour. */
  CITIZEN_CODES_PER_MOBILE_HOUR: z.coerce.number().int().min(1).max(100).default(5),
  /** Codes one address may ask for in an hour. */
  CITIZEN_CODES_PER_IP_HOUR: z.coerce.number().int().min(1).max(1000).default(20),
  /** Wrong codes in a row a number may enter; the next one locks it for CITIZEN_LOCK_MINUTES. */
  CITIZEN_WRONG_CODES_ALLOWED: z.coerce.number().int().min(1).max(20).default(5),
  CITIZEN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  /** A citizen session ends after this many idle days (it slides while used). */
  CITIZEN_SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  // Online applications and pre-review (issue #19, decision 0043).
  /** Working days the window has to pre-review an online application after it is (re)submitted. */
  ONLINE_PREREVIEW_WORKING_DAYS: z.coerce.number().int().min(1).max(20).default(1),
  /** Largest file a citizen may upload for a material (bytes); never more than FILE_MAX_BYTES. */
  ONLINE_FILE_MAX_BYTES: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
  /** Files one material of one item may have. */
  ONLINE_FILES_PER_MATERIAL: z.coerce.number().int().min(1).max(50).default(9),
  // Electronic certificates (issue #18, e-certificate part, decision 0039):
  /** AES-256-GCM key-encryption key of the certificate signing keys at rest, base64 of 32 bytes; required in production. */
  CERTIFICATE_KEK: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, { message: 'CERTIFICATE_KEK 须为 32 字节密钥的 base64 编码' })
    .optional(),
  /** Public verification look-ups (by code or an uploaded copy) one address may make per minute; 0 turns it off. */
  CERTIFICATE_VERIFY_RATE_LIMIT: z.coerce.number().int().min(0).default(30),
  // ---- issue #18, fees (decision 0037) ----
  /** The payment reference (缴款码): {region} {center} {yyyyMMdd} {serial:N}, then a Luhn check digit (default 20 digits). */
  FEE_REFERENCE_PATTERN: z
    .string()
    .default(DEFAULT_FEE_REFERENCE_PATTERN)
    .refine((v) => { try { checkReferencePattern(v); return true; } catch { return false; } }, { message: 'FEE_REFERENCE_PATTERN 须恰好含一个 {serial:N}，占位符可用 {region} {center} {yyyyMMdd}' }),
  /** Where issued notices are announced to the payment platform: 'log' (default) only writes them to the log. */
  FEE_PAYMENT_ADAPTER: z.enum(['log']).default('log'),
  /** Shared secret of the payment platform's signed callback (HMAC-SHA256 of the raw body); unset = callbacks refused. */
  FEE_CALLBACK_SECRET: z.string().min(16).optional(),
  /** How old (or early) a callback's timestamp may be, in seconds. */
  FEE_CALLBACK_TOLERANCE_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
  // ---- issue #18, the archive ----
  /** Largest archive package (one case's zip: its scans and notices as PDF) the file store keeps; scans alone stay under FILE_MAX_BYTES. */
  ARCHIVE_PACKAGE_MAX_BYTES: z.coerce.number().int().min(1024 * 1024).default(512 * 1024 * 1024),
  // Notifications (issue #19): e-mail through SMTP; SMTP_HOST unset = e-mails go to the log.
  SMTP_HOST: z.string().trim().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  /** The From address of e-mails, e.g. "城关区政务服务中心 <noreply@example.gov.cn>". */
  SMTP_FROM: z.string().default('OneWindow <noreply@localhost>'),
});

export type Config = z.infer<typeof envSchema> & { demo: boolean; authSecret: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`配置有误 (invalid configuration):\n${lines}`);
  }
  const c = parsed.data;
  // Demo data and relaxed first sign-in only where nobody could mistake it for production.
  const demo = c.DEMO === 'on' || (c.DEMO === 'auto' && c.NODE_ENV !== 'production' && !c.DATABASE_URL);
  if (c.NODE_ENV === 'production' && !c.AUTH_SECRET) {
    throw new Error('配置有误: 生产环境必须设置 AUTH_SECRET (AUTH_SECRET is required in production)');
  }
  const authSecret = c.AUTH_SECRET ?? 'onewindow-development-secret-change-me';
  return { ...c, demo, authSecret, ...overrides };
}
