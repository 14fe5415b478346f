import 'server-only'
import { redirect } from 'next/navigation'
import { serverApi } from '@/server/api/server-caller'
import { auth } from '@/server/auth'

export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>

export const param = (params: Record<string, string | string[] | undefined>, name: string) => {
  const value = params[name]
  return typeof value === 'string' ? value : undefined
}

/** The signed-in staff user and the shop a page is about (`?shop=`, else their first shop). */
export async function staffPageContext(params: Record<string, string | string[] | undefined>) {
  if (!(await auth())?.user) redirect('/admin/sign-in')
  const api = await serverApi()
  const me = await api.staff.me()
  const slug = param(params, 'shop')
  const shop = me.shops.find((s) => s.slug === slug) ?? me.shops[0]
  if (!shop) redirect('/admin')
  return { api, me, shop }
}

const DAY = 86_400_000
const isoDay = (date: Date) => date.toISOString().slice(0, 10)

/** `?from=&to=` as picked, else the last `days` days up to today (UTC). */
export function dayRange(params: Record<string, string | string[] | undefined>, days: number, now = new Date()) {
  return { from: param(params, 'from') ?? isoDay(new Date(now.getTime() - (days - 1) * DAY)), to: param(params, 'to') ?? isoDay(now) }
}
