import { z } from 'zod'
import { ZLocale } from '@/server/api/schemas'
import { portalProcedure, router } from '@/server/api/trpc'
import { returnOptions } from '@/server/services/returns/return-options'
import { findShopperReturn, returnStatus, returnsForOrder } from '@/server/services/returns/return-status'
import { issueLabelQuietly } from '@/server/services/returns/submit-draft'
import { createReturnRoute } from './create-return'
import { previewReturnRoute } from './preview-return'

export const returnsRouter = router({
  preview: previewReturnRoute,
  create: createReturnRoute,
  /** Every line of the shopper's order, with what can be returned and why not. */
  options: portalProcedure
    .input(z.object({ locale: ZLocale.optional() }))
    .query(({ ctx, input }) => returnOptions(ctx.db, { orderId: ctx.shopper.orderId, now: ctx.now(), locale: input.locale ?? ctx.shop.locale })),
  /** One of the shopper's returns, by RMA; another order's return is simply not found. */
  status: portalProcedure
    .input(z.object({ rma: z.string().min(5).max(20) }))
    .query(({ ctx, input }) => returnStatus(ctx.db, { orderId: ctx.shopper.orderId, rma: input.rma })),
  forOrder: portalProcedure.query(({ ctx }) => returnsForOrder(ctx.db, ctx.shopper.orderId)),
  /** Issues the label of an approved return that ships if it is still missing (after a failed first try). */
  ensureLabel: portalProcedure.input(z.object({ rma: z.string().min(5).max(20) })).mutation(async ({ ctx, input }) => {
    const { id } = await findShopperReturn(ctx.db, { orderId: ctx.shopper.orderId, rma: input.rma })
    await issueLabelQuietly(ctx.db, ctx.deps(), id, ctx.now())
    return { ok: true as const }
  }),
})
