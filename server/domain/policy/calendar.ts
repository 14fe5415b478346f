import { AppError } from '@/server/app-error'
import { type IsoDay } from './explanation-types'
import { type Instant } from './order-types'

// Windows are counted in whole UTC calendar days: delivered on day D, a 14-day window is open
// through the end of day D + 14 (the withdrawal period starts the day after delivery).
export const DAY_MS = 86_400_000

export function instantMs(value: Instant, field: string): number {
  const ms = typeof value === 'string' ? Date.parse(value) : value instanceof Date ? value.getTime() : Number.NaN
  if (Number.isNaN(ms)) {
    throw new AppError('INVALID_INPUT', { userMessage: `${field} is not a valid date.`, details: { field } })
  }
  return ms
}

export const epochDay = (ms: number): number => Math.floor(ms / DAY_MS)

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`)

/**
 * Day number (days since 1970-01-01) to "YYYY-MM-DD". Integer-only (H. Hinnant's civil_from_days)
 * because it runs for every line in the hot path, where Date and Intl would dominate.
 */
export function isoDay(day: number): IsoDay {
  const z = day + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${y}-${pad2(m)}-${pad2(d)}`
}

/** How many instants fall within the last `periodDays` days before `nowMs`. */
export function countSince(instants: readonly Instant[], nowMs: number, periodDays: number, field: string): number {
  const from = nowMs - periodDays * DAY_MS
  let count = 0
  for (const value of instants) {
    const ms = instantMs(value, field)
    if (ms > from && ms <= nowMs) count++
  }
  return count
}
