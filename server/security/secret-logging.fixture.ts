/**
 * Distinctive values for every configured secret, and an error that carries them the way library
 * errors do. Found anywhere in what the server logs, a value has leaked.
 */
export const CONFIGURED_SECRETS = {
  AUTH_SECRET: 'auth-LEAKCHECK-3f9a1c7e5b2d4f6a8c0e2a4b6c8d0e1f',
  // A live-mode key: the Stripe emulator only takes test keys, so every call fails authentication.
  STRIPE_SECRET_KEY: 'sk_live_LEAKCHECK3f9a1c7e5b2d4f6a8c0e',
  STRIPE_WEBHOOK_SECRET: 'whsec_LEAKCHECK3f9a1c7e5b2d4f6a8c0e',
  CARRIER_WEBHOOK_SECRET: 'carrier-LEAKCHECK-3f9a1c7e5b2d',
}
export const SMTP_USER = 'mailer'
// '/' and '+' change under URL encoding, so the encoded and the plain form are both looked for.
export const SMTP_PASSWORD = 'smtp/LEAKCHECK+3f9a1c7e'

/** Configures the process with the secrets above; call before anything reads env(). */
export function configureSecrets(smtpPort: number): void {
  Object.assign(process.env, CONFIGURED_SECRETS, { SMTP_URL: `smtp://${SMTP_USER}:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${smtpPort}` })
}

/** Every configured secret by name, the database password included (the embedded PostgreSQL has one). */
export function configuredSecrets(): Record<string, string> {
  const databasePassword = decodeURIComponent(new URL(process.env.DATABASE_URL!).password)
  return { ...CONFIGURED_SECRETS, SMTP_PASSWORD, ...(databasePassword ? { DATABASE_PASSWORD: databasePassword } : {}) }
}

/**
 * An error as libraries throw them, carrying this configuration's secrets: a message quoting a URL
 * with its password, a cause from Node's URL parser (which keeps the whole input on the error), and
 * the request an HTTP client sent, headers and options included.
 */
export function leakyLibraryError(): Error {
  let cause: unknown
  try {
    new URL(process.env.DATABASE_URL!.replace(/:\d+\//, ':not-a-port/'))
  } catch (error) {
    cause = error
  }
  return Object.assign(new Error(`Could not reach ${process.env.SMTP_URL}`, { cause }), {
    request: {
      headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY}`, 'Stripe-Signature': 't=1,v1=abc' },
      options: { signingSecret: process.env.STRIPE_WEBHOOK_SECRET, auth: process.env.AUTH_SECRET, carrier: process.env.CARRIER_WEBHOOK_SECRET },
    },
  })
}
