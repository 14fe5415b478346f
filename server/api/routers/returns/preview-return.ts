import { AppError } from '@/server/app-error'
import { shopperProcedure } from '@/server/api/trpc'
import { previewReturn } from '@/server/services/returns/preview-return'
import { getShopBranding } from '@/server/services/shops/get-shop-branding'
import { ZPreviewReturnRequestSchema } from './preview-return.types'

/**
 * The policy's decision for the shopper's own order: what can go back, for how much, who pays the
 * label, keep it or ship it. No .output() schema: the decision is a pure domain value with no
 * stored or secret fields, and its type is the contract.
 */
export const previewReturnRoute = shopperProcedure.input(ZPreviewReturnRequestSchema).query(async ({ ctx, input }) => {
  const shop = await getShopBranding(ctx.db, input.shopSlug)
  if (shop.id !== ctx.shopper.shopId) {
    throw new AppError('UNAUTHENTICATED', { userMessage: 'Please look up your order for this shop.' })
  }
  const { shopSlug: _shopSlug, locale, resolution, items } = input
  return previewReturn(ctx.db, {
    orderId: ctx.shopper.orderId,
    request: { resolution, items },
    now: ctx.now(),
    locale: locale ?? shop.locale,
  })
})
