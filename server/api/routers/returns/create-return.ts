import { AppError } from '@/server/app-error'
import { shopperProcedure } from '@/server/api/trpc'
import { createReturn } from '@/server/services/returns/create-return'
import { getShopBranding } from '@/server/services/shops/get-shop-branding'
import { ZCreateReturnRequestSchema, ZCreateReturnResponseSchema } from './create-return.types'

/** Submits the shopper's return for their own order; safe to retry with the same key. */
export const createReturnRoute = shopperProcedure
  .input(ZCreateReturnRequestSchema)
  .output(ZCreateReturnResponseSchema)
  .mutation(async ({ ctx, input }) => {
    const shop = await getShopBranding(ctx.db, input.shopSlug)
    if (shop.id !== ctx.shopper.shopId) {
      throw new AppError('UNAUTHENTICATED', { userMessage: 'Please look up your order for this shop.' })
    }
    const created = await createReturn(ctx.db, {
      orderId: ctx.shopper.orderId,
      request: { resolution: input.resolution, items: input.items },
      idempotencyKey: input.idempotencyKey,
      now: ctx.now(),
    })
    return { rma: created.rma, status: created.status, created: created.created }
  })
