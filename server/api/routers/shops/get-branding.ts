import { z } from 'zod'
import { publicProcedure } from '@/server/api/trpc'
import { ZShopSlug } from '@/server/api/schemas'
import { getShopBranding } from '@/server/services/shops/get-shop-branding'

export const getBrandingRoute = publicProcedure
  .input(z.object({ slug: ZShopSlug }))
  .query(({ ctx, input }) => getShopBranding(ctx.db, input.slug))
