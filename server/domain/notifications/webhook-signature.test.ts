import { createHmac } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { signWebhook, verifyWebhookSignature } from './webhook-signature'

const secret = 'whsec_test_secret'
const body = '{"id":"evt_1","type":"return.created"}'

describe('webhook signatures', () => {
  test('the header is t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">, as README documents', () => {
    const header = signWebhook(secret, body, 1_800_000_000)
    expect(header).toBe(`t=1800000000,v1=${createHmac('sha256', secret).update(`1800000000.${body}`).digest('hex')}`)
  })

  test('verifies what was signed, and refuses a changed body, a wrong secret, an old timestamp or junk', () => {
    const header = signWebhook(secret, body, 1_800_000_000)
    expect(verifyWebhookSignature(header, body, secret, 1_800_000_100)).toEqual({ valid: true })
    expect(verifyWebhookSignature(header, `${body} `, secret, 1_800_000_100)).toEqual({ valid: false, reason: 'mismatch' })
    expect(verifyWebhookSignature(header, body, 'other', 1_800_000_100)).toEqual({ valid: false, reason: 'mismatch' })
    expect(verifyWebhookSignature(header, body, secret, 1_800_000_301)).toEqual({ valid: false, reason: 'too_old' })
    expect(verifyWebhookSignature('v1=abc', body, secret, 1_800_000_000)).toEqual({ valid: false, reason: 'malformed' })
    expect(verifyWebhookSignature('t=1800000000,v1=zz', body, secret, 1_800_000_000)).toEqual({ valid: false, reason: 'malformed' })
  })
})
