import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'
import type { ReactNode } from 'react'
import { TRPCReactProvider } from './trpc-provider'

/** The message namespaces the portal's client components translate with (useTranslations). */
export type ClientNamespace = 'Portal' | 'Items' | 'Reasons' | 'ReasonNames' | 'SubReasons' | 'Resolution' | 'UploadErrors'

/**
 * What the portal's interactive forms need in the browser: their messages and the tRPC client.
 * It wraps only the pages that have such forms, and sends only the namespaces they use, so the
 * status page downloads and hydrates neither, and no page carries every message in its payload.
 */
export async function PortalClientProvider({ locale, namespaces, children }: { locale: string; namespaces: readonly ClientNamespace[]; children: ReactNode }) {
  const messages = await getMessages({ locale })
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]))
  return (
    <NextIntlClientProvider locale={locale} messages={picked} timeZone="UTC">
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </NextIntlClientProvider>
  )
}
