import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type StripeEmulator, startStripeEmulator } from './index'
import { emulatorClient } from './test-client'

const secret = 'whsec_emulator_test'
const verifier = new Stripe('sk_test_verifier')
let emulator: StripeEmulator
let receiver: Server
let answers: number[] = []
const received: Stripe.Event[] = []

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString('utf8')))
    req.on('end', () => {
      try {
        received.push(verifier.webhooks.constructEvent(body, req.headers['stripe-signature'] ?? '', secret))
        res.writeHead(answers.shift() ?? 200).end()
      } catch {
        res.writeHead(400).end()
      }
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const { port } = receiver.address() as AddressInfo
  emulator = await startStripeEmulator({ refundSettleMs: 5, webhookEndpoints: [{ url: `http://127.0.0.1:${port}/stripe`, secret }], webhooks: { retryBaseMs: 5, maxAttempts: 4 } })
})
afterAll(async () => {
  await emulator.stop()
  await new Promise((resolve) => receiver.close(resolve))
})

describe('stripe emulator: webhooks', () => {
  it('delivers signed refund events and retries after a 500', async () => {
    const stripe = emulatorClient(emulator)
    const pi = emulator.seedPayment({ amount: 1500, currency: 'eur' })
    answers = [500]
    const refund = await stripe.refunds.create({ payment_intent: pi.id, amount: 500 })
    await emulator.flushWebhooks()
    const types = received.map((e) => e.type)
    expect(new Set(types)).toEqual(new Set(['refund.created', 'charge.refunded', 'refund.updated']))
    const updated = received.find((e) => e.type === 'refund.updated')?.data.object as Stripe.Refund
    expect(updated).toMatchObject({ id: refund.id, status: 'succeeded' })
    expect(received.every((e) => e.id.startsWith('evt_'))).toBe(true)
    // One event was answered 500 once, then delivered again.
    const retried = emulator.deliveries().filter((d) => d.attempt === 2)
    expect(retried).toHaveLength(1)
    expect(received.filter((e) => e.id === retried[0]?.eventId)).toHaveLength(2)
  })

  it('emits refund.failed and charge.dispute.created', async () => {
    received.length = 0
    const stripe = emulatorClient(emulator)
    const pi = emulator.seedPayment({ amount: 1500, currency: 'eur' })
    emulator.setFaults({ failRefunds: true })
    await stripe.refunds.create({ payment_intent: pi.id })
    emulator.disputeCharge(pi.latest_charge)
    await emulator.flushWebhooks()
    emulator.setFaults({})
    expect(received.map((e) => e.type)).toEqual(expect.arrayContaining(['refund.failed', 'refund.updated', 'charge.dispute.created']))
  })

  it('duplicates deliveries on request', async () => {
    received.length = 0
    emulator.setFaults({ duplicateWebhooks: true, reorderWebhooksMs: 10, seed: 3 })
    emulator.disputeCharge(emulator.seedPayment({ amount: 100, currency: 'eur' }).latest_charge)
    await emulator.flushWebhooks()
    emulator.setFaults({})
    expect(received).toHaveLength(2)
    expect(received[0]?.id).toBe(received[1]?.id)
  })

  it('gives up after the bounded number of attempts when unreachable', async () => {
    const dead = await startStripeEmulator({ webhookEndpoints: [{ url: 'http://127.0.0.1:9/none', secret }], webhooks: { retryBaseMs: 1, maxAttempts: 3 } })
    dead.disputeCharge(dead.seedPayment({ amount: 100, currency: 'eur' }).latest_charge)
    await dead.flushWebhooks()
    expect(dead.deliveries().map((d) => d.status)).toEqual(['error', 'error', 'error'])
    await dead.stop()
  })
})
