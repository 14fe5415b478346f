import { type Color, type PDFFont, type PDFPage, rgb } from 'pdf-lib'
import { toWinAnsi } from './win-ansi'

/**
 * Text on a label has a fixed box and nothing may leave it: a printer clips whatever runs off the
 * page, and a carrier's sorter would see half an address. So every text is sized, wrapped and, as
 * a last resort, cut with "…" to fit its box. All text is made WinAnsi-safe here, once.
 */

export type TextLine = { text: string; font: PDFFont; size: number }
export type TextSpec = { text: string; font: PDFFont; size: number; maxLines?: number }

// Helvetica's glyphs reach 0.931 em above the baseline (Å) and 0.225 below (FontBBox), so a
// line's baseline sits ASCENT × size under its top, and lines are LEADING × size apart: no ink
// ever leaves its block, whatever the letters.
export const ASCENT = 0.931
export const LEADING = 1.16
// No field on a label or slip needs more; hostile 100 kB names are cut before they are measured.
const MAX_CHARS = 400
const ELLIPSIS = '…'

// pdf-lib's widthOfTextAtSize subtracts the AFM kerning pairs, but drawText does not kern: text
// measured with it is wider on paper than measured ("Hohenlohe-Waldenburg" by over a point).
// So widths are summed per character; they are the same in every document, hence one cache.
const charWidths = new Map<string, Map<string, number>>()

export function textWidth(font: PDFFont, text: string, size: number): number {
  let widths = charWidths.get(font.name)
  if (!widths) charWidths.set(font.name, (widths = new Map()))
  let total = 0
  for (const char of text) {
    let width = widths.get(char)
    if (width === undefined) widths.set(char, (width = font.widthOfTextAtSize(char, 1000)))
    total += width
  }
  return (total * size) / 1000
}

export const printable = (text: string) => toWinAnsi(text.slice(0, MAX_CHARS * 2)).slice(0, MAX_CHARS)

/** Longest prefix of `text` that `fits`, but at least `minimum` characters (so breaking loops end). */
function fittingPrefix(text: string, fits: (s: string) => boolean, minimum: number): string {
  let low = minimum
  let high = text.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (fits(text.slice(0, mid))) low = mid
    else high = mid - 1
  }
  return text.slice(0, low)
}

export function truncateToWidth(text: string, font: PDFFont, size: number, maxWidth: number): string {
  const fits = (s: string) => textWidth(font, s, size) <= maxWidth
  if (fits(text)) return text
  if (!fits(ELLIPSIS)) return ''
  return fittingPrefix(text, (s) => fits(`${s.trimEnd()}${ELLIPSIS}`), 0).trimEnd() + ELLIPSIS
}

/** Greedy word wrap into at most `maxLines` lines; over-long words (URLs, "AAAA…") are broken anywhere. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number, maxLines = 1): string[] {
  const fits = (s: string) => textWidth(font, s, size) <= maxWidth
  const lines: string[] = []
  let current = ''
  for (const word of text.split(' ')) {
    if (!word) continue
    const candidate = current ? `${current} ${word}` : word
    if (fits(candidate)) {
      current = candidate
      continue
    }
    if (current) lines.push(current)
    current = word
    while (!fits(current) && lines.length <= maxLines) {
      const head = fittingPrefix(current, fits, 1)
      lines.push(head)
      current = current.slice(head.length)
    }
    if (lines.length > maxLines) break
  }
  if (current) lines.push(current)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  // Force the ellipsis: the cut-off text is the reason this line ends here.
  kept[maxLines - 1] = truncateToWidth(`${kept[maxLines - 1]}${ELLIPSIS.repeat(2)}`, font, size, maxWidth).replace(/…+$/, ELLIPSIS)
  return kept.filter(Boolean)
}

export const blockHeight = (lines: readonly TextLine[]) => lines.reduce((sum, line) => sum + line.size * LEADING, 0)

/**
 * Lays out fields top to bottom in a `width` × `height` box, shrinking all of them together (down
 * to 60 %) until they fit, so an address keeps its proportions. Text is expected raw: it is made
 * printable here. Dropping trailing lines is a last resort that the layouts are sized never to need.
 */
export function layoutBlock(specs: readonly TextSpec[], width: number, height: number): TextLine[] {
  const prepared = specs.map((spec) => ({ ...spec, text: printable(spec.text) })).filter((spec) => spec.text)
  let lines: TextLine[] = []
  for (const scale of [1, 0.9, 0.8, 0.7, 0.6]) {
    lines = prepared.flatMap(({ text, font, size, maxLines }) =>
      wrapText(text, font, size * scale, width, maxLines).map((line) => ({ text: line, font, size: size * scale })),
    )
    if (blockHeight(lines) <= height) return lines
  }
  while (lines.length > 1 && blockHeight(lines) > height) lines.pop()
  return lines
}

export type DrawOptions = { x: number; top: number; width: number; align?: 'left' | 'center' | 'right'; color?: Color }

/** Draws laid-out lines from `top` downwards; returns the y of the bottom of the block. */
export function drawLines(page: PDFPage, lines: readonly TextLine[], { x, top, width, align = 'left', color = rgb(0, 0, 0) }: DrawOptions): number {
  let y = top
  for (const { text, font, size } of lines) {
    const lineWidth = textWidth(font, text, size)
    const offset = align === 'left' ? 0 : align === 'center' ? (width - lineWidth) / 2 : width - lineWidth
    page.drawText(text, { x: x + offset, y: y - size * ASCENT, size, font, color })
    y -= size * LEADING
  }
  return y
}

/** One line at the largest size in [minSize, size] that fits `width`, cut with "…" below that. */
export function fitLine(text: string, font: PDFFont, size: number, minSize: number, width: number): TextLine {
  const clean = printable(text)
  let fitted = size
  const natural = textWidth(font, clean, size)
  if (natural > width) fitted = Math.max(minSize, Math.floor(((size * width) / natural) * 4) / 4)
  return { text: truncateToWidth(clean, font, fitted, width), font, size: fitted }
}
