import Link from 'next/link'
import { formatDate } from '@/components/portal/format'
import { serverApi } from '@/server/api/server-caller'
import { LOCALES, resolveLocale } from '@/server/domain/policy'
import { loadShopOrNotFound } from '../load-shop'

type Props = { params: Promise<{ shop: string }>; searchParams: Promise<{ lang?: string }> }

export const metadata = { title: 'Return policy' }

const LANGUAGE_NAMES: Record<(typeof LOCALES)[number], string> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español' }
const HEADINGS: Record<(typeof LOCALES)[number], { title: string; since: string; start: string }> = {
  en: { title: 'Return policy', since: 'In force since', start: 'Start a return' },
  de: { title: 'Rückgaberichtlinie', since: 'Gültig seit', start: 'Rücksendung starten' },
  fr: { title: 'Politique de retour', since: 'En vigueur depuis le', start: 'Commencer un retour' },
  es: { title: 'Política de devoluciones', since: 'En vigor desde el', start: 'Iniciar una devolución' },
}

/** Generated from the same policy the engine applies, so this text cannot disagree with a decision. */
export default async function PolicyPage({ params, searchParams }: Props) {
  const shop = await loadShopOrNotFound((await params).shop)
  const locale = resolveLocale((await searchParams).lang ?? shop.locale)
  const policy = await (await serverApi()).shops.policy({ slug: shop.slug, locale })
  const text = HEADINGS[locale]
  return (
    <article lang={locale} className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">{text.title}</h1>
        <p className="text-sm text-stone-600">
          {text.since} {formatDate(policy.effectiveFrom, locale)} · v{policy.version}
        </p>
        <nav aria-label="Language" className="flex flex-wrap gap-3 text-sm">
          {LOCALES.map((code) => (
            <Link
              key={code}
              href={`/${shop.slug}/policy?lang=${code}`}
              hrefLang={code}
              lang={code}
              aria-current={code === locale ? 'page' : undefined}
              className="underline underline-offset-4 aria-[current=page]:font-semibold aria-[current=page]:no-underline"
            >
              {LANGUAGE_NAMES[code]}
            </Link>
          ))}
        </nav>
      </div>
      {policy.sections.map((section) => (
        <section key={section.id} aria-labelledby={`policy-${section.id}`} className="flex flex-col gap-2">
          <h2 id={`policy-${section.id}`} className="text-lg font-semibold">
            {section.title}
          </h2>
          <ul className="flex list-disc flex-col gap-1.5 pl-5 text-stone-800">
            {section.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
      <Link href={`/${shop.slug}`} className="self-start font-semibold underline underline-offset-4">
        {text.start}
      </Link>
    </article>
  )
}
