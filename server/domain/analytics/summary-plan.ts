import type { DateRange } from './date-range'

const DAY = 86_400_000

/** Block lengths of the analytics summaries, longest first (see migration 20261128100000_scale_summaries). */
export const BLOCK_SPANS = [256, 64, 16, 4, 1] as const

export type SummaryBlock = { span: number; day: string }

/**
 * How to read a range from the summaries: the whole UTC days in it as few aligned blocks (a block of
 * `span` days starts on a day number divisible by `span`, counted from 1970-01-01), and the partial
 * days at either end, which are read from the orders themselves. A 90-day range is at most about
 * twenty blocks, whatever the number of orders in it.
 */
export function summaryPlan(range: DateRange): { blocks: SummaryBlock[]; edges: DateRange[] } {
  const from = range.from.getTime()
  const to = range.to.getTime()
  const firstDay = Math.ceil(from / DAY)
  const endDay = Math.floor(to / DAY)
  if (firstDay >= endDay) return { blocks: [], edges: [range] }
  const edges: DateRange[] = []
  if (from < firstDay * DAY) edges.push({ from: range.from, to: new Date(firstDay * DAY) })
  if (endDay * DAY < to) edges.push({ from: new Date(endDay * DAY), to: range.to })
  const blocks: SummaryBlock[] = []
  for (let day = firstDay; day < endDay; ) {
    const span = BLOCK_SPANS.find((s) => mod(day, s) === 0 && day + s <= endDay)!
    blocks.push({ span, day: new Date(day * DAY).toISOString().slice(0, 10) })
    day += span
  }
  return { blocks, edges }
}

const mod = (n: number, m: number) => ((n % m) + m) % m
