import { cookies, headers } from 'next/headers'
import { getRequestConfig } from 'next-intl/server'
import { choosePortalLocale, LOCALE_COOKIE, type PortalLocale } from './locales'

const MESSAGES = {
  en: () => import('./messages/en.json'),
  de: () => import('./messages/de.json'),
  fr: () => import('./messages/fr.json'),
  es: () => import('./messages/es.json'),
} satisfies Record<PortalLocale, unknown>

/** next-intl's per-request configuration; pages may pass the shop-aware locale explicitly. */
export default getRequestConfig(async ({ locale: explicit }) => {
  const locale = choosePortalLocale({
    cookie: explicit ?? (await cookies()).get(LOCALE_COOKIE)?.value,
    acceptLanguage: (await headers()).get('accept-language'),
  })
  return { locale, timeZone: 'UTC', messages: (await MESSAGES[locale]()).default }
})
