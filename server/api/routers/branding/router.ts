import { z } from 'zod'
import { adminProcedure, assertShopAccess, router } from '@/server/api/trpc'
import { getBrandingSettings, updateBranding } from '@/server/services/shops/shop-branding-settings'

const ZShopInput = z.object({ shopId: z.string().min(1).max(64) })

/** The shop's look in the portal and emails (the logo upload is app/api/admin/branding/logo). */
export const brandingRouter = router({
  get: adminProcedure.input(ZShopInput).query(({ ctx, input }) => {
    assertShopAccess(ctx.staff, input.shopId, 'admin')
    return getBrandingSettings(ctx.db, input.shopId)
  }),
  update: adminProcedure
    .input(
      ZShopInput.extend({
        brandPrimary: z.string().max(20),
        brandAccent: z.string().max(20),
        supportEmail: z.union([z.email().max(320), z.literal('')]).transform((v) => v || null),
        // Checked in full by the service (per locale and step, length, plain text).
        portalCopy: z.record(z.string(), z.record(z.string(), z.string().max(2000))),
      }),
    )
    .mutation(({ ctx, input }) => {
      assertShopAccess(ctx.staff, input.shopId, 'admin')
      const { shopId, ...update } = input
      return updateBranding(ctx.db, shopId, update)
    }),
})
