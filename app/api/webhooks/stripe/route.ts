import { NextResponse } from 'next/server'
import Stripe from 'stripe'
import { getDb } from '@/server/db'
import { env } from '@/server/env'
import { logError } from '@/server/security/log'
import { handleStripeEvent } from '@/server/services/payments/handle-stripe-event'

// Signature checks need the exact bytes Stripe signed; only the static helper is used, no API key.
const webhooks = Stripe.webhooks

/**
 * Stripe events: raw body, signature checked with the endpoint's signing secret (5-minute tolerance),
 * then processed once per event id. A 5xx makes Stripe deliver again, so only our own failures use it.
 */
export async function POST(request: Request) {
  const secret = env().STRIPE_WEBHOOK_SECRET
  if (!secret) return NextResponse.json({ error: { code: 'NOT_CONFIGURED', message: 'Stripe webhooks are not configured (STRIPE_WEBHOOK_SECRET).' } }, { status: 503 })
  const raw = await request.text()
  const signature = request.headers.get('stripe-signature')
  if (!signature) return NextResponse.json({ error: { code: 'UNAUTHENTICATED', message: 'Missing Stripe-Signature header.' } }, { status: 400 })
  let event: Stripe.Event
  try {
    event = await webhooks.constructEventAsync(raw, signature, secret)
  } catch (error) {
    const message = error instanceof Error ? error.message : 'invalid signature'
    return NextResponse.json({ error: { code: 'UNAUTHENTICATED', message: `Signature check failed: ${message}` } }, { status: 400 })
  }
  try {
    const result = await handleStripeEvent(getDb(), event, new Date())
    return NextResponse.json({ received: true, result })
  } catch (error) {
    logError(`[stripe] event ${event.id} (${event.type}) failed; Stripe will retry:`, error)
    return NextResponse.json({ error: { code: 'INTERNAL', message: 'Could not process the event; please retry.' } }, { status: 500 })
  }
}
