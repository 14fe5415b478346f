import { randomBytes } from 'node:crypto'
import { AppError } from '@/server/app-error'
import type { Db } from '@/server/database/prisma-client'
import { enqueueWebhookDelivery } from './webhook-jobs'

/** The delivery log: newest first, each with its attempts. */
export async function listWebhookDeliveries(db: Db, input: { shopIds: readonly string[]; endpointId?: string; limit?: number }) {
  return db.webhookDelivery.findMany({
    where: { shopId: { in: [...input.shopIds] }, ...(input.endpointId ? { endpointId: input.endpointId } : {}) },
    orderBy: { createdAt: 'desc' },
    take: input.limit ?? 50,
    select: {
      id: true, eventId: true, endpointId: true, shopId: true, type: true, status: true, attempts: true, lastStatusCode: true, lastError: true,
      deliveredAt: true, createdAt: true, body: true,
      endpoint: { select: { url: true } },
      attemptsLog: { orderBy: { startedAt: 'desc' }, select: { id: true, startedAt: true, statusCode: true, durationMs: true, error: true, replay: true } },
    },
  })
}

export async function webhookDeliveryShop(db: Db, deliveryId: string): Promise<string> {
  const row = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { shopId: true } })
  if (!row) throw new AppError('WEBHOOK_NOT_FOUND', { userMessage: 'That webhook delivery does not exist.' })
  return row.shopId
}

/** Sends a delivery again: same event id, same body, a fresh signature; logged as a replay attempt. */
export async function replayWebhookDelivery(db: Db, input: { deliveryId: string; now: Date }): Promise<{ queued: true }> {
  await db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findUniqueOrThrow({ where: { id: input.deliveryId }, select: { id: true, endpoint: { select: { enabled: true } } } })
    if (!delivery.endpoint.enabled) throw new AppError('CONFLICT', { userMessage: 'Enable the endpoint before replaying to it.' })
    await enqueueWebhookDelivery(tx, delivery.id, { replay: true, runAt: input.now, replayId: randomBytes(6).toString('hex') })
  })
  return { queued: true }
}
