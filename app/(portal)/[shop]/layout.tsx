import type { Metadata } from 'next'
import type { CSSProperties, ReactNode } from 'react'
import { TRPCReactProvider } from '@/components/providers/trpc-provider'
import { PortalFooter, PortalHeader } from '@/components/portal/portal-chrome'
import { loadShopOrNotFound } from './load-shop'

type Props = { children: ReactNode; params: Promise<{ shop: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shop = await loadShopOrNotFound((await params).shop)
  return { title: { default: `Returns · ${shop.name}`, template: `%s · ${shop.name}` } }
}

export default async function ShopLayout({ children, params }: Props) {
  const shop = await loadShopOrNotFound((await params).shop)
  const brandVariables = {
    '--brand': shop.brand.primary,
    '--brand-contrast': shop.brand.onPrimary,
    '--accent': shop.brand.accent,
    '--accent-contrast': shop.brand.onAccent,
  } as CSSProperties
  return (
    <div style={brandVariables} className="flex min-h-dvh flex-col">
      <PortalHeader name={shop.name} logoUrl={shop.logoUrl} />
      <TRPCReactProvider>
        <main id="main" className="mx-auto w-full max-w-xl flex-1 px-4 py-6 sm:py-10">
          {children}
        </main>
      </TRPCReactProvider>
      <PortalFooter supportEmail={shop.supportEmail} />
    </div>
  )
}
