import { staffProcedure } from '@/server/api/trpc'
import { listStaffShops } from '@/server/services/staff/list-staff-shops'

/** Who is signed in, and the shops they can work on. */
export const meRoute = staffProcedure.query(async ({ ctx }) => ({
  email: ctx.staff.email,
  shops: await listStaffShops(ctx.db, ctx.staff),
}))
