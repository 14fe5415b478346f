import { z } from 'zod'
import { adminProcedure, assertShopAccess, router } from '@/server/api/trpc'
import { connectShopify, disconnectShopify, getShopifyConnection } from '@/server/services/shops/shopify-connection'

const ZShopInput = z.object({ shopId: z.string().min(1).max(64) })

/** Which Shopify store sends this shop its order webhooks: shop administrators only. */
export const shopifyRouter = router({
  connection: adminProcedure.input(ZShopInput).query(({ ctx, input }) => {
    assertShopAccess(ctx.staff, input.shopId, 'admin')
    return getShopifyConnection(ctx.db, input.shopId)
  }),
  connect: adminProcedure.input(ZShopInput.extend({ shopDomain: z.string().max(200), webhookSecret: z.string().max(500) })).mutation(({ ctx, input }) => {
    assertShopAccess(ctx.staff, input.shopId, 'admin')
    return connectShopify(ctx.db, input.shopId, input)
  }),
  disconnect: adminProcedure.input(ZShopInput).mutation(({ ctx, input }) => {
    assertShopAccess(ctx.staff, input.shopId, 'admin')
    return disconnectShopify(ctx.db, input.shopId)
  }),
})
