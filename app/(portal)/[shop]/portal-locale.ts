import 'server-only'
import { cookies, headers } from 'next/headers'
import { cache } from 'react'
import { choosePortalLocale, LOCALE_COOKIE } from '@/server/i18n/locales'

/** The shopper's language on this shop's portal, once per request (switcher, browser, shop default). */
export const portalLocale = cache(async (shopDefault: string) =>
  choosePortalLocale({
    cookie: (await cookies()).get(LOCALE_COOKIE)?.value,
    acceptLanguage: (await headers()).get('accept-language'),
    shopDefault,
  }),
)
