import Link from 'next/link'

const PAGES = [
  { href: '/admin/analytics', name: 'Analytics' },
  { href: '/admin/claims', name: 'Supplier claims' },
  { href: '/admin/remediation', name: 'Bad-batch remediation' },
] as const

/** Title and the shop switcher of the insight pages; the console's own navigation lives in its layout. */
export function InsightsHeader({ title, shops, shopSlug, path }: { title: string; shops: { slug: string; name: string }[]; shopSlug: string; path: string }) {
  return (
    <header className="flex flex-col gap-3">
      <nav aria-label="Insights" className="flex flex-wrap gap-4 text-sm">
        <Link href="/admin" className="text-stone-600 underline-offset-4 hover:underline">
          Staff console
        </Link>
        {PAGES.map((page) => (
          <Link key={page.href} href={`${page.href}?shop=${shopSlug}`} aria-current={page.href === path ? 'page' : undefined} className="text-stone-600 underline-offset-4 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-stone-900">
            {page.name}
          </Link>
        ))}
      </nav>
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
        {shops.length > 1 ? (
          <ul className="flex gap-3 text-sm" aria-label="Shops">
            {shops.map((shop) => (
              <li key={shop.slug}>
                <Link href={`${path}?shop=${shop.slug}`} aria-current={shop.slug === shopSlug ? 'true' : undefined} className="underline-offset-4 hover:underline aria-[current=true]:font-semibold">
                  {shop.name}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <span className="text-sm text-stone-600">{shops[0]?.name}</span>
        )}
      </div>
    </header>
  )
}
