import 'server-only'
import { TRPCError } from '@trpc/server'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import { serverApi } from '@/server/api/server-caller'

/** The cookie that remembers which shop a member of several is working on. */
export const STAFF_SHOP_COOKIE = 'rt_staff_shop'

/**
 * The signed-in staff user and the shop they are working on (the switcher's choice, else their
 * first). For every console page: `const { shop } = await currentStaffShop()`.
 */
export const currentStaffShop = cache(async () => {
  // Pages render beside the layout, so a signed-out visitor can reach here before its redirect does.
  const me = await (await serverApi()).staff.me().catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === 'UNAUTHORIZED') redirect('/admin/sign-in')
    throw error
  })
  const chosen = (await cookies()).get(STAFF_SHOP_COOKIE)?.value
  const shop = me.shops.find((s) => s.slug === chosen) ?? me.shops[0]!
  return { me, shop }
})
