import { formatMoney } from '@/server/domain/money'
import type { MoneyTotals } from '@/server/domain/analytics/money-totals'

export const formatRate = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`)

/** "€120.00 · £60.00": amounts in different currencies are listed, never added. */
export const formatTotals = (totals: MoneyTotals) => (totals.length === 0 ? '—' : totals.map((m) => formatMoney(m, 'en')).join(' · '))

/** Hours as people say them: "18 h" under two days, else "3.5 days". */
export function formatHours(hours: number | null): string {
  if (hours === null) return '—'
  return hours < 48 ? `${hours} h` : `${(hours / 24).toFixed(1)} days`
}
