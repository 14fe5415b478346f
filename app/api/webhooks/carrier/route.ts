import { NextResponse } from 'next/server'
import { z } from 'zod'
import { errorResponse } from '@/server/api/http/request-context'
import { getDb } from '@/server/db'
import { TRACKING_EVENT_TYPES } from '@/server/domain/tracking-progress'
import { env } from '@/server/env'
import { verifyWebhook } from '@/server/integrations/carriers/webhook-signature'
import { applyCarrierEvent } from '@/server/services/tracking/apply-carrier-event'

const ZCarrierEvent = z.object({
  id: z.string().min(1).max(200),
  trackingNumber: z.string().min(5).max(40),
  type: z.enum(TRACKING_EVENT_TYPES),
  occurredAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
})

/** Tracking events from the carrier network: signed, replay-proof, idempotent per event id. */
export async function POST(request: Request) {
  const secret = env().CARRIER_WEBHOOK_SECRET
  if (!secret) return NextResponse.json({ error: { code: 'NOT_CONFIGURED', message: 'Carrier webhooks are not configured.' } }, { status: 503 })
  const raw = await request.text()
  const check = verifyWebhook(raw, request.headers.get('x-roundtrip-signature'), secret, Math.floor(Date.now() / 1000))
  if (!check.ok) return NextResponse.json({ error: { code: 'UNAUTHENTICATED', message: `Signature ${check.reason}.` } }, { status: 401 })

  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    return NextResponse.json({ error: { code: 'INVALID_INPUT', message: 'The body is not JSON.' } }, { status: 400 })
  }
  const event = ZCarrierEvent.safeParse(body)
  if (!event.success) {
    return NextResponse.json({ error: { code: 'INVALID_INPUT', message: 'Not a tracking event.', issues: z.flattenError(event.error).fieldErrors } }, { status: 400 })
  }
  try {
    const outcome = await applyCarrierEvent(getDb(), { ...event.data, payload: body as Record<string, string> })
    return NextResponse.json(outcome, { status: 200 })
  } catch (error) {
    return errorResponse(error)
  }
}
