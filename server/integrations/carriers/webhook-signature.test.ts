import { describe, expect, test } from 'vitest'
import { signWebhook, verifyWebhook } from './webhook-signature'

const secret = 'whsec_carrier_test'
const body = '{"id":"evt_1","trackingNumber":"RT000000014NL","type":"in_transit"}'
const now = 1_800_000_000

describe('carrier webhook signatures', () => {
  test('accept the exact body signed with the secret, within five minutes', () => {
    expect(verifyWebhook(body, signWebhook(body, secret, now), secret, now)).toEqual({ ok: true })
    expect(verifyWebhook(body, signWebhook(body, secret, now - 299), secret, now)).toEqual({ ok: true })
  })

  test('refuse a missing, malformed, stale, re-signed or altered request', () => {
    expect(verifyWebhook(body, null, secret, now)).toEqual({ ok: false, reason: 'missing' })
    expect(verifyWebhook(body, 'nonsense', secret, now)).toEqual({ ok: false, reason: 'malformed' })
    expect(verifyWebhook(body, signWebhook(body, secret, now - 301), secret, now)).toEqual({ ok: false, reason: 'stale' })
    expect(verifyWebhook(body, signWebhook(body, 'another-secret', now), secret, now)).toEqual({ ok: false, reason: 'mismatch' })
    expect(verifyWebhook(body.replace('in_transit', 'delivered_to_hub'), signWebhook(body, secret, now), secret, now)).toEqual({ ok: false, reason: 'mismatch' })
    // The timestamp is part of what is signed: moving it forward breaks the signature.
    const moved = signWebhook(body, secret, now - 600).replace(`t=${now - 600}`, `t=${now}`)
    expect(verifyWebhook(body, moved, secret, now)).toEqual({ ok: false, reason: 'mismatch' })
  })
})
