import { z } from 'zod'
import { AppError } from '@/server/app-error'
import { shopperProcedure } from '@/server/api/trpc'
import { loadOrderSummary } from '@/server/services/orders/order-summary'
import { getShopBranding } from '@/server/services/shops/get-shop-branding'
import { ZShopSlug } from './lookup-order.types'
import { ZOrderSummaryResponseSchema } from './order-summary.types'

/** The order this shopper proved earlier, so a reload or the back button keeps their place. */
export const currentOrderRoute = shopperProcedure
  .input(z.object({ shopSlug: ZShopSlug }))
  .output(ZOrderSummaryResponseSchema)
  .query(async ({ ctx, input }) => {
    const shop = await getShopBranding(ctx.db, input.shopSlug)
    if (shop.id !== ctx.shopper.shopId) {
      throw new AppError('UNAUTHENTICATED', { userMessage: 'Please look up your order for this shop.' })
    }
    return loadOrderSummary(ctx.db, ctx.shopper.orderId)
  })
