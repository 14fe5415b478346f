import type { Db } from '@/server/database/prisma-client'
import { logError } from '@/server/security/log'
import { type StripeEmulator, startStripeEmulator } from '@/server/testing/stripe-emulator'

export interface DevStripe {
  env: { STRIPE_SECRET_KEY: string; STRIPE_API_BASE: string; STRIPE_WEBHOOK_SECRET: string }
  stop(): Promise<void>
}

/**
 * The offline demo's Stripe: the bundled emulator, told about every order's payment (and refunds
 * already made) from the database, and about new orders as they arrive. Webhooks go to this app.
 */
export async function startDevStripe(options: { db: Db; appPort: string; webhookSecret: string }): Promise<DevStripe> {
  const emulator = await startStripeEmulator({
    refundSettleMs: 1500,
    webhookEndpoints: [{ url: `http://127.0.0.1:${options.appPort}/api/webhooks/stripe`, secret: options.webhookSecret }],
    // Next.js may still be starting when the first event fires: retry for about a minute.
    webhooks: { maxAttempts: 8, retryBaseMs: 500, deliveryTimeoutMs: 10_000 },
  })
  let since = new Date(0)
  const sync = async () => {
    const started = new Date()
    await seedPayments(options.db, emulator, since)
    since = new Date(started.getTime() - 5000)
  }
  await sync()
  const timer = setInterval(() => void sync().catch((error: unknown) => logError('[stripe-emulator] sync failed:', error)), 5000)
  return {
    env: { STRIPE_SECRET_KEY: emulator.apiKey, STRIPE_API_BASE: emulator.url, STRIPE_WEBHOOK_SECRET: options.webhookSecret },
    async stop() {
      clearInterval(timer)
      await emulator.stop()
    },
  }
}

async function seedPayments(db: Db, emulator: StripeEmulator, since: Date): Promise<void> {
  const orders = await db.order.findMany({
    where: { paymentReference: { not: null }, updatedAt: { gte: since } },
    select: { paymentReference: true, capturedAmount: true, currency: true, refunds: { where: { stripeRefundId: { not: null } }, select: { id: true, stripeRefundId: true, amount: true, status: true } } },
  })
  for (const order of orders) {
    emulator.seedPayment({ id: order.paymentReference!, amount: order.capturedAmount, currency: order.currency })
    for (const refund of order.refunds) {
      if (refund.status !== 'succeeded' && refund.status !== 'processing') continue
      emulator.seedRefund({ id: refund.stripeRefundId!, paymentIntent: order.paymentReference!, amount: refund.amount, status: 'succeeded', metadata: { roundtrip_refund_id: refund.id } })
    }
  }
}
