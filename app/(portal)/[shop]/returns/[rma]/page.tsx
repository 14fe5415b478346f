import { TRPCError } from '@trpc/server'
import { notFound } from 'next/navigation'
import { ReturnStatusView } from '@/components/portal/return-status-view'
import { loadShopOrNotFound } from '../../load-shop'
import { withShopperSession } from '../../shopper-api'

type Props = { params: Promise<{ shop: string; rma: string }> }

export const metadata = { title: 'Your return' }

/** Confirmation and status page: reachable again by looking the order up. It refreshes itself while open. */
export default async function ReturnStatusPage({ params }: Props) {
  const { shop: slug, rma: rawRma } = await params
  const shop = await loadShopOrNotFound(slug)
  const rma = decodeURIComponent(rawRma)
  const initial = await withShopperSession(shop.slug, async (api) => {
    try {
      await api.returns.ensureLabel({ shopSlug: shop.slug, rma })
      return await api.returns.status({ shopSlug: shop.slug, rma })
    } catch (error) {
      if (error instanceof TRPCError && error.code === 'NOT_FOUND') notFound()
      throw error
    }
  })
  return <ReturnStatusView shopSlug={shop.slug} initial={initial} />
}
