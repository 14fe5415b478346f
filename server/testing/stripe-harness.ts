import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type Stripe from 'stripe'
import type { ReturnStatus } from '@/prisma/generated/client'
import type { Db } from '@/server/database/prisma-client'
import { createOrder, createShop } from './factories'
import { type StripeEmulator, type StripeEmulatorOptions, startStripeEmulator } from './stripe-emulator'
import { emulatorClient } from './stripe-emulator/test-client'

export interface StripeHarness {
  emulator: StripeEmulator
  stripe: Stripe
  /** Where the emulator delivers webhooks: the app's real route handler, over HTTP. */
  webhookUrl: string
  /** Every webhook answer the app gave, in order. */
  answers: { status: number; body: string }[]
  stop(): Promise<void>
}

/**
 * The Stripe emulator wired to the app's `/api/webhooks/stripe` route handler (the real one, signature
 * check included), served on a loopback port so deliveries are real HTTP with retries.
 */
export async function startStripeHarness(options: StripeEmulatorOptions = {}): Promise<StripeHarness> {
  const { POST } = await import('@/app/api/webhooks/stripe/route')
  const answers: StripeHarness['answers'] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const headers = new Headers()
      for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(key, value)
      POST(new Request('http://app.test/api/webhooks/stripe', { method: 'POST', headers, body: Buffer.concat(chunks) }))
        .then(async (response) => {
          const body = await response.text()
          answers.push({ status: response.status, body })
          res.writeHead(response.status, { 'content-type': 'application/json' }).end(body)
        })
        .catch((error: unknown) => res.writeHead(500).end(String(error)))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhooks/stripe`
  const emulator = await startStripeEmulator({
    refundSettleMs: 20,
    webhooks: { retryBaseMs: 20, maxAttempts: 6 },
    ...options,
    webhookEndpoints: [{ url: webhookUrl, secret: process.env.STRIPE_WEBHOOK_SECRET! }],
  })
  return {
    emulator,
    stripe: emulatorClient(emulator),
    webhookUrl,
    answers,
    async stop() {
      await emulator.stop()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

export interface PaidReturnOptions {
  unitPrice?: number
  quantity?: number
  status?: ReturnStatus
  resolution?: 'refund' | 'store_credit' | 'replacement'
  keepItem?: boolean
  refundAmount?: number
  receivedQuantity?: number | null
}

/** A paid order (its payment seeded in the emulator) with one return in the given state. */
export async function paidReturn(db: Db, emulator: StripeEmulator, options: PaidReturnOptions = {}) {
  const unitPrice = options.unitPrice ?? 2500
  const quantity = options.quantity ?? 1
  const shop = await createShop(db)
  const order = await createOrder(db, shop, { number: `P-${randomBytes(4).toString('hex')}`, email: 'payer@example.com', lines: [{ title: 'Lamp', unitPrice, quantity }] })
  emulator.seedPayment({ id: order.paymentReference!, amount: order.capturedAmount, currency: order.currency })
  const refundAmount = options.refundAmount ?? unitPrice * quantity
  const returnRequest = await db.returnRequest.create({
    data: {
      shopId: shop.id,
      orderId: order.id,
      rma: `R-${randomBytes(4).toString('hex').toUpperCase()}`,
      status: options.status ?? 'inspected',
      resolution: options.resolution ?? 'refund',
      keepItem: options.keepItem ?? false,
      currency: order.currency,
      itemsAmount: unitPrice * quantity,
      refundAmount,
      items: { create: { orderLineId: order.lines[0]!.id, quantity, receivedQuantity: options.receivedQuantity ?? null, reason: 'defective', refundAmount } },
    },
  })
  return { shop, order, returnRequest }
}

/** Polls until `check` passes or the time is up (then fails with the last error). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 20_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, everyMs))
    }
  }
}
