import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'
import type { ReactNode } from 'react'
import { TRPCReactProvider } from './trpc-provider'

/** The message namespaces the portal's client components translate with (useTranslations). */
export type ClientNamespace = 'Portal' | 'Reasons' | 'ReasonNames' | 'SubReasons' | 'Resolution' | 'UploadErrors'

/**
 * What the portal's interactive forms need in the browser: their messages and the tRPC client.
 * It wraps only the forms that translate in the browser (reasons, resolution, submit), with only
 * the namespaces they use; the lookup, items and status pages get their texts from the server and
 * load no message formatter at all.
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
