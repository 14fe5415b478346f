import { z } from 'zod'
import { assertShopAccess, router, staffProcedure } from '@/server/api/trpc'
import { qrCodeSvg } from '@/server/integrations/labels/qr-svg'
import { mintDeepLink } from '@/server/services/deep-links/mint-deep-link'
import { findOrdersForLinks } from '@/server/services/deep-links/find-orders'

const ZShopInput = z.object({ shopId: z.string().min(1).max(64) })

/** Deep links for support staff (agents and admins) to send a shopper or print on a packing slip. */
export const linksRouter = router({
  findOrders: staffProcedure.input(ZShopInput.extend({ query: z.string().trim().max(100) })).query(({ ctx, input }) => {
    assertShopAccess(ctx.staff, input.shopId)
    return findOrdersForLinks(ctx.db, input.shopId, input.query)
  }),
  mint: staffProcedure
    .input(ZShopInput.extend({ orderNumber: z.string().trim().min(1).max(64), expiresInDays: z.number().int().min(1).max(90).default(30), origin: z.url({ protocol: /^https?$/ }) }))
    .mutation(async ({ ctx, input }) => {
      assertShopAccess(ctx.staff, input.shopId)
      const link = await mintDeepLink(ctx.db, { shopId: input.shopId, orderNumber: input.orderNumber, ttlSeconds: input.expiresInDays * 86_400, now: ctx.now() })
      const url = `${new URL(input.origin).origin}${link.path}`
      return { url, orderNumber: link.orderNumber, expiresAt: link.expiresAt, qrSvg: qrCodeSvg(url) }
    }),
})
