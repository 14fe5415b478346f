import { z } from 'zod'
import { WEBHOOK_EVENT_TYPES } from '@/server/domain/notifications/event-notifications'

const ZId = z.string().min(1).max(64)
const ZEventTypes = z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1, 'Choose at least one event to send.').max(WEBHOOK_EVENT_TYPES.length)
const ZUrl = z.string().trim().min(8).max(2000)

export const ZShopRequestSchema = z.object({ shopId: ZId })
export const ZCreateEndpointRequestSchema = z.object({ shopId: ZId, url: ZUrl, eventTypes: ZEventTypes, description: z.string().trim().max(200).optional() })
export const ZUpdateEndpointRequestSchema = z.object({ id: ZId, enabled: z.boolean().optional(), eventTypes: ZEventTypes.optional(), url: ZUrl.optional() })
export const ZEndpointRequestSchema = z.object({ id: ZId })
export const ZDeliveriesRequestSchema = z.object({ shopId: ZId, endpointId: ZId.optional(), limit: z.number().int().min(1).max(200).optional() })
export const ZReplayRequestSchema = z.object({ deliveryId: ZId })
