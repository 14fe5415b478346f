import { formatMoney, type Money } from '@/server/domain/money'

/** Dates are UTC instants; shown in UTC so server and browser render the same text. */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date)
}

export function formatPrice(value: Money, locale: string): string {
  return formatMoney(value, locale)
}
