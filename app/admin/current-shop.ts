import 'server-only'
import { cookies } from 'next/headers'
import { cache } from 'react'
import { serverApi } from '@/server/api/server-caller'

/** The cookie that remembers which shop a member of several is working on. */
export const STAFF_SHOP_COOKIE = 'rt_staff_shop'

/**
 * The signed-in staff user and the shop they are working on (the switcher's choice, else their
 * first). For every console page: `const { shop } = await currentStaffShop()`.
 */
export const currentStaffShop = cache(async () => {
  const me = await (await serverApi()).staff.me()
  const chosen = (await cookies()).get(STAFF_SHOP_COOKIE)?.value
  const shop = me.shops.find((s) => s.slug === chosen) ?? me.shops[0]!
  return { me, shop }
})
