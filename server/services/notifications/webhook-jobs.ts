import type { DbClient } from '@/server/database/prisma-client'
import { enqueueJob } from '@/server/jobs/enqueue-job'

/** Attempts per webhook delivery; graphile-worker waits e^n seconds after the n-th (capped at e^10), about 16 hours in all. */
export const WEBHOOK_MAX_ATTEMPTS = 12

/** Queues the HTTP delivery of one webhook, in the caller's transaction. A replay is a new job for the same delivery. */
export async function enqueueWebhookDelivery(db: DbClient, deliveryId: string, options: { replay: boolean; runAt?: Date; replayId?: string }): Promise<void> {
  await enqueueJob(db, 'webhooks:deliver', { deliveryId, replay: options.replay }, {
    jobKey: options.replay ? `webhooks:deliver:${deliveryId}:replay:${options.replayId}` : `webhooks:deliver:${deliveryId}`,
    jobKeyMode: 'unsafe_dedupe',
    runAt: options.runAt,
    maxAttempts: WEBHOOK_MAX_ATTEMPTS,
  })
}
