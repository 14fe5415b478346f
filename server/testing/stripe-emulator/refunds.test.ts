import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type StripeEmulator, startStripeEmulator } from './index'
import { emulatorClient } from './test-client'

let emulator: StripeEmulator
let stripe: Stripe

beforeAll(async () => {
  emulator = await startStripeEmulator({ refundSettleMs: 20 })
  stripe = emulatorClient(emulator)
})
afterAll(() => emulator.stop())

async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  const err = await promise.then(() => undefined, (e: unknown) => e)
  expect(err).toBeInstanceOf(Stripe.errors.StripeError)
  return err as Stripe.errors.StripeError
}

describe('stripe emulator: payments and refunds', () => {
  it('creates and retrieves a payment intent with its charge', async () => {
    const pi = await stripe.paymentIntents.create({ amount: 5000, currency: 'eur', metadata: { orderId: 'o1' } })
    expect(pi).toMatchObject({ status: 'succeeded', amount_received: 5000, metadata: { orderId: 'o1' } })
    const charge = await stripe.charges.retrieve(pi.latest_charge as string)
    expect(charge).toMatchObject({ amount: 5000, amount_refunded: 0, refunded: false, payment_intent: pi.id })
    expect((await stripe.paymentIntents.retrieve(pi.id)).id).toBe(pi.id)
  })

  it('creates, retrieves and lists refunds; pending settles to succeeded', async () => {
    const pi = emulator.seedPayment({ amount: 3000, currency: 'EUR' })
    const refund = await stripe.refunds.create({ payment_intent: pi.id, amount: 1000, reason: 'requested_by_customer', metadata: { returnId: 'r1' } })
    expect(refund).toMatchObject({ status: 'pending', amount: 1000, currency: 'eur', metadata: { returnId: 'r1' } })
    const rest = await stripe.refunds.create({ payment_intent: pi.id })
    expect(rest.amount).toBe(2000)
    await emulator.flushWebhooks()
    expect((await stripe.refunds.retrieve(refund.id)).status).toBe('succeeded')
    const list = await stripe.refunds.list({ payment_intent: pi.id })
    expect(list.data.map((r) => r.id)).toEqual([rest.id, refund.id])
    expect(list.has_more).toBe(false)
    expect(await stripe.charges.retrieve(pi.latest_charge)).toMatchObject({ amount_refunded: 3000, refunded: true })
  })

  it('rejects bad amounts with the real error codes', async () => {
    const pi = emulator.seedPayment({ amount: 1000, currency: 'eur' })
    const zero = await rejection(stripe.refunds.create({ payment_intent: pi.id, amount: 0 }))
    expect(zero).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(zero.code).toBe('parameter_invalid_integer')
    expect((await rejection(stripe.refunds.create({ payment_intent: pi.id, amount: 1001 }))).code).toBe('amount_too_large')
    await stripe.refunds.create({ payment_intent: pi.id })
    expect((await rejection(stripe.refunds.create({ payment_intent: pi.id, amount: 1 }))).code).toBe('charge_already_refunded')
    const missing = await rejection(stripe.refunds.create({ payment_intent: 'pi_nope' }))
    expect([missing.code, missing.statusCode]).toEqual(['resource_missing', 404])
  })

  it('gives failed refunds back to the charge when configured to fail', async () => {
    const pi = emulator.seedPayment({ amount: 800, currency: 'eur' })
    emulator.setFaults({ failRefunds: true })
    const refund = await stripe.refunds.create({ payment_intent: pi.id })
    await emulator.flushWebhooks()
    emulator.setFaults({})
    expect(await stripe.refunds.retrieve(refund.id)).toMatchObject({ status: 'failed', failure_reason: 'expired_or_canceled_card' })
    expect((await stripe.charges.retrieve(pi.latest_charge)).amount_refunded).toBe(0)
  })

  it('refuses to refund a disputed charge', async () => {
    const pi = emulator.seedPayment({ amount: 1000, currency: 'eur' })
    emulator.disputeCharge(pi.latest_charge)
    expect((await rejection(stripe.refunds.create({ charge: pi.latest_charge }))).code).toBe('charge_disputed')
  })
})

describe('stripe emulator: idempotency', () => {
  it('replays the stored response for the same key and parameters', async () => {
    const pi = emulator.seedPayment({ amount: 1000, currency: 'eur' })
    const first = await stripe.refunds.create({ payment_intent: pi.id, amount: 400 }, { idempotencyKey: 'idem-1' })
    const again = await stripe.refunds.create({ payment_intent: pi.id, amount: 400 }, { idempotencyKey: 'idem-1' })
    expect(again.id).toBe(first.id)
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true')
    expect(emulator.refunds().filter((r) => r.payment_intent === pi.id)).toHaveLength(1)
  })

  it('rejects the same key with other parameters', async () => {
    const pi = emulator.seedPayment({ amount: 1000, currency: 'eur' })
    await stripe.refunds.create({ payment_intent: pi.id, amount: 100 }, { idempotencyKey: 'idem-2' })
    const err = await rejection(stripe.refunds.create({ payment_intent: pi.id, amount: 200 }, { idempotencyKey: 'idem-2' }))
    expect(err).toBeInstanceOf(Stripe.errors.StripeIdempotencyError)
    expect(err.type).toBe('StripeIdempotencyError')
  })

  it('scopes keys per secret key', async () => {
    const pi = emulator.seedPayment({ amount: 1000, currency: 'eur' })
    const other = new Stripe('sk_test_other', { host: '127.0.0.1', port: emulator.port, protocol: 'http', maxNetworkRetries: 0 })
    const a = await stripe.refunds.create({ payment_intent: pi.id, amount: 100 }, { idempotencyKey: 'idem-3' })
    const b = await other.refunds.create({ payment_intent: pi.id, amount: 100 }, { idempotencyKey: 'idem-3' })
    expect(b.id).not.toBe(a.id)
  })
})
