import { randomBytes } from 'node:crypto'
import { AppError } from '@/server/app-error'
import type { Db } from '@/server/database/prisma-client'
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@/server/domain/notifications/event-notifications'
import { checkWebhookUrl } from '@/server/domain/notifications/network-address'

export type WebhookEndpointView = {
  id: string
  shopId: string
  url: string
  eventTypes: WebhookEventType[]
  enabled: boolean
  description: string | null
  /** The secret's last characters, to tell endpoints apart; the whole secret is only shown at creation. */
  secretHint: string
  createdAt: Date
}

const view = (row: { id: string; shopId: string; url: string; eventTypes: string[]; enabled: boolean; description: string | null; secret: string; createdAt: Date }): WebhookEndpointView => ({
  id: row.id,
  shopId: row.shopId,
  url: row.url,
  eventTypes: row.eventTypes.filter((t): t is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(t)),
  enabled: row.enabled,
  description: row.description,
  secretHint: `…${row.secret.slice(-4)}`,
  createdAt: row.createdAt,
})

function validUrl(url: string, allowPrivateNetworks: boolean): string {
  const checked = checkWebhookUrl(url.trim(), { allowPrivateNetworks })
  if (!checked.ok) throw new AppError('INVALID_INPUT', { userMessage: checked.reason })
  return checked.url.toString()
}

/** Adds an endpoint with a fresh signing secret, returned this once. */
export async function createWebhookEndpoint(
  db: Db,
  input: { shopId: string; url: string; eventTypes: WebhookEventType[]; description?: string | null; createdById: string | null; allowPrivateNetworks: boolean },
): Promise<{ endpoint: WebhookEndpointView; secret: string }> {
  if (input.eventTypes.length === 0) throw new AppError('INVALID_INPUT', { userMessage: 'Choose at least one event to send.' })
  const secret = `whsec_${randomBytes(24).toString('base64url')}`
  const row = await db.webhookEndpoint.create({
    data: {
      shopId: input.shopId,
      url: validUrl(input.url, input.allowPrivateNetworks),
      secret,
      eventTypes: [...new Set(input.eventTypes)],
      description: input.description?.trim() || null,
      createdById: input.createdById,
    },
  })
  return { endpoint: view(row), secret }
}

export async function listWebhookEndpoints(db: Db, shopIds: readonly string[]): Promise<WebhookEndpointView[]> {
  const rows = await db.webhookEndpoint.findMany({ where: { shopId: { in: [...shopIds] } }, orderBy: { createdAt: 'asc' } })
  return rows.map(view)
}

/** The shop an endpoint belongs to, for the access check before anything else is read or changed. */
export async function webhookEndpointShop(db: Db, endpointId: string): Promise<string> {
  const row = await db.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { shopId: true } })
  if (!row) throw new AppError('WEBHOOK_NOT_FOUND', { userMessage: 'That webhook endpoint does not exist (any more).' })
  return row.shopId
}

export async function updateWebhookEndpoint(
  db: Db,
  input: { id: string; enabled?: boolean; eventTypes?: WebhookEventType[]; url?: string; allowPrivateNetworks: boolean },
): Promise<WebhookEndpointView> {
  if (input.eventTypes && input.eventTypes.length === 0) throw new AppError('INVALID_INPUT', { userMessage: 'Choose at least one event to send.' })
  const row = await db.webhookEndpoint.update({
    where: { id: input.id },
    data: {
      ...(input.enabled === undefined ? {} : { enabled: input.enabled }),
      ...(input.eventTypes ? { eventTypes: [...new Set(input.eventTypes)] } : {}),
      ...(input.url ? { url: validUrl(input.url, input.allowPrivateNetworks) } : {}),
    },
  })
  return view(row)
}

export async function deleteWebhookEndpoint(db: Db, id: string): Promise<void> {
  await db.webhookEndpoint.delete({ where: { id } })
}
