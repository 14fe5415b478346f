import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { ResolutionForm } from '@/components/portal/resolution-form'
import { ShopNote } from '@/components/portal/shop-note'
import { StepHeading } from '@/components/portal/step-heading'
import { PortalClientProvider } from '@/components/providers/portal-client-provider'
import { portalCopyFor } from '@/server/domain/branding-settings'
import { loadShopOrNotFound } from '../../load-shop'
import { portalLocale } from '../../portal-locale'
import { withShopperSession } from '../../shopper-api'

type Props = { params: Promise<{ shop: string }> }

export const metadata = { title: 'Refund' }

export default async function ResolutionPage({ params }: Props) {
  const shop = await loadShopOrNotFound((await params).shop)
  const locale = await portalLocale(shop.locale)
  const t = await getTranslations({ locale, namespace: 'Resolution' })
  const preview = await withShopperSession(shop.slug, async (api) => {
    const draft = await api.draft.current({ shopSlug: shop.slug })
    if (!draft || draft.items.some((i) => i.reason === null)) redirect(`/${shop.slug}/return`)
    return api.draft.preview({ shopSlug: shop.slug, draftId: draft.id, locale })
  })
  return (
    <div className="flex flex-col gap-6">
      <StepHeading step={3} total={4} title={t('title')} />
      <ShopNote text={portalCopyFor(shop.portalCopy, locale, 'resolutionIntro')} />
      <PortalClientProvider locale={locale} namespaces={['Portal', 'Resolution']}>
        <ResolutionForm shopSlug={shop.slug} draftId={preview.draftId} current={preview.resolution} choices={preview.choices} currency={preview.decision.totals.currency} />
      </PortalClientProvider>
    </div>
  )
}
