import type { ReactNode } from 'react'
import { PortalClientProvider } from '@/components/providers/portal-client-provider'
import { loadShopOrNotFound } from '../load-shop'
import { portalLocale } from '../portal-locale'

type Props = { children: ReactNode; params: Promise<{ shop: string }> }

/** The return steps' forms run in the browser; one provider for all steps keeps the query cache across them. */
export default async function ReturnStepsLayout({ children, params }: Props) {
  const shop = await loadShopOrNotFound((await params).shop)
  const locale = await portalLocale(shop.locale)
  return (
    <PortalClientProvider locale={locale} namespaces={['Portal', 'Items', 'Reasons', 'ReasonNames', 'SubReasons', 'Resolution', 'UploadErrors']}>
      {children}
    </PortalClientProvider>
  )
}
