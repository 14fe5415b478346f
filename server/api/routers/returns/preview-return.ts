import { portalProcedure } from '@/server/api/trpc'
import { previewReturn } from '@/server/services/returns/preview-return'
import { ZPreviewReturnRequestSchema } from './preview-return.types'

/**
 * The policy's decision for the shopper's own order: what can go back, for how much, who pays the
 * label, keep it or ship it. No .output() schema: the decision is a pure domain value with no
 * stored or secret fields, and its type is the contract.
 */
export const previewReturnRoute = portalProcedure.input(ZPreviewReturnRequestSchema).query(({ ctx, input }) =>
  previewReturn(ctx.db, {
    orderId: ctx.shopper.orderId,
    request: { resolution: input.resolution, items: input.items },
    now: ctx.now(),
    locale: input.locale ?? ctx.shop.locale,
  }),
)
