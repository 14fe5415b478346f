import { shopperLocale } from '@/server/api/http/shopper-locale'
import { portalProcedure, router } from '@/server/api/trpc'
import { previewDraft } from '@/server/services/returns/preview-draft'
import { chooseItems, chooseResolution, currentDraft, giveReasons } from '@/server/services/returns/return-draft'
import { submitDraft } from '@/server/services/returns/submit-draft'
import { ZChooseItemsRequestSchema, ZChooseResolutionRequestSchema, ZDraftRequestSchema, ZGiveReasonsRequestSchema } from './draft.types'

/** The shopper's return in progress, one step per procedure; the order always comes from the session. */
export const draftRouter = router({
  current: portalProcedure.query(({ ctx }) => currentDraft(ctx.db, ctx.shopper.orderId)),
  chooseItems: portalProcedure
    .input(ZChooseItemsRequestSchema)
    .mutation(({ ctx, input }) => chooseItems(ctx.db, { orderId: ctx.shopper.orderId, draftId: input.draftId, items: input.items })),
  giveReasons: portalProcedure
    .input(ZGiveReasonsRequestSchema)
    .mutation(({ ctx, input }) => giveReasons(ctx.db, { orderId: ctx.shopper.orderId, draftId: input.draftId, items: input.items })),
  chooseResolution: portalProcedure
    .input(ZChooseResolutionRequestSchema)
    .mutation(({ ctx, input }) => chooseResolution(ctx.db, { orderId: ctx.shopper.orderId, draftId: input.draftId, resolution: input.resolution })),
  preview: portalProcedure
    .input(ZDraftRequestSchema)
    .query(({ ctx, input }) =>
      previewDraft(ctx.db, { orderId: ctx.shopper.orderId, draftId: input.draftId, now: ctx.now(), locale: input.locale ?? ctx.shop.locale }),
    ),
  submit: portalProcedure
    .input(ZDraftRequestSchema)
    .mutation(({ ctx, input }) => submitDraft(ctx.db, ctx.deps(), { orderId: ctx.shopper.orderId, draftId: input.draftId, now: ctx.now(), locale: shopperLocale(ctx.headers, ctx.shop.locale) })),
})
