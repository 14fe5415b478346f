import { formatMoney } from '@/server/domain/money'
import { type Explanation, type ExplanationCode, type ExplanationParams } from './explanation-types'
import { de } from './messages/de'
import { en } from './messages/en'
import { es } from './messages/es'
import { fr } from './messages/fr'
import { type Formatters, type Messages } from './messages/message-types'
import { type Locale, LOCALES } from './policy-types'

export const MESSAGES: Readonly<Record<Locale, Messages>> = { en, de, fr, es }

// A bare language gets a conventional region: "en" money stays "$9.90" / "€89.00" (en-GB would
// say "US$"), while "en" dates read "12 Oct 2025" as in the rest of the product.
const DEFAULT_TAGS: Readonly<Record<Locale, { date: string; money: string }>> = {
  en: { date: 'en-GB', money: 'en' },
  de: { date: 'de-DE', money: 'de-DE' },
  fr: { date: 'fr-FR', money: 'fr-FR' },
  es: { date: 'es-ES', money: 'es-ES' },
}

/** The message language for a locale tag ("de-AT" → "de"); anything unknown falls back to English. */
export function resolveLocale(tag: string): Locale {
  const language = tag.slice(0, 2).toLowerCase()
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'en'
}

function canonicalTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null
  } catch {
    return null
  }
}

export type Localised = Readonly<{ locale: Locale; messages: Messages; f: Formatters }>

const cache = new Map<string, Localised>()

/** Messages plus formatters bound to a locale tag; built once per tag. */
export function localised(tag: string): Localised {
  const cached = cache.get(tag)
  if (cached) return cached
  const locale = resolveLocale(tag)
  const canonical = canonicalTag(tag)
  const withRegion = canonical !== null && canonical.includes('-') && resolveLocale(canonical) === locale ? canonical : null
  const dateTag = withRegion ?? DEFAULT_TAGS[locale].date
  const moneyTag = withRegion ?? DEFAULT_TAGS[locale].money
  const messages = MESSAGES[locale]
  const dates = new Intl.DateTimeFormat(dateTag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
  const percent = new Intl.NumberFormat(moneyTag, { style: 'percent', maximumFractionDigits: 2 })
  const and = new Intl.ListFormat(locale, { type: 'conjunction' })
  const or = new Intl.ListFormat(locale, { type: 'disjunction' })
  const plurals = new Intl.PluralRules(locale)
  const f: Formatters = {
    date: (day) => dates.format(new Date(`${day}T00:00:00Z`)),
    money: (value) => formatMoney(value, moneyTag),
    // Display only: a percentage shown to people, never used for money.
    percent: (bps) => percent.format(bps / 10_000),
    list: (items) => and.format(items),
    orList: (items) => or.format(items),
    plural: (count, one, other) => (plurals.select(count) === 'one' ? one : other),
    text: (value) => (locale === 'en' ? value.en : (value[locale] ?? value.en)),
    resolution: (value) => messages.resolutions[value],
  }
  const result = { locale, messages, f }
  // Tags come from Accept-Language headers; keep the cache from growing without bound.
  if (cache.size >= 64) cache.clear()
  cache.set(tag, result)
  return result
}

type Render<C extends ExplanationCode> = (params: Readonly<ExplanationParams[C]>, f: Formatters) => string

/** Renders one explanation in `en`, `de`, `fr` or `es` (or a regional tag such as "de-AT"). */
export function explain<C extends ExplanationCode>(code: C, params: Readonly<ExplanationParams[C]>, locale: string): string {
  const { messages, f } = localised(locale)
  return (messages.explanations[code] as Render<C>)(params, f)
}

/** Convenience for a decision's `{ code, params }` values. */
export const explainAll = (explanations: readonly Explanation[], locale: string): string[] =>
  explanations.map((e) => explain(e.code, e.params as never, locale))
