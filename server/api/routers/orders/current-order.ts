import { portalProcedure } from '@/server/api/trpc'
import { loadOrderSummary } from '@/server/services/orders/order-summary'
import { ZOrderSummaryResponseSchema } from './order-summary.types'

/** The order this shopper proved earlier, so a reload or the back button keeps their place. */
export const currentOrderRoute = portalProcedure.output(ZOrderSummaryResponseSchema).query(({ ctx }) => loadOrderSummary(ctx.db, ctx.shopper.orderId))
