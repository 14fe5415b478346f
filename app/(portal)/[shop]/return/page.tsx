import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { ItemsForm, type ItemsFormCopy, type ItemsLineCopy } from '@/components/portal/items-form'
import { ShopNote } from '@/components/portal/shop-note'
import { StepHeading } from '@/components/portal/step-heading'
import { TRPCReactProvider } from '@/components/providers/trpc-provider'
import { portalCopyFor } from '@/server/domain/branding-settings'
import { formatMoney } from '@/server/domain/money'
import { loadShopOrNotFound } from '../load-shop'
import { portalLocale } from '../portal-locale'
import { withShopperSession } from '../shopper-api'

type Props = { params: Promise<{ shop: string }> }

export const metadata = { title: 'Choose items' }

export default async function ChooseItemsPage({ params }: Props) {
  const shop = await loadShopOrNotFound((await params).shop)
  const locale = await portalLocale(shop.locale)
  const [t, tPortal, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Items' }),
    getTranslations({ locale, namespace: 'Portal' }),
    getFormatter({ locale }),
  ])
  const { order, options, draft, returns } = await withShopperSession(shop.slug, async (api) => {
    const [order, options, draft, returns] = await Promise.all([
      api.orders.current({ shopSlug: shop.slug }),
      api.returns.options({ shopSlug: shop.slug, locale }),
      api.draft.current({ shopSlug: shop.slug }),
      api.returns.forOrder({ shopSlug: shop.slug }),
    ])
    return { order, options, draft, returns }
  })
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'medium', timeZone: 'UTC' })
  const delivery = order.deliveredAt
    ? t('delivered', { date: date(order.deliveredAt) })
    : order.shippedAt
      ? t('shipped', { date: date(order.shippedAt) })
      : t('placed', { date: date(order.placedAt) })
  // Translated and formatted here, so the form needs no message formatter in the browser.
  const copy: ItemsFormCopy = {
    title: t('title'),
    chooseOne: t('chooseOne'),
    genericError: tPortal('genericError'),
    each: t('each'),
    faultOnlyHint: t('faultOnlyHint'),
    quantity: t('quantity'),
    nothingReturnable: t('nothingReturnable'),
    continue: tPortal('continue'),
    anotherOrder: t('anotherOrder'),
  }
  const lineCopy: ItemsLineCopy = Object.fromEntries(
    options.lines.map((line) => [
      line.id,
      { price: formatMoney(line.unitPrice, locale), faultOnly: t('faultOnly', { title: line.title }), ofQuantity: t('ofQuantity', { count: line.remaining }) },
    ]),
  )

  return (
    <div className="flex flex-col gap-6">
      <StepHeading step={1} total={4} title={t('title')}>
        <p className="text-stone-700">
          <span className="font-semibold">{t('order', { number: order.number })}</span> · {delivery}
        </p>
      </StepHeading>
      <ShopNote text={portalCopyFor(shop.portalCopy, locale, 'itemsIntro')} />
      {returns.length > 0 ? (
        <section aria-labelledby="your-returns" className="rounded-xl border border-stone-200 bg-white p-4">
          <h2 id="your-returns" className="font-semibold">
            {t('yourReturns')}
          </h2>
          <ul className="mt-2 flex flex-col gap-1">
            {returns.map((r) => (
              <li key={r.rma}>
                <Link className="underline underline-offset-4" href={`/${shop.slug}/returns/${encodeURIComponent(r.rma)}`}>
                  {t('viewReturn', { rma: r.rma })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <TRPCReactProvider>
        <ItemsForm shopSlug={shop.slug} lines={options.lines} draft={draft} copy={copy} lineCopy={lineCopy} />
      </TRPCReactProvider>
    </div>
  )
}
