'use client'

import { useRouter } from 'next/navigation'
import { PORTAL_LOCALES, type PortalLocale } from '@/server/i18n/locales'

const NAMES: Record<PortalLocale, string> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español' }

/** Remembers the choice for a year and re-renders the page in it; the server reads the cookie. */
export function LanguageSwitcher({ current, label }: { current: PortalLocale; label: string }) {
  const router = useRouter()
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-3">
        {PORTAL_LOCALES.map((locale) => (
          <li key={locale}>
            <button
              type="button"
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className="min-h-11 underline underline-offset-4 aria-[current=true]:font-semibold aria-[current=true]:text-stone-900 aria-[current=true]:no-underline"
              onClick={() => {
                document.cookie = `NEXT_LOCALE=${locale}; path=/; max-age=31536000; samesite=lax`
                router.refresh()
              }}
            >
              {NAMES[locale]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
