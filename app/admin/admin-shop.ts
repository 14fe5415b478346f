import 'server-only'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { serverApi } from '@/server/api/server-caller'
import { auth } from '@/server/auth'
import { env } from '@/server/env'

export type AdminShop = { id: string; slug: string; name: string; role: 'agent' | 'admin' }

/**
 * The shop an admin page works on: `?shop=<slug>` among the signed-in user's shops (admin-only
 * pages offer only the shops they administer), else the first. Signed out → the sign-in page.
 */
export async function adminShop(shopParam: string | string[] | undefined, options: { adminOnly: boolean }): Promise<{ shop: AdminShop | null; shops: AdminShop[] }> {
  if (!(await auth())?.user) redirect('/admin/sign-in')
  const me = await (await serverApi()).staff.me()
  const shops = me.shops.filter((s) => !options.adminOnly || s.role === 'admin')
  const shop = shops.find((s) => s.slug === shopParam) ?? shops[0] ?? null
  return { shop, shops }
}

/** Where shoppers and webhooks reach this portal: PUBLIC_URL, else the address this request came to. */
export async function publicOrigin(): Promise<string> {
  const configured = env().PUBLIC_URL
  if (configured) return new URL(configured).origin
  const h = await headers()
  return `${h.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http'}://${h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000'}`
}

