import { z } from 'zod'
import { adminProcedure, assertShopAccess, router } from '@/server/api/trpc'
import { API_SCOPES } from '@/server/auth/api-key'
import { createApiKey, listApiKeys, revokeApiKey } from '@/server/services/api-keys/api-keys'

const ZShopInput = z.object({ shopId: z.string().min(1).max(64) })

/** REST API keys of a shop: shop administrators only. */
export const apiKeysRouter = router({
  list: adminProcedure.input(ZShopInput).query(({ ctx, input }) => {
    assertShopAccess(ctx.staff, input.shopId, 'admin')
    return listApiKeys(ctx.db, input.shopId)
  }),
  create: adminProcedure
    .input(ZShopInput.extend({ name: z.string().trim().min(1, 'Name the key after what uses it.').max(80), scopes: z.array(z.enum(API_SCOPES)).min(1, 'Choose at least one scope.') }))
    .mutation(({ ctx, input }) => {
      assertShopAccess(ctx.staff, input.shopId, 'admin')
      return createApiKey(ctx.db, { shopId: input.shopId, name: input.name, scopes: input.scopes, createdById: ctx.staff.userId })
    }),
  revoke: adminProcedure.input(ZShopInput.extend({ keyId: z.string().min(1).max(64) })).mutation(({ ctx, input }) => {
    assertShopAccess(ctx.staff, input.shopId, 'admin')
    return revokeApiKey(ctx.db, { shopId: input.shopId, keyId: input.keyId, now: ctx.now() })
  }),
})
