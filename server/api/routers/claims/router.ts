import { z } from 'zod'
import { ZShopSlug } from '@/server/api/schemas'
import { adminProcedure, router, staffProcedure } from '@/server/api/trpc'
import { listSupplierClaims, readSupplierClaim } from '@/server/services/claims/read-supplier-claims'
import { syncSupplierClaims } from '@/server/services/claims/sync-supplier-claims'
import { markClaimSent, settleClaim } from '@/server/services/claims/update-supplier-claim'
import { staffShop } from '@/server/services/staff/staff-shop'

const ZShop = z.object({ shopSlug: ZShopSlug })
const ZClaim = ZShop.extend({ claimId: z.string().min(1).max(64) })

export const claimsRouter = router({
  list: staffProcedure.input(ZShop).query(async ({ ctx, input }) => {
    const shop = await staffShop(ctx.db, ctx.staff, input.shopSlug)
    return listSupplierClaims(ctx.db, { shopId: shop.id })
  }),
  detail: staffProcedure.input(ZClaim).query(async ({ ctx, input }) => {
    const shop = await staffShop(ctx.db, ctx.staff, input.shopSlug)
    return readSupplierClaim(ctx.db, { shopId: shop.id, claimId: input.claimId })
  }),
  /** Gathers faulty and wrong items not yet claimed (also done by the `claims:sync` job). */
  collect: staffProcedure.input(ZShop).mutation(async ({ ctx, input }) => {
    const shop = await staffShop(ctx.db, ctx.staff, input.shopSlug)
    return ctx.db.$transaction((tx) => syncSupplierClaims(tx, { shopId: shop.id, now: ctx.now() }))
  }),
  markSent: adminProcedure.input(ZClaim).mutation(async ({ ctx, input }) => {
    const shop = await staffShop(ctx.db, ctx.staff, input.shopSlug, 'admin')
    await markClaimSent(ctx.db, { shopId: shop.id, claimId: input.claimId, actorId: ctx.staff.userId, now: ctx.now() })
  }),
  settle: adminProcedure.input(ZClaim.extend({ recoveredAmount: z.number().int().min(0) })).mutation(async ({ ctx, input }) => {
    const shop = await staffShop(ctx.db, ctx.staff, input.shopSlug, 'admin')
    await settleClaim(ctx.db, { shopId: shop.id, claimId: input.claimId, recoveredAmount: input.recoveredAmount, actorId: ctx.staff.userId, now: ctx.now() })
  }),
})
