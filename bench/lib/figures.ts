import { ratio } from './stats'

/**
 * A goal from the issue. `max-ratio` compares the figure with its baseline (bare Next.js, or the
 * small database); `min` / `max` compare the figure itself.
 */
export type Goal = { kind: 'max-ratio'; limit: number } | { kind: 'min'; limit: number } | { kind: 'max'; limit: number }

/** One line of the bench table and of reports/bench.json. */
export type Figure = {
  section: string
  name: string
  value: number | null
  unit: string
  /** The same measurement on the floor it is compared with (bare Next.js, 1,000-order database). */
  baseline?: number | null
  goal?: Goal
  note?: string
}

export type Verdict = 'met' | 'missed' | 'n/a' | ''

export function judge(figure: Figure): Verdict {
  const { goal, value } = figure
  if (!goal) return ''
  if (value == null || !Number.isFinite(value)) return 'n/a'
  switch (goal.kind) {
    case 'min':
      return value >= goal.limit ? 'met' : 'missed'
    case 'max':
      return value <= goal.limit ? 'met' : 'missed'
    case 'max-ratio': {
      const r = ratio(value, figure.baseline)
      if (r == null) return 'n/a'
      return r <= goal.limit ? 'met' : 'missed'
    }
  }
}

export function describeGoal(goal: Goal | undefined, unit: string): string {
  if (!goal) return ''
  if (goal.kind === 'max-ratio') return `≤ ${goal.limit}×`
  return `${goal.kind === 'min' ? '≥' : '≤'} ${formatNumber(goal.limit)}${unit ? ` ${unit}` : ''}`
}

/** Three significant figures at most, thousands separated: latencies and rates both read well. */
export function formatNumber(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '–'
  const abs = Math.abs(value)
  const digits = abs >= 100 || Number.isInteger(value) ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3
  return value.toLocaleString('en', { minimumFractionDigits: 0, maximumFractionDigits: digits })
}
