/** One line of a progress bar: `[#####-----]  50%  orders 500,000 / 1,000,000  12 s`. */
export function progressLine(label: string, done: number, total: number, elapsedMs: number, width = 30): string {
  const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1
  const filled = Math.round(fraction * width)
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4)
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}  ${label} ${done.toLocaleString('en')} / ${total.toLocaleString('en')}  ${Math.round(elapsedMs / 1000)} s`
}

/** Splits [0, total) into consecutive [from, to) chunks of at most `size`. */
export function chunks(total: number, size: number): [number, number][] {
  const result: [number, number][] = []
  for (let from = 0; from < total; from += size) result.push([from, Math.min(total, from + size)])
  return result
}
