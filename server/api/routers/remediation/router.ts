import { z } from 'zod'
import { ZDay } from '@/server/api/routers/analytics/analytics.types'
import { ZShopSlug } from '@/server/api/schemas'
import { router, staffProcedure } from '@/server/api/trpc'
import { rangeFromDays } from '@/server/domain/analytics'
import { findAffectedLines, recentSkus } from '@/server/services/remediation/affected-lines'
import { listRemediationRuns, readRemediationRun } from '@/server/services/remediation/read-remediation-runs'
import { startRemediationRun } from '@/server/services/remediation/start-remediation-run'
import { staffShop } from '@/server/services/staff/staff-shop'

const ZShop = z.object({ shopSlug: ZShopSlug })
const ZSelection = ZShop.extend({ sku: z.string().trim().min(1, 'Choose a SKU.').max(100), from: ZDay, to: ZDay })

export const remediationRouter = router({
  skus: staffProcedure.input(ZShop).query(async ({ ctx, input }) => {
    const shop = await staffShop(ctx.db, ctx.staff, input.shopSlug)
    return recentSkus(ctx.db, { shopId: shop.id, now: ctx.now() })
  }),
  /** Every order line of the SKU ordered in the range, and whether it was already taken care of. */
  preview: staffProcedure.input(ZSelection).query(async ({ ctx, input }) => {
    const shop = await staffShop(ctx.db, ctx.staff, input.shopSlug)
    return findAffectedLines(ctx.db, { shopId: shop.id, sku: input.sku, range: rangeFromDays(input.from, input.to) })
  }),
  start: staffProcedure
    .input(ZSelection.extend({ action: z.enum(['refund', 'replacement']), message: z.string().max(4000) }))
    .mutation(async ({ ctx, input }) => {
      const shop = await staffShop(ctx.db, ctx.staff, input.shopSlug)
      return startRemediationRun(ctx.db, {
        shopId: shop.id, sku: input.sku, range: rangeFromDays(input.from, input.to), action: input.action, message: input.message, actorId: ctx.staff.userId, now: ctx.now(),
      })
    }),
  runs: staffProcedure.input(ZShop).query(async ({ ctx, input }) => {
    const shop = await staffShop(ctx.db, ctx.staff, input.shopSlug)
    return listRemediationRuns(ctx.db, { shopId: shop.id })
  }),
  run: staffProcedure.input(ZShop.extend({ runId: z.string().min(1).max(64) })).query(async ({ ctx, input }) => {
    const shop = await staffShop(ctx.db, ctx.staff, input.shopSlug)
    return readRemediationRun(ctx.db, { shopId: shop.id, runId: input.runId })
  }),
})
