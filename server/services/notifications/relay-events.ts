import { randomBytes } from 'node:crypto'
import type { Prisma } from '@/prisma/generated/client'
import type { Db } from '@/server/database/prisma-client'
import { renderReturnEmail } from '@/server/domain/notifications/emails/return-emails'
import { emailDedupeKey, notificationsForEvent, webhookDedupeKey } from '@/server/domain/notifications/event-notifications'
import { webhookBody } from '@/server/domain/notifications/webhook-envelope'
import { env } from '@/server/env'
import { emailText } from '@/server/i18n/email-text'
import { enqueueMessage } from '@/server/services/outbox/enqueue-message'
import { enqueueWebhookDelivery } from './webhook-jobs'
import { loadNotificationReturns } from './return-context'

export type RelayOptions = { now: Date; returnId?: string; batchSize?: number; publicUrl?: string }

/**
 * Turns pending return events (queued by a trigger on return_events, see the notifications migration)
 * into shopper emails and webhook deliveries. Each batch is one transaction: lock the pending rows
 * (SKIP LOCKED, so concurrent relays share the work), write the outbox messages and deliveries with
 * dedupe keys derived from the event id, queue their jobs, delete the pending rows. A crash anywhere
 * rolls it all back and the next run does it again; a second run finds nothing left to do.
 */
export async function relayEvents(db: Db, options: RelayOptions): Promise<{ relayed: number }> {
  const batchSize = options.batchSize ?? 100
  const publicUrl = options.publicUrl ?? env().PUBLIC_URL
  let relayed = 0
  for (;;) {
    const count = await db.$transaction((tx) => relayBatch(tx, { ...options, batchSize, publicUrl }), { timeout: 30_000 })
    relayed += count
    if (count < batchSize) return { relayed }
  }
}

async function relayBatch(tx: Prisma.TransactionClient, options: Required<Pick<RelayOptions, 'batchSize' | 'publicUrl' | 'now'>> & RelayOptions): Promise<number> {
  const pending = await tx.$queryRaw<{ event_id: bigint }[]>`
    SELECT event_id FROM pending_return_events
    WHERE ${options.returnId ?? null}::text IS NULL OR return_id = ${options.returnId ?? null}::text
    ORDER BY event_id LIMIT ${options.batchSize} FOR UPDATE SKIP LOCKED`
  if (pending.length === 0) return 0
  const ids = pending.map((row) => row.event_id)
  const events = await tx.returnEvent.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } })
  const returns = await loadNotificationReturns(tx, [...new Set(events.map((e) => e.returnId))], options.publicUrl)
  const shopIds = [...new Set([...returns.values()].map((r) => r.shop.id))]
  const endpoints = await tx.webhookEndpoint.findMany({ where: { shopId: { in: shopIds }, enabled: true }, select: { id: true, shopId: true, eventTypes: true } })

  for (const event of events) {
    const ret = returns.get(event.returnId)
    if (!ret) continue
    const { email, webhook } = notificationsForEvent(event, ret)
    if (email) {
      const rendered = renderReturnEmail(email, ret.emailContext(rejectionReason(event)), emailText(ret.locale))
      await enqueueMessage(tx, {
        dedupeKey: emailDedupeKey(event.id, email),
        channel: 'email',
        recipient: ret.recipient,
        template: `return.${email}`,
        data: { ...rendered, ...(ret.replyTo ? { replyTo: ret.replyTo } : {}), eventId: event.id.toString() },
        subject: rendered.subject,
        sendAfter: options.now,
        shopId: ret.shop.id,
        locale: ret.locale,
      })
    }
    const subscribed = webhook ? endpoints.filter((e) => e.shopId === ret.shop.id && e.eventTypes.includes(webhook)) : []
    if (webhook && subscribed.length > 0 && event.toStatus) {
      // One envelope id per event, the same for every endpoint and every retry or replay.
      const eventId = `evt_${randomBytes(12).toString('hex')}`
      const body = webhookBody({
        id: eventId,
        type: webhook,
        created: event.createdAt.toISOString(),
        shop: { id: ret.shop.id, slug: ret.shop.slug },
        data: ret.publicReturn(event.toStatus),
      })
      const created = await tx.webhookDelivery.createManyAndReturn({
        data: subscribed.map((endpoint) => ({
          eventId, dedupeKey: webhookDedupeKey(event.id, endpoint.id), endpointId: endpoint.id, shopId: ret.shop.id, type: webhook, body,
        })),
        skipDuplicates: true,
        select: { id: true },
      })
      for (const delivery of created) await enqueueWebhookDelivery(tx, delivery.id, { replay: false, runAt: options.now })
    }
  }
  await tx.$executeRaw`DELETE FROM pending_return_events WHERE event_id = ANY(${ids}::bigint[])`
  return ids.length
}

/** Staff give the shopper-facing reason in `data.reason`; the note is the fallback. */
function rejectionReason(event: { toStatus: string | null; note: string | null; data: Prisma.JsonValue }): string | null {
  if (event.toStatus !== 'rejected') return null
  const data = event.data as { reason?: unknown } | null
  return typeof data?.reason === 'string' && data.reason.trim() ? data.reason.trim() : (event.note?.trim() || null)
}
