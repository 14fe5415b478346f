import { describe, expect, test } from 'vitest'
import { parseServerEnv } from './env'

const valid = { DATABASE_URL: 'postgresql://user:pw@127.0.0.1:5432/roundtrip', AUTH_SECRET: 'x'.repeat(32) }

describe('server configuration', () => {
  test('accepts a complete configuration and fills the defaults', () => {
    expect(parseServerEnv(valid)).toEqual({ ...valid, NODE_ENV: 'development', DEMO_MODE: false, LOOKUP_MIN_DURATION_MS: 400, LOOKUP_LIMIT_PER_CLIENT: 60, SIGN_IN_LIMIT_PER_CLIENT: 30, TRUST_PROXY: false, UPLOADS_DIR: '.data/uploads', MAIL_FROM: 'Roundtrip <no-reply@roundtrip.localhost>' })
    expect(parseServerEnv({ ...valid, STRIPE_SECRET_KEY: 'sk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_0123456789abcdef', TRUST_PROXY: 'on' })).toMatchObject({ STRIPE_SECRET_KEY: 'sk_test_abc', TRUST_PROXY: true })
    expect(() => parseServerEnv({ ...valid, STRIPE_SECRET_KEY: 'pk_live_abc' })).toThrow(/STRIPE_SECRET_KEY: must be a Stripe secret key/)
    expect(parseServerEnv({ ...valid, DEMO_MODE: '1', LOOKUP_MIN_DURATION_MS: '0' })).toMatchObject({ DEMO_MODE: true, LOOKUP_MIN_DURATION_MS: 0 })
    expect(parseServerEnv({ ...valid, SMTP_URL: 'smtps://u:p@mail.example.com:465' })).toMatchObject({ SMTP_URL: 'smtps://u:p@mail.example.com:465' })
    expect(() => parseServerEnv({ ...valid, SMTP_URL: 'http://mail.example.com' })).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/)
  })

  test('fails naming each variable that is missing or wrong', () => {
    expect(() => parseServerEnv({})).toThrow(/DATABASE_URL[\s\S]*AUTH_SECRET/)
    expect(() => parseServerEnv({ ...valid, DATABASE_URL: 'mysql://x@y/z' })).toThrow(/DATABASE_URL: must be a postgresql:\/\/ URL/)
    expect(() => parseServerEnv({ ...valid, AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET: must be at least 32 characters/)
    expect(() => parseServerEnv({ ...valid, DEMO_MODE: 'yes' })).toThrow(/DEMO_MODE/)
    expect(() => parseServerEnv({ ...valid, LOOKUP_MIN_DURATION_MS: '-5' })).toThrow(/LOOKUP_MIN_DURATION_MS/)
    expect(() => parseServerEnv({ ...valid, SMTP_URL: 'http://mail.example.com' })).toThrow(/SMTP_URL: must be an smtp/)
    expect(parseServerEnv({ ...valid, SMTP_URL: 'smtps://u:p@mail.example.com:465' }).SMTP_URL).toBe('smtps://u:p@mail.example.com:465')
  })

  test('treats empty values as unset', () => {
    expect(() => parseServerEnv({ ...valid, AUTH_SECRET: '' })).toThrow(/AUTH_SECRET/)
  })
})
