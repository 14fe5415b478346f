import { describe, expect, test } from 'vitest'
import { type RefundState, type StripeRefundState, nextRefundState, refundIdempotencyKey, reservesFunds } from './refund-state'

const OURS: RefundState[] = ['pending', 'processing', 'succeeded', 'failed', 'cancelled']
const STRIPE: StripeRefundState[] = ['pending', 'requires_action', 'succeeded', 'failed', 'canceled']

describe('nextRefundState', () => {
  test.each(OURS.flatMap((ours) => STRIPE.map((stripe) => [ours, stripe] as const)))('%s + Stripe %s', (ours, stripe) => {
    const next = nextRefundState(ours, stripe)
    if (ours === 'succeeded' || ours === 'failed' || ours === 'cancelled') return expect(next).toBeNull()
    const expected = stripe === 'succeeded' ? 'succeeded' : stripe === 'failed' || stripe === 'canceled' ? 'failed' : 'processing'
    expect(next).toBe(expected === ours ? null : expected)
  })

  test('an out-of-order "pending" after "succeeded" changes nothing', () => {
    expect(nextRefundState('succeeded', 'pending')).toBeNull()
  })
})

describe('refundIdempotencyKey', () => {
  test('is the trigger and the source id', () => {
    expect(refundIdempotencyKey('keep_it', 'cm123')).toBe('keep_it:cm123')
    expect(refundIdempotencyKey('staff', 'cm1:req-9')).toBe('staff:cm1:req-9')
  })
  test.each(['', ' ', 'a b', 'x'.repeat(201), 'ä'])('refuses source id %j', (source) => {
    expect(() => refundIdempotencyKey('staff', source)).toThrow(RangeError)
  })
})

test('only failed and cancelled refunds give their reservation back', () => {
  expect(OURS.filter(reservesFunds)).toEqual(['pending', 'processing', 'succeeded'])
})
