import { router, staffProcedure } from '@/server/api/trpc'
import { rangeFromDays } from '@/server/domain/analytics'
import { loadShopAnalytics } from '@/server/services/analytics/load-analytics'
import { staffShop } from '@/server/services/staff/staff-shop'
import { ZAnalyticsOverviewRequest } from './analytics.types'

export const analyticsRouter = router({
  /** Return rates, refund cost, keep-it savings, fees and refund times for orders placed in a range. */
  overview: staffProcedure.input(ZAnalyticsOverviewRequest).query(async ({ ctx, input }) => {
    const shop = await staffShop(ctx.db, ctx.staff, input.shopSlug)
    return loadShopAnalytics(ctx.db, { shopId: shop.id, range: rangeFromDays(input.from, input.to) })
  }),
})
