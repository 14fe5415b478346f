import Link from 'next/link'
import { redirect } from 'next/navigation'
import { DevInboxMessage } from '@/components/admin/dev-inbox-message'
import { serverApi } from '@/server/api/server-caller'
import { auth } from '@/server/auth'

export const metadata = { title: 'Dev inbox' }
export const dynamic = 'force-dynamic'

export default async function DevInboxPage({ searchParams }: { searchParams: Promise<{ shop?: string }> }) {
  if (!(await auth())?.user) redirect('/admin/sign-in')
  const api = await serverApi()
  const { shop: shopSlug } = await searchParams
  const me = await api.staff.me()
  const shop = me.shops.find((s) => s.slug === shopSlug)
  const inbox = await api.inbox.list({ shopId: shop?.id })
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-10">
      <header className="flex flex-col gap-2">
        <p className="text-sm text-stone-600">
          <Link href="/admin" className="underline underline-offset-4">
            Staff console
          </Link>
        </p>
        <h1 className="text-2xl font-bold tracking-tight">Dev inbox</h1>
        <p className="text-stone-700">
          Every email Roundtrip wrote about {shop ? shop.name : 'your shops'}, as the shopper gets it.{' '}
          {inbox.smtp ? 'They also go out through the configured mail server.' : 'No mail server is configured (SMTP_URL), so none of them left this machine.'}
        </p>
        {me.shops.length > 1 ? (
          <nav aria-label="Shops" className="flex flex-wrap gap-3 text-sm">
            <Link href="/admin/inbox" aria-current={shop ? undefined : 'page'} className="underline underline-offset-4 aria-[current=page]:font-semibold">
              All shops
            </Link>
            {me.shops.map((s) => (
              <Link key={s.id} href={`/admin/inbox?shop=${s.slug}`} aria-current={shop?.id === s.id ? 'page' : undefined} className="underline underline-offset-4 aria-[current=page]:font-semibold">
                {s.name}
              </Link>
            ))}
          </nav>
        ) : null}
      </header>
      {!inbox.enabled ? (
        <p className="rounded-lg border border-stone-200 bg-white p-4">Emails go out through the configured mail server; the dev inbox is off.</p>
      ) : inbox.messages.length === 0 ? (
        <p className="rounded-lg border border-stone-200 bg-white p-4">No emails yet. They appear here as soon as a return changes.</p>
      ) : (
        <ol aria-label="Emails" className="flex flex-col gap-4">
          {inbox.messages.map((message) => (
            <li key={message.id}>
              <DevInboxMessage message={message} />
            </li>
          ))}
        </ol>
      )}
    </main>
  )
}
