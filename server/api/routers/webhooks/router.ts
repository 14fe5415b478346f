import { adminProcedure, assertShopAccess, router } from '@/server/api/trpc'
import { allowPrivateWebhookTargets } from '@/server/services/notifications/network-policy'
import { listWebhookDeliveries, replayWebhookDelivery, webhookDeliveryShop } from '@/server/services/notifications/webhook-deliveries'
import {
  createWebhookEndpoint, deleteWebhookEndpoint, listWebhookEndpoints, updateWebhookEndpoint, webhookEndpointShop,
} from '@/server/services/notifications/webhook-endpoints'
import {
  ZCreateEndpointRequestSchema, ZDeliveriesRequestSchema, ZEndpointRequestSchema, ZReplayRequestSchema, ZShopRequestSchema, ZUpdateEndpointRequestSchema,
} from './webhooks.types'

/** Outgoing webhooks: shop administrators only, each call checked against the shop it touches. */
export const webhooksRouter = router({
  list: adminProcedure.input(ZShopRequestSchema).query(({ ctx, input }) => {
    assertShopAccess(ctx.staff, input.shopId, 'admin')
    return listWebhookEndpoints(ctx.db, [input.shopId])
  }),
  /** The signing secret is in this answer and nowhere else, ever. */
  create: adminProcedure.input(ZCreateEndpointRequestSchema).mutation(({ ctx, input }) => {
    assertShopAccess(ctx.staff, input.shopId, 'admin')
    return createWebhookEndpoint(ctx.db, { ...input, createdById: ctx.staff.userId, allowPrivateNetworks: allowPrivateWebhookTargets() })
  }),
  update: adminProcedure.input(ZUpdateEndpointRequestSchema).mutation(async ({ ctx, input }) => {
    assertShopAccess(ctx.staff, await webhookEndpointShop(ctx.db, input.id), 'admin')
    return updateWebhookEndpoint(ctx.db, { ...input, allowPrivateNetworks: allowPrivateWebhookTargets() })
  }),
  remove: adminProcedure.input(ZEndpointRequestSchema).mutation(async ({ ctx, input }) => {
    assertShopAccess(ctx.staff, await webhookEndpointShop(ctx.db, input.id), 'admin')
    await deleteWebhookEndpoint(ctx.db, input.id)
    return { removed: true }
  }),
  /** Scoped by shop: an endpoint id from another shop simply matches nothing. */
  deliveries: adminProcedure.input(ZDeliveriesRequestSchema).query(({ ctx, input }) => {
    assertShopAccess(ctx.staff, input.shopId, 'admin')
    return listWebhookDeliveries(ctx.db, { shopIds: [input.shopId], endpointId: input.endpointId, limit: input.limit })
  }),
  replay: adminProcedure.input(ZReplayRequestSchema).mutation(async ({ ctx, input }) => {
    assertShopAccess(ctx.staff, await webhookDeliveryShop(ctx.db, input.deliveryId), 'admin')
    return replayWebhookDelivery(ctx.db, { deliveryId: input.deliveryId, now: ctx.now() })
  }),
})
