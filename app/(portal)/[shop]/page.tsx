import Link from 'next/link'
import { TRPCError } from '@trpc/server'
import { LookupForm } from '@/components/portal/lookup-form'
import { serverApi } from '@/server/api/server-caller'
import { loadShopOrNotFound } from './load-shop'

type Props = { params: Promise<{ shop: string }> }

export const metadata = { title: 'Start a return' }

async function currentOrder(shopSlug: string) {
  try {
    return await (await serverApi()).orders.current({ shopSlug })
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'UNAUTHORIZED') return null
    throw error
  }
}

export default async function StartReturnPage({ params }: Props) {
  const { shop: slug } = await params
  const shop = await loadShopOrNotFound(slug)
  const order = await currentOrder(shop.slug)
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Start a return</h1>
        <p className="text-stone-700">
          Find your order to see what you can send back, what it costs and when your money comes back.{' '}
          <Link href={`/${shop.slug}/policy`} className="font-medium text-stone-900 underline underline-offset-2">
            Read the return policy
          </Link>
          .
        </p>
      </div>
      <LookupForm shopSlug={shop.slug} locale={shop.locale} initialOrder={order} />
    </div>
  )
}
