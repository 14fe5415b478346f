import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { ReturnItemRow } from '@/components/portal/return-item-row'
import { ShopNote } from '@/components/portal/shop-note'
import { StepHeading } from '@/components/portal/step-heading'
import { portalCopyFor } from '@/server/domain/branding-settings'
import { SubmitReturnButton } from '@/components/portal/submit-return-button'
import { PortalClientProvider } from '@/components/providers/portal-client-provider'
import { formatMoney } from '@/server/domain/money'
import { loadShopOrNotFound } from '../../load-shop'
import { portalLocale } from '../../portal-locale'
import { withShopperSession } from '../../shopper-api'

type Props = { params: Promise<{ shop: string }> }

export const metadata = { title: 'Check and submit' }

export default async function ReviewPage({ params }: Props) {
  const shop = await loadShopOrNotFound((await params).shop)
  const locale = await portalLocale(shop.locale)
  const [t, tNames, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Review' }),
    getTranslations({ locale, namespace: 'ReasonNames' }),
    getFormatter({ locale }),
  ])
  const { draft, preview, options } = await withShopperSession(shop.slug, async (api) => {
    const draft = await api.draft.current({ shopSlug: shop.slug })
    if (!draft || !draft.resolution || draft.items.some((i) => i.reason === null)) redirect(`/${shop.slug}/return`)
    const [preview, options] = await Promise.all([
      api.draft.preview({ shopSlug: shop.slug, draftId: draft.id, locale }),
      api.returns.options({ shopSlug: shop.slug, locale }),
    ])
    return { draft, preview, options }
  })
  const { decision } = preview
  const { totals } = decision
  const money = (amount: number) => formatMoney({ amount, currency: totals.currency }, locale)
  const shopperPaysLabel = decision.lines.some((l) => l.labelPaidBy === 'shopper')
  const rows: [string, string][] = [
    [t('itemValue'), money(totals.itemsAmount)],
    ...(totals.discountAmount > 0 ? [[t('discount'), `− ${money(totals.discountAmount)}`] as [string, string]] : []),
    ...(totals.taxAmount > 0 && !totals.taxIncluded ? [[t('tax'), money(totals.taxAmount)] as [string, string]] : []),
    ...(totals.shippingRefundAmount > 0 ? [[t('shippingRefund'), money(totals.shippingRefundAmount)] as [string, string]] : []),
    ...(totals.returnShippingFee > 0 ? [[t('returnShippingFee'), `− ${money(totals.returnShippingFee)}`] as [string, string]] : []),
    ...(totals.restockingFee > 0 ? [[t('restockingFee'), `− ${money(totals.restockingFee)}`] as [string, string]] : []),
  ]
  const total =
    decision.resolution === 'store_credit'
      ? [t('storeCreditTotal'), money(totals.storeCreditAmount)]
      : decision.resolution === 'replacement'
        ? [t('replacementTotal'), '']
        : [t('total'), money(totals.refundAmount)]

  return (
    <div className="flex flex-col gap-6">
      <StepHeading step={4} total={4} title={t('title')} />
      <ShopNote text={portalCopyFor(shop.portalCopy, locale, 'reviewIntro')} />
      <section aria-labelledby="review-items" className="flex flex-col gap-2">
        <div className="flex items-baseline justify-between">
          <h2 id="review-items" className="text-lg font-semibold">
            {t('items')}
          </h2>
          <Link href={`/${shop.slug}/return`} className="text-sm underline underline-offset-4">
            {t('edit')}
          </Link>
        </div>
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {draft.items.map((item) => {
            const line = options.lines.find((l) => l.id === item.lineId)
            return (
              <ReturnItemRow
                key={item.lineId}
                imageUrl={line?.imageUrl ?? null}
                title={line?.title ?? ''}
                quantity={item.quantity}
                detail={`${t('reason', { reason: tNames(item.reason!) })} · ${t('photos', { count: item.photoIds.length })}`}
              />
            )
          })}
        </ul>
      </section>
      <section aria-labelledby="review-summary" className="flex flex-col gap-2">
        <h2 id="review-summary" className="text-lg font-semibold">
          {t('summary')}
        </h2>
        <dl className="rounded-xl border border-stone-200 bg-white p-4 text-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="flex justify-between py-1">
              <dt>{label}</dt>
              <dd className="tabular-nums">{value}</dd>
            </div>
          ))}
          <div className="mt-2 flex justify-between border-t border-stone-200 pt-2 text-base font-semibold">
            <dt>{total[0]}</dt>
            <dd className="tabular-nums">{total[1]}</dd>
          </div>
        </dl>
        <ul className="flex list-disc flex-col gap-1 pl-5 text-sm text-stone-800">
          <li>{decision.keepIt ? t('keepIt') : t('shipIt')}</li>
          {!decision.keepIt ? <li>{shopperPaysLabel ? t('labelPaidByShopper') : t('labelFree')}</li> : null}
          {decision.refundTiming && decision.resolution !== 'replacement' ? <li>{t(`timing_${decision.refundTiming}`)}</li> : null}
          {decision.refundDueBy ? (
            <li>{t('refundDueBy', { date: format.dateTime(new Date(`${decision.refundDueBy}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) })}</li>
          ) : null}
          {decision.review.required ? <li>{t('review')}</li> : null}
        </ul>
      </section>
      <PortalClientProvider locale={locale} namespaces={['Portal']}>
        <SubmitReturnButton shopSlug={shop.slug} draftId={draft.id} label={t('submit')} />
      </PortalClientProvider>
    </div>
  )
}
