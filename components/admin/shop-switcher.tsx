'use client'

import { useRef } from 'react'
import { switchShop } from '@/app/admin/actions'

type Shop = { slug: string; name: string; role: 'agent' | 'admin' }

/** For staff of several shops: which shop's returns they are working on. One shop: just its name. */
export function ShopSwitcher({ shops, current }: { shops: readonly Shop[]; current: string }) {
  const form = useRef<HTMLFormElement>(null)
  const shop = shops.find((s) => s.slug === current)!
  if (shops.length < 2) {
    return (
      <p className="text-sm text-stone-700">
        <span className="font-medium">{shop.name}</span> · {shop.role === 'admin' ? 'Administrator' : 'Agent'}
      </p>
    )
  }
  return (
    <form ref={form} action={switchShop} className="flex items-center gap-2">
      <label htmlFor="shop-switcher" className="text-sm font-medium">
        Shop
      </label>
      <select
        id="shop-switcher"
        name="shop"
        defaultValue={current}
        onChange={() => form.current?.requestSubmit()}
        className="min-h-10 rounded-md border border-stone-300 bg-white px-2 text-sm"
      >
        {shops.map((s) => (
          <option key={s.slug} value={s.slug}>
            {s.name} ({s.role === 'admin' ? 'admin' : 'agent'})
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="text-sm underline">
          Switch
        </button>
      </noscript>
    </form>
  )
}
