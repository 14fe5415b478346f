import { publicProcedure } from '@/server/api/trpc'
import { encodeShopperSession, SHOPPER_SESSION_SECONDS, shopperCookieHeader } from '@/server/auth/shopper-session'
import { env } from '@/server/env'
import { clientKey } from '@/server/domain/rate-limit'
import { guardedLookup } from '@/server/services/orders/guarded-lookup'
import { ZLookupOrderRequestSchema } from './lookup-order.types'
import { ZOrderSummaryResponseSchema } from './order-summary.types'

/** Order number + email → the order's items, and a session cookie scoped to that order. */
export const lookupOrderRoute = publicProcedure
  .input(ZLookupOrderRequestSchema)
  .output(ZOrderSummaryResponseSchema)
  .mutation(async ({ ctx, input }) => {
    const found = await guardedLookup(ctx.db, input, { minFailureMs: env().LOOKUP_MIN_DURATION_MS, client: clientKey(ctx.headers, env().TRUST_PROXY), now: ctx.now(), perClientLimit: env().LOOKUP_LIMIT_PER_CLIENT })
    const expiresAt = ctx.now().getTime() + SHOPPER_SESSION_SECONDS * 1000
    const token = encodeShopperSession({ shopId: found.shopId, orderId: found.orderId, expiresAt }, env().AUTH_SECRET)
    ctx.resHeaders.append('set-cookie', shopperCookieHeader(token, { secure: ctx.secure }))
    return found.summary
  })
