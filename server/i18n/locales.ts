export const PORTAL_LOCALES = ['en', 'de', 'fr', 'es'] as const
export type PortalLocale = (typeof PORTAL_LOCALES)[number]
export const LOCALE_COOKIE = 'NEXT_LOCALE'

const isPortalLocale = (value: string): value is PortalLocale => (PORTAL_LOCALES as readonly string[]).includes(value)

/**
 * The shopper's language: what they picked with the switcher, else the first language their browser
 * asks for that the portal speaks, else the shop's default, else English.
 */
export function choosePortalLocale(input: { cookie?: string | null; acceptLanguage?: string | null; shopDefault?: string | null }): PortalLocale {
  const primary = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0] ?? ''
  if (input.cookie && isPortalLocale(primary(input.cookie))) return primary(input.cookie) as PortalLocale
  const asked = (input.acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';')
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? '1')
      return { lang: primary(tag), q: Number.isFinite(q) ? q : 0, index }
    })
    .filter((entry) => entry.lang && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  const match = asked.find((entry) => isPortalLocale(entry.lang))
  if (match) return match.lang as PortalLocale
  const shop = primary(input.shopDefault ?? '')
  return isPortalLocale(shop) ? shop : 'en'
}
