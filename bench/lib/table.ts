import { describeGoal, type Figure, formatNumber, judge } from './figures'
import { ratio } from './stats'

const HEADERS = ['section', 'measurement', 'value', 'baseline', 'ratio', 'goal', 'verdict', 'note'] as const

export function figureRow(figure: Figure): string[] {
  const r = ratio(figure.value, figure.baseline)
  const withUnit = (n: number | null | undefined) => (n == null ? '–' : `${formatNumber(n)}${figure.unit ? ` ${figure.unit}` : ''}`)
  return [
    figure.section,
    figure.name,
    withUnit(figure.value),
    figure.baseline === undefined ? '' : withUnit(figure.baseline),
    r == null ? '' : `${r.toFixed(2)}×`,
    describeGoal(figure.goal, figure.unit),
    judge(figure),
    figure.note ?? '',
  ]
}

/** Plain-text table, columns padded to their widest cell; numbers right-aligned. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, i) => Math.max([...header].length, ...rows.map((row) => [...(row[i] ?? '')].length)))
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((row) => /^(–|)$|^[\d.,]+(×| .*)?$/.test(row[i] ?? '')))
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const pad = widths[i]! - [...cell].length
        return numeric[i] ? ' '.repeat(pad) + cell : cell + ' '.repeat(pad)
      })
      .join('  ')
      .trimEnd()
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

export function formatFigures(figures: readonly Figure[]): string {
  return formatTable(HEADERS, figures.map(figureRow))
}
