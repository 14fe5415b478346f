import { z } from 'zod'
import { publicProcedure } from '@/server/api/trpc'
import { ZLocale, ZShopSlug } from '@/server/api/schemas'
import { describeShopPolicy } from '@/server/services/policy/describe-shop-policy'
import { getShopBranding } from '@/server/services/shops/get-shop-branding'

/** The shop's current return policy in plain language, for the public policy page. */
export const getPolicyRoute = publicProcedure
  .input(z.object({ slug: ZShopSlug, locale: ZLocale.optional() }))
  .query(async ({ ctx, input }) => {
    const shop = await getShopBranding(ctx.db, input.slug)
    return describeShopPolicy(ctx.db, { shopId: shop.id, locale: input.locale ?? shop.locale, now: ctx.now() })
  })
