import { TRPCError } from '@trpc/server'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { LookupForm, type LookupFormCopy } from '@/components/portal/lookup-form'
import { ShopNote } from '@/components/portal/shop-note'
import { TRPCReactProvider } from '@/components/providers/trpc-provider'
import { portalCopyFor } from '@/server/domain/branding-settings'
import { serverApi } from '@/server/api/server-caller'
import { loadShopOrNotFound } from './load-shop'
import { portalLocale } from './portal-locale'

type Props = { params: Promise<{ shop: string }>; searchParams: Promise<{ order?: string | string[]; link?: string | string[] }> }

const LINK_MESSAGES = { expired: 'linkExpired', used: 'linkUsed', invalid: 'linkInvalid' } as const

export const metadata = { title: 'Start a return' }

async function currentOrderNumber(shopSlug: string): Promise<string | null> {
  try {
    return (await (await serverApi()).orders.current({ shopSlug })).number
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'UNAUTHORIZED') return null
    throw error
  }
}

export default async function StartReturnPage({ params, searchParams }: Props) {
  const shop = await loadShopOrNotFound((await params).shop)
  // A deep link that could not be used lands here with the order number it carried (when authentic).
  const query = await searchParams
  const prefill = typeof query.order === 'string' ? query.order.slice(0, 64) : undefined
  const linkProblem = typeof query.link === 'string' && query.link in LINK_MESSAGES ? LINK_MESSAGES[query.link as keyof typeof LINK_MESSAGES] : null
  const locale = await portalLocale(shop.locale)
  const [t, tPortal] = await Promise.all([getTranslations({ locale, namespace: 'Lookup' }), getTranslations({ locale, namespace: 'Portal' })])
  const current = await currentOrderNumber(shop.slug)
  // Translated here, so the form needs no message formatter in the browser.
  const copy: LookupFormCopy = {
    orderNumber: t('orderNumber'),
    orderNumberHint: t('orderNumberHint'),
    orderNumberRequired: t('orderNumberRequired'),
    email: t('email'),
    emailInvalid: t('emailInvalid'),
    submit: t('submit'),
    checkFields: t('checkFields'),
    notFound: t('notFound'),
    tooManyTries: t('tooManyTries'),
    networkError: tPortal('networkError'),
    genericError: tPortal('genericError'),
  }
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="text-stone-700">
          {t('intro')}{' '}
          <Link href={`/${shop.slug}/policy`} className="font-medium text-stone-900 underline underline-offset-2">
            {t('policyLink')}
          </Link>
        </p>
        <ShopNote text={portalCopyFor(shop.portalCopy, locale, 'lookupIntro')} />
      </div>
      {current ? (
        <Link href={`/${shop.slug}/return`} className="rounded-lg border border-stone-300 bg-white px-4 py-3 font-semibold underline-offset-4 hover:underline">
          {t('continueWith', { number: current })} →
        </Link>
      ) : null}
      {linkProblem ? (
        <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm font-medium text-amber-900">
          {t(linkProblem)}
        </p>
      ) : null}
      <TRPCReactProvider>
        <LookupForm shopSlug={shop.slug} defaultOrderNumber={prefill} copy={copy} />
      </TRPCReactProvider>
    </div>
  )
}
