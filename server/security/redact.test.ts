import { describe, expect, test } from 'vitest'
import { knownSecrets, redactSecrets } from './redact'

describe('redactSecrets', () => {
  test.each([
    ['a URL with a password', 'connect postgresql://roundtrip:p%40ss-word@127.0.0.1:5432/db', 'connect postgresql://roundtrip:[redacted]@127.0.0.1:5432/db'],
    ['Stripe keys', 'key sk_live_abc123XYZ and rk_test_9f8e', 'key sk_live_[redacted] and rk_test_[redacted]'],
    ['signing secrets and API keys', 'whsec_a+b/c= then rt_live_AbC-_09xyz', 'whsec_[redacted] then rt_live_[redacted]'],
    ['Prisma echoing a write', '  data: {\n    webhookSecret: "shpss_0123",\n    passwordHash: "scrypt$1$2",\n    url: "https://x"', '  data: {\n    webhookSecret: "[redacted]",\n    passwordHash: "[redacted]",\n    url: "https://x"'],
    ['inspected headers', "{ authorization: 'Bearer abc.def', cookie: 'rt_shopper=x.y' }", "{ authorization: '[redacted]', cookie: '[redacted]' }"],
    ['raw header lines', 'Authorization: Basic dXNlcjpwYXNz\nCookie: authjs.session-token=eyJ', 'Authorization: [redacted]\nCookie: [redacted]'],
    ['session cookies in prose', 'sent rt_shopper=abc.def; __Secure-authjs.session-token=eyJ.x', 'sent rt_shopper=[redacted]; __Secure-authjs.session-token=[redacted]'],
    ['token query parameters', 'GET /shop/start?t=eyJx.sig&lang=en /api/auth/callback/email?token=9f8e&email=a', 'GET /shop/start?t=[redacted]&lang=en /api/auth/callback/email?token=[redacted]&email=a'],
  ])('%s', (_name, input, expected) => {
    expect(redactSecrets(input)).toBe(expected)
  })

  test('keeps what a diagnosis needs', () => {
    const text = "Error: Invalid `prisma.order.update()` invocation\n  code: 'P2025',\n  at run (/app/server/x.ts:3:9)\nStripe refused (sk_test_… or sk_live_…)"
    expect(redactSecrets(text)).toBe(text)
  })

  test('redacting twice changes nothing more', () => {
    const once = redactSecrets("postgres://u:p@h Authorization: Bearer abcdefgh1234 token: 'x'")
    expect(redactSecrets(once)).toBe(once)
  })
})

describe('knownSecrets', () => {
  const known = knownSecrets({
    AUTH_SECRET: 'auth-secret-0123456789',
    DATABASE_URL: 'postgres://roundtrip:pa%2Fss-0123@localhost/db',
    SMTP_URL: 'smtp://mailer@localhost',
    STRIPE_WEBHOOK_SECRET: 'short',
    MAIL_FROM: 'not-a-secret@example.com',
  })

  test('every configured secret in the forms it travels in: plain, URL-encoded, base64', () => {
    expect(known).toEqual(expect.arrayContaining(['auth-secret-0123456789', 'pa%2Fss-0123', 'pa/ss-0123', Buffer.from('pa/ss-0123').toString('base64')]))
    expect(redactSecrets('login pa/ss-0123 and YXV0aC1zZWNyZXQtMDEyMzQ1Njc4OQ==', known)).toBe('login [redacted] and [redacted]')
  })

  test('nothing that is not a secret, nor values too short to look for', () => {
    expect(known.some((value) => value.includes('example.com') || value === 'short' || value === 'mailer')).toBe(false)
  })
})
