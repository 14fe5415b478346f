import { fill, type PDFPage, popGraphicsState, pushGraphicsState, rectangle, setFillingGrayscaleColor } from 'pdf-lib'
import { type BarcodeModules } from './barcodes'

/**
 * One dot of a 203-dpi thermal printer, the usual label printer. Modules are a whole number of dots
 * and symbols start on the dot grid, so every bar prints exactly as wide as encoded; on 300 and
 * 600 dpi printers the rounding error is under half a device pixel.
 */
export const DOT = 72 / 203

export type Box = { x: number; y: number; width: number; height: number }

const round = (value: number) => Math.round(value * 1000) / 1000
const snap = (value: number) => Math.round(value / DOT) * DOT

/** Width of the symbol with its quiet zones, in modules. */
export const outerColumns = (modules: BarcodeModules) => modules.columns + 2 * modules.quietZone

/**
 * The largest module (in points, whole dots, at most `maxDots`) with which the symbol and its
 * quiet zones fit `width` × `height`; null when even `minDots` would not, i.e. unscannably small.
 */
export function moduleSize(modules: BarcodeModules, width: number, height: number, dots: { min: number; max: number }): number | null {
  const perModule = Math.min(width / outerColumns(modules), modules.kind === 'qrcode' ? height / (modules.rows + 2 * modules.quietZone) : Infinity)
  const fitted = Math.min(dots.max, Math.floor(perModule / DOT + 1e-9))
  return fitted >= dots.min ? fitted * DOT : null
}

/**
 * Draws the symbol as filled rectangles, all in one path so PDF viewers do not anti-alias hairline
 * seams between neighbouring modules. `left`/`bottom` is the outer corner, quiet zone included;
 * a linear code's bars are `barHeight` tall (it has no quiet zone above or below). Returns the
 * outer box, which nothing else may be drawn into.
 */
export function drawBarcode(page: PDFPage, modules: BarcodeModules, at: { left: number; bottom: number; moduleWidth: number; barHeight?: number }): Box {
  const { moduleWidth } = at
  const linear = modules.kind === 'code128'
  const symbolHeight = linear ? (at.barHeight ?? 50) : modules.rows * moduleWidth
  const rowHeight = symbolHeight / modules.rows
  const verticalQuiet = linear ? 0 : modules.quietZone * moduleWidth
  const originX = snap(at.left + modules.quietZone * moduleWidth)
  const top = snap(at.bottom + verticalQuiet + symbolHeight)
  const operators = [pushGraphicsState(), setFillingGrayscaleColor(0)]
  for (const bar of modules.bars) {
    const x = originX + bar.x * moduleWidth
    const y = top - (bar.y + bar.height) * rowHeight
    operators.push(rectangle(round(x), round(y), round(bar.width * moduleWidth), round(bar.height * rowHeight)))
  }
  operators.push(fill(), popGraphicsState())
  page.pushOperators(...operators)
  return { x: originX - modules.quietZone * moduleWidth, y: top - symbolHeight - verticalQuiet, width: outerColumns(modules) * moduleWidth, height: symbolHeight + 2 * verticalQuiet }
}
