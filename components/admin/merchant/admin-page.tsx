import Link from 'next/link'
import type { ReactNode } from 'react'

type Shop = { id: string; slug: string; name: string }

/** The frame of a merchant-settings page: a heading, which shop it is for, and a switch between shops. */
export function AdminPage({ title, path, shop, shops, intro, children }: { title: string; path: string; shop: Shop | null; shops: Shop[]; intro?: ReactNode; children: ReactNode }) {
  return (
    <main className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
        {shop ? <p className="text-stone-700">{shop.name}</p> : null}
        {shops.length > 1 ? (
          <nav aria-label="Shops" className="flex flex-wrap gap-3 text-sm">
            {shops.map((s) => (
              <Link key={s.id} href={`${path}?shop=${s.slug}`} aria-current={s.id === shop?.id ? 'page' : undefined} className="underline underline-offset-4 aria-[current=page]:font-semibold aria-[current=page]:no-underline">
                {s.name}
              </Link>
            ))}
          </nav>
        ) : null}
        {intro ? <div className="text-stone-700">{intro}</div> : null}
      </div>
      {shop ? children : <p className="text-stone-700">You do not administer any shop, so there is nothing to set up here.</p>}
    </main>
  )
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
}
