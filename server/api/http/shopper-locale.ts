import { choosePortalLocale, LOCALE_COOKIE, type PortalLocale } from '@/server/i18n/locales'
import { readCookie } from '@/server/auth/shopper-session'

/** The language the shopper sees the portal in (switcher cookie, browser, shop default), as the pages choose it. */
export function shopperLocale(headers: Headers, shopDefault: string): PortalLocale {
  return choosePortalLocale({
    cookie: readCookie(headers.get('cookie'), LOCALE_COOKIE),
    acceptLanguage: headers.get('accept-language'),
    shopDefault,
  })
}
