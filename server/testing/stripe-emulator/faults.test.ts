import Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { seededRandom as prng } from '@/server/testing/seeded-random'
import { type StripeEmulator, startStripeEmulator } from './index'
import { emulatorClient } from './test-client'

let emulator: StripeEmulator

beforeAll(async () => {
  emulator = await startStripeEmulator({ refundSettleMs: 1 })
})
beforeEach(() => emulator.setFaults({}))
afterAll(() => emulator.stop())

describe('stripe emulator: faults', () => {
  it('uses a reproducible PRNG', () => {
    const a = prng(42)
    const b = prng(42)
    expect([a(), a(), a()]).toEqual([b(), b(), b()])
  })

  it('drops the connection after the refund was made; the same key gets it back', async () => {
    const stripe = emulatorClient(emulator)
    const pi = emulator.seedPayment({ amount: 1000, currency: 'eur' })
    // Two drops: the SDK retries a reset socket once even with maxNetworkRetries 0.
    emulator.setFaults({ match: 'POST /v1/refunds', sequence: ['drop-after-success', 'drop-after-success'] })
    const err = await stripe.refunds.create({ payment_intent: pi.id }, { idempotencyKey: 'drop-1' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(Stripe.errors.StripeConnectionError)
    const made = emulator.refunds().filter((r) => r.payment_intent === pi.id)
    expect(made).toHaveLength(1)
    const retried = await stripe.refunds.create({ payment_intent: pi.id }, { idempotencyKey: 'drop-1' })
    expect(retried.id).toBe(made[0]?.id)
    expect(emulator.refunds().filter((r) => r.payment_intent === pi.id)).toHaveLength(1)
  })

  it('answers 429 with Retry-After and 500 as an API error', async () => {
    const stripe = emulatorClient(emulator)
    const pi = emulator.seedPayment({ amount: 1000, currency: 'eur' })
    emulator.setFaults({ sequence: ['429', '500'] })
    const limited = await stripe.paymentIntents.retrieve(pi.id).catch((e: unknown) => e)
    expect(limited).toBeInstanceOf(Stripe.errors.StripeRateLimitError)
    expect((limited as Stripe.errors.StripeError).headers?.['retry-after']).toBe('1')
    expect(await stripe.paymentIntents.retrieve(pi.id).catch((e: unknown) => e)).toBeInstanceOf(Stripe.errors.StripeAPIError)
    expect((await stripe.paymentIntents.retrieve(pi.id)).id).toBe(pi.id)
  })

  it('holds the socket past the client timeout without executing the request', async () => {
    const stripe = emulatorClient(emulator, { timeout: 100, maxNetworkRetries: 1 })
    const pi = emulator.seedPayment({ amount: 1000, currency: 'eur' })
    emulator.setFaults({ sequence: ['timeout'], timeoutMs: 1000 })
    const refund = await stripe.refunds.create({ payment_intent: pi.id }, { idempotencyKey: 'timeout-1' })
    expect(emulator.refunds().filter((r) => r.payment_intent === pi.id).map((r) => r.id)).toEqual([refund.id])
    expect(emulator.requests().some((r) => r.status === 'timeout')).toBe(true)
  })

  it('makes every refund exactly once at a 30% fault rate with SDK retries and fixed keys', async () => {
    const stripe = emulatorClient(emulator, { maxNetworkRetries: 5 })
    const payments = Array.from({ length: 25 }, () => emulator.seedPayment({ amount: 2000, currency: 'eur' }))
    emulator.setFaults({ rate: 0.3, seed: 7, kinds: ['500', 'drop-after-success'], match: 'POST /v1/refunds' })
    const results = await Promise.all(payments.map((pi) => stripe.refunds.create({ payment_intent: pi.id, amount: 500 }, { idempotencyKey: `rate-${pi.id}` })))
    for (const pi of payments) {
      const made = emulator.refunds().filter((r) => r.payment_intent === pi.id)
      expect(made.map((r) => r.id)).toEqual([results.find((r) => r.payment_intent === pi.id)?.id])
    }
    const faulted = emulator.requests().filter((r) => r.fault !== null)
    expect(faulted.length).toBeGreaterThan(3)
    expect(faulted.some((r) => r.fault === 'drop-after-success')).toBe(true)
  })
})
