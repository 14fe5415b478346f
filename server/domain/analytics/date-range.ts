import { AppError } from '@/server/app-error'

export const MAX_RANGE_DAYS = 400

/** A half-open range of instants [from, to): what "orders placed between" means everywhere here. */
export type DateRange = { from: Date; to: Date }

export function assertDateRange(range: DateRange): void {
  const from = range.from.getTime()
  const to = range.to.getTime()
  if (Number.isNaN(from) || Number.isNaN(to)) throw new AppError('INVALID_INPUT', { userMessage: 'Both dates of the range must be valid dates.' })
  if (from >= to) throw new AppError('INVALID_INPUT', { userMessage: 'The start of the date range must be before its end.' })
  if (to - from > MAX_RANGE_DAYS * 86_400_000) {
    throw new AppError('INVALID_INPUT', { userMessage: `A date range can span at most ${MAX_RANGE_DAYS} days.` })
  }
}

/** Whole UTC days from the "from" day to the end of the "to" day, as picked in a date field. */
export function rangeFromDays(fromDay: string, toDay: string): DateRange {
  const day = /^\d{4}-\d{2}-\d{2}$/
  if (!day.test(fromDay) || !day.test(toDay)) throw new AppError('INVALID_INPUT', { userMessage: 'Dates must be written as YYYY-MM-DD.' })
  const start = new Date(`${fromDay}T00:00:00.000Z`)
  const end = new Date(`${toDay}T00:00:00.000Z`)
  // JavaScript rolls 31 February over into March; a date that does not survive the round trip is not one.
  if (start.toISOString().slice(0, 10) !== fromDay || end.toISOString().slice(0, 10) !== toDay) {
    throw new AppError('INVALID_INPUT', { userMessage: 'Both dates of the range must be valid dates.' })
  }
  const range = { from: start, to: new Date(end.getTime() + 86_400_000) }
  assertDateRange(range)
  return range
}
