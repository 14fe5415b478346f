import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { ReasonsForm } from '@/components/portal/reasons-form'
import { ShopNote } from '@/components/portal/shop-note'
import { StepHeading } from '@/components/portal/step-heading'
import { PortalClientProvider } from '@/components/providers/portal-client-provider'
import { portalCopyFor } from '@/server/domain/branding-settings'
import { loadShopOrNotFound } from '../../load-shop'
import { portalLocale } from '../../portal-locale'
import { withShopperSession } from '../../shopper-api'

type Props = { params: Promise<{ shop: string }> }

export const metadata = { title: 'Reasons' }

export default async function ReasonsPage({ params }: Props) {
  const shop = await loadShopOrNotFound((await params).shop)
  const locale = await portalLocale(shop.locale)
  const t = await getTranslations({ locale, namespace: 'Reasons' })
  const { draft, options } = await withShopperSession(shop.slug, async (api) => {
    const [draft, options] = await Promise.all([api.draft.current({ shopSlug: shop.slug }), api.returns.options({ shopSlug: shop.slug, locale })])
    return { draft, options }
  })
  if (!draft || draft.items.length === 0) redirect(`/${shop.slug}/return`)
  const items = draft.items.flatMap((item) => {
    const line = options.lines.find((l) => l.id === item.lineId)
    return line ? [{ ...item, title: line.title, variant: line.variant, imageUrl: line.imageUrl, faultOnly: line.returnability === 'fault_only' }] : []
  })
  return (
    <div className="flex flex-col gap-6">
      <StepHeading step={2} total={4} title={t('title')} />
      <ShopNote text={portalCopyFor(shop.portalCopy, locale, 'reasonsIntro')} />
      <PortalClientProvider locale={locale} namespaces={['Portal', 'Reasons', 'ReasonNames', 'SubReasons', 'UploadErrors']}>
        <ReasonsForm shopSlug={shop.slug} draftId={draft.id} items={items} evidence={options.evidence} />
      </PortalClientProvider>
    </div>
  )
}
