import type { Db } from '@/server/database/prisma-client'
import { SIGNATURE_HEADER, signWebhook } from '@/server/domain/notifications/webhook-signature'
import { type PostWebhook, WebhookRequestError } from '@/server/integrations/webhooks/post-webhook'

export type DeliverWebhookInput = {
  deliveryId: string
  now: () => Date
  /** This attempt's number (1-based) and the job's limit: the last failure marks the delivery failed. */
  attempt: number
  maxAttempts: number
  /** A replay re-sends a delivery even if it already succeeded. */
  replay: boolean
}
export type DeliverWebhookResult = 'delivered' | 'already_delivered' | 'in_progress' | 'failed' | 'endpoint_disabled'

export class WebhookDeliveryError extends Error {
  override readonly name = 'WebhookDeliveryError'
}

/** Worth trying again later: the receiver is down, overloaded or slow. Other 4xx mean "fix your receiver" (then replay). */
export const isRetryable = (statusCode: number | null) => statusCode === null || statusCode >= 500 || statusCode === 408 || statusCode === 429

/**
 * One HTTP attempt of a webhook delivery, signed at send time, logged as an attempt row. The
 * delivery row stays locked during the request, so a retry and a replay never overlap. A retryable
 * failure is rethrown so the job queue tries again with exponential backoff.
 */
export async function deliverWebhook(db: Db, post: PostWebhook, input: DeliverWebhookInput): Promise<DeliverWebhookResult> {
  const outcome = await db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM webhook_deliveries WHERE id = ${input.deliveryId} FOR UPDATE SKIP LOCKED`
      if (!row) return { result: 'in_progress' as const }
      const delivery = await tx.webhookDelivery.findUniqueOrThrow({ where: { id: input.deliveryId }, include: { endpoint: true } })
      if (delivery.status === 'delivered' && !input.replay) return { result: 'already_delivered' as const }
      if (!delivery.endpoint.enabled) {
        await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { status: 'failed', lastError: 'The endpoint is disabled.' } })
        return { result: 'endpoint_disabled' as const }
      }
      const startedAt = input.now()
      const signature = signWebhook(delivery.endpoint.secret, delivery.body, Math.floor(startedAt.getTime() / 1000))
      let statusCode: number | null = null
      let error: string | null = null
      let durationMs = 0
      let responseBody: string | null = null
      try {
        const response = await post(delivery.endpoint.url, delivery.body, {
          [SIGNATURE_HEADER]: signature,
          'Roundtrip-Event-Id': delivery.eventId,
          'Roundtrip-Event-Type': delivery.type,
        })
        statusCode = response.statusCode
        durationMs = response.durationMs
        responseBody = response.body
        if (statusCode < 200 || statusCode >= 300) error = `The receiver answered HTTP ${statusCode}.`
      } catch (caught) {
        error = caught instanceof Error ? caught.message : String(caught)
        durationMs = caught instanceof WebhookRequestError ? caught.durationMs : 0
      }
      await tx.webhookDeliveryAttempt.create({
        data: { deliveryId: delivery.id, startedAt, statusCode, durationMs, error, responseBody, replay: input.replay },
      })
      const delivered = error === null
      const retry = !delivered && isRetryable(statusCode) && input.attempt < input.maxAttempts
      await tx.webhookDelivery.update({
        where: { id: delivery.id },
        data: {
          attempts: { increment: 1 },
          lastStatusCode: statusCode,
          lastError: error,
          status: delivered ? 'delivered' : retry ? 'pending' : 'failed',
          ...(delivered ? { deliveredAt: startedAt } : {}),
        },
      })
      return delivered ? { result: 'delivered' as const } : retry ? { result: 'retry' as const, error: error! } : { result: 'failed' as const }
    },
    { timeout: 60_000 },
  )
  if (outcome.result === 'retry') throw new WebhookDeliveryError(`Webhook delivery ${input.deliveryId} failed (attempt ${input.attempt} of ${input.maxAttempts}): ${outcome.error}`)
  return outcome.result
}
