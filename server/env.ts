import { z } from 'zod'

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off'])
  .optional()
  .transform((value) => value === '1' || value === 'true' || value === 'on')

const ZServerEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// URL' }),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (try: openssl rand -base64 32)'),
  /** Turns on the demo credentials sign-in for the seeded staff users. Never on by default. */
  DEMO_MODE: booleanFlag,
  /** Smallest time a failed or successful order lookup takes, so timing does not reveal which part was wrong. */
  LOOKUP_MIN_DURATION_MS: z.coerce.number().int().min(0).max(5000).default(400),
  /** Where uploaded photos and labels are kept (outside public/: files are only served after an access check). */
  UPLOADS_DIR: z.string().min(1).default('.data/uploads'),
  /** Signs tracking webhooks from the carrier network; without it the carrier webhook answers 503. */
  CARRIER_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Order lookups one client may try per 10 minutes (failed tries per order number are capped at 10 an hour). */
  LOOKUP_LIMIT_PER_CLIENT: z.coerce.number().int().min(1).max(100_000).default(60),
  /** Password sign-ins one client may try per 15 minutes (failed tries per account are capped at 8). */
  SIGN_IN_LIMIT_PER_CLIENT: z.coerce.number().int().min(1).max(100_000).default(30),
  /** Behind a reverse proxy that sets X-Forwarded-For: rate limits then count per client address. */
  TRUST_PROXY: booleanFlag,
  /** Stripe secret key. `npm run dev` without one runs the bundled Stripe emulator and sets this to its test key. */
  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_\S+$/, 'must be a Stripe secret key (sk_test_… or sk_live_…)').optional(),
  /** Verifies Stripe webhook signatures (whsec_…); without it the Stripe webhook answers 503. */
  STRIPE_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Only for the emulator: where the Stripe SDK sends its requests instead of api.stripe.com. */
  STRIPE_API_BASE: z.url({ protocol: /^https?$/ }).optional(),
  /** Outgoing mail server (smtp:// or smtps://, credentials in the URL). Unset: emails stay in the dev inbox at /admin/inbox. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  /** The sender of every email; a shop's support address becomes the Reply-To. */
  MAIL_FROM: z.string().min(3).default('Roundtrip <no-reply@roundtrip.localhost>'),
  /** The portal's public origin (https://returns.example.com), for links minted outside a request (CLI, emails). */
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
})

export type ServerEnv = z.infer<typeof ZServerEnv>

/** Validates a set of variables; the error names every variable that is missing or wrong. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  // An empty value counts as unset, as in most deployment tools.
  const parsed = ZServerEnv.safeParse(Object.fromEntries(Object.entries(source).map(([key, value]) => [key, value === '' ? undefined : value])))
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')
    throw new Error(`Invalid server configuration:\n${problems}\nSee the Configuration section of README.md.`)
  }
  return parsed.data
}

/** Links in emails need an absolute address; without PUBLIC_URL, the local demo's. */
export const DEFAULT_PUBLIC_URL = 'http://localhost:3000'

let cached: ServerEnv | undefined

/**
 * The validated server configuration. Read lazily (never at import time) so `next build` works
 * without a database; the first request or the instrumentation hook fails fast instead.
 */
export function env(): ServerEnv {
  cached ??= parseServerEnv(process.env)
  return cached
}
