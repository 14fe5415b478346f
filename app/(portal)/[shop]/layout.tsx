import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import type { CSSProperties, ReactNode } from 'react'
import { LanguageSwitcher } from '@/components/portal/language-switcher'
import { PortalFooter, PortalHeader } from '@/components/portal/portal-chrome'
import { loadShopOrNotFound } from './load-shop'
import { portalLocale } from './portal-locale'

type Props = { children: ReactNode; params: Promise<{ shop: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shop = await loadShopOrNotFound((await params).shop)
  return { title: { default: `Returns · ${shop.name}`, template: `%s · ${shop.name}` } }
}

export default async function ShopLayout({ children, params }: Props) {
  const shop = await loadShopOrNotFound((await params).shop)
  const locale = await portalLocale(shop.locale)
  const t = await getTranslations({ locale, namespace: 'Portal' })
  const brandVariables = {
    '--brand': shop.brand.primary,
    '--brand-contrast': shop.brand.onPrimary,
    '--accent': shop.brand.accent,
    '--accent-contrast': shop.brand.onAccent,
  } as CSSProperties
  return (
    <div lang={locale} style={brandVariables} className="flex min-h-dvh flex-col">
      <PortalHeader name={shop.name} logoUrl={shop.logoUrl} returnsLabel={t('returns')} skipLabel={t('skipToContent')} />
      {/* No client providers here: the pages with forms bring theirs (PortalClientProvider), so
          the status page ships no tRPC client and no message formatter. */}
      <main id="main" className="mx-auto w-full max-w-xl flex-1 px-4 py-6 sm:py-10">
        {children}
      </main>
      <PortalFooter
        questions={shop.supportEmail ? t('questions', { email: shop.supportEmail }) : null}
        supportEmail={shop.supportEmail}
        poweredBy={t('poweredBy')}
      >
        <LanguageSwitcher current={locale} label={t('language')} />
      </PortalFooter>
    </div>
  )
}
