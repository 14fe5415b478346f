import { TRPCError } from '@trpc/server'
import { notFound } from 'next/navigation'
import { RefreshWhileOpen } from '@/components/portal/refresh-while-open'
import { ReturnStatusView } from '@/components/portal/return-status-view'
import { loadShopOrNotFound } from '../../load-shop'
import { portalLocale } from '../../portal-locale'
import { withShopperSession } from '../../shopper-api'

type Props = { params: Promise<{ shop: string; rma: string }> }

export const metadata = { title: 'Your return' }

// How often an open status page re-reads the return, so a scan or refund shows up by itself.
const REFRESH_MS = 10_000

/** Confirmation and status page: reachable again by looking the order up. It refreshes itself while open. */
export default async function ReturnStatusPage({ params }: Props) {
  const { shop: slug, rma: rawRma } = await params
  const shop = await loadShopOrNotFound(slug)
  const locale = await portalLocale(shop.locale)
  const rma = decodeURIComponent(rawRma)
  const data = await withShopperSession(shop.slug, async (api) => {
    try {
      const status = await api.returns.status({ shopSlug: shop.slug, rma })
      // Only an approved return whose item is sent back is still waiting for its label (issuing
      // one moves it to label_issued). The page refreshes itself while open, so the label check,
      // which locks the return, runs only when it can do something.
      if (status.status !== 'approved' || status.keepItem) return status
      await api.returns.ensureLabel({ shopSlug: shop.slug, rma })
      return await api.returns.status({ shopSlug: shop.slug, rma })
    } catch (error) {
      if (error instanceof TRPCError && error.code === 'NOT_FOUND') notFound()
      throw error
    }
  })
  return (
    <>
      <ReturnStatusView shopSlug={shop.slug} locale={locale} data={data} />
      <RefreshWhileOpen everyMs={REFRESH_MS} />
    </>
  )
}
