import { z } from 'zod'
import { adminProcedure, assertShopAccess, router } from '@/server/api/trpc'
import { getImportJob, listImportJobs } from '@/server/services/imports/import-orders'

const ZShopInput = z.object({ shopId: z.string().min(1).max(64) })

/** CSV order imports (the upload itself is a route handler: app/api/admin/imports). */
export const importsRouter = router({
  list: adminProcedure.input(ZShopInput).query(({ ctx, input }) => {
    assertShopAccess(ctx.staff, input.shopId, 'admin')
    return listImportJobs(ctx.db, input.shopId)
  }),
  get: adminProcedure.input(ZShopInput.extend({ jobId: z.string().min(1).max(64) })).query(({ ctx, input }) => {
    assertShopAccess(ctx.staff, input.shopId, 'admin')
    return getImportJob(ctx.db, input.shopId, input.jobId)
  }),
})
