import { shopperLocale } from '@/server/api/http/shopper-locale'
import { portalProcedure } from '@/server/api/trpc'
import { createReturn } from '@/server/services/returns/create-return'
import { ZCreateReturnRequestSchema, ZCreateReturnResponseSchema } from './create-return.types'

/** Submits the shopper's return for their own order; safe to retry with the same key. */
export const createReturnRoute = portalProcedure
  .input(ZCreateReturnRequestSchema)
  .output(ZCreateReturnResponseSchema)
  .mutation(async ({ ctx, input }) => {
    const created = await createReturn(ctx.db, {
      orderId: ctx.shopper.orderId,
      request: { resolution: input.resolution, items: input.items },
      idempotencyKey: input.idempotencyKey,
      now: ctx.now(),
      locale: shopperLocale(ctx.headers, ctx.shop.locale),
    })
    return { rma: created.rma, status: created.status, created: created.created }
  })
