import { describe, expect, test } from 'vitest'
import { summaryPlan } from './summary-plan'

const DAY = 86_400_000
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY

describe('summaryPlan', () => {
  test('covers every whole day exactly once with aligned blocks, and reads the partial days raw', () => {
    for (const [from, to] of [
      ['2026-08-29T00:00:00Z', '2026-11-28T00:00:00Z'],
      ['2026-08-29T12:30:00Z', '2026-11-27T12:00:00Z'],
      ['1969-12-20T00:00:00Z', '1970-01-09T00:00:00Z'],
      ['2025-10-23T00:00:00Z', '2026-11-27T00:00:00Z'],
    ] as const) {
      const range = { from: new Date(from), to: new Date(to) }
      const { blocks, edges } = summaryPlan(range)
      const days = blocks.flatMap((b) => Array.from({ length: b.span }, (_, i) => dayNumber(b.day) + i))
      for (const b of blocks) expect(((dayNumber(b.day) % b.span) + b.span) % b.span).toBe(0)
      const first = Math.ceil(range.from.getTime() / DAY)
      const end = Math.floor(range.to.getTime() / DAY)
      expect(days).toEqual(Array.from({ length: end - first }, (_, i) => first + i))
      const covered = edges.reduce((sum, e) => sum + e.to.getTime() - e.from.getTime(), 0) + days.length * DAY
      expect(covered).toBe(range.to.getTime() - range.from.getTime())
    }
  })

  test('a 90-day page range needs a handful of blocks, and no raw edges', () => {
    const { blocks, edges } = summaryPlan({ from: new Date('2026-08-30T00:00:00Z'), to: new Date('2026-11-28T00:00:00Z') })
    expect(edges).toEqual([])
    expect(blocks.length).toBeLessThanOrEqual(20)
  })

  test('a range inside one day is read raw', () => {
    const range = { from: new Date('2026-11-27T08:00:00Z'), to: new Date('2026-11-28T04:00:00Z') }
    expect(summaryPlan(range)).toEqual({ blocks: [], edges: [range] })
  })
})
