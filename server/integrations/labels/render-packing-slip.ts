import { PageSizes, type PDFPage, rgb } from 'pdf-lib'
import { code128Modules } from './barcodes'
import { drawBarcode, moduleSize, outerColumns } from './draw-barcode'
import { invalid } from './label-input'
import {
  assertPackingSlipInput,
  DEFAULT_PACKING_SLIP_TEXT,
  fillIn,
  type PackingSlipInput,
  type PackingSlipText,
} from './packing-slip-input'
import { columnsFor, drawHeaderRow, drawRow, layoutRow } from './packing-slip-rows'
import { createPdf, type Fonts, isoDate, SAVE_OPTIONS } from './pdf-document'
import { ASCENT, blockHeight, drawLines, fitLine, LEADING, printable, type TextLine, wrapText } from './text-fit'

export type { PackingSlipInput, PackingSlipItem, PackingSlipText } from './packing-slip-input'

export const PACKING_SLIP_SIZES = { A4: PageSizes.A4, Letter: PageSizes.Letter } as const
const MARGIN = 42 // 15 mm: outside what office printers cannot reach
const FOOTER = 24 // kept free above the bottom margin for the page footer
const BARCODE_WIDTH = 240 // room for a 24-character RMA at 2 printer dots per module
const GREY = rgb(0.35, 0.35, 0.35)

type Page = { page: PDFPage; width: number; height: number; fonts: Fonts; input: PackingSlipInput; text: PackingSlipText }

/** Shop, title, order and the RMA as a barcode, on every page: the hub scans whichever page it finds first. */
function drawPageHeader({ page, width, height, fonts, input, text }: Page): number {
  const top = height - MARGIN
  const leftWidth = width - 2 * MARGIN - BARCODE_WIDTH - 12
  const lines: TextLine[] = [
    fitLine(input.shopName, fonts.bold, 18, 11, leftWidth),
    fitLine(text.title, fonts.regular, 12, 8, leftWidth),
    fitLine(`${text.order} ${input.orderNumber}`, fonts.regular, 10, 7, leftWidth),
    fitLine(`${text.rma} ${input.rma}`, fonts.bold, 10, 7, leftWidth),
  ]
  drawLines(page, lines, { x: MARGIN, top, width: leftWidth })
  const modules = code128Modules(input.rma)
  const moduleWidth = moduleSize(modules, BARCODE_WIDTH, Infinity, { min: 2, max: 3 })
  if (moduleWidth === null) throw invalid('rma', 'The RMA is too long to print as a barcode.')
  const left = width - MARGIN - outerColumns(modules) * moduleWidth
  const box = drawBarcode(page, modules, { left, bottom: top - 36, moduleWidth, barHeight: 36 })
  drawLines(page, [fitLine(input.rma, fonts.bold, 10, 7, box.width)], { x: box.x, top: top - 40, width: box.width, align: 'center' })
  const bottom = top - Math.max(blockHeight(lines), 54) - 8
  page.drawLine({ start: { x: MARGIN, y: bottom }, end: { x: width - MARGIN, y: bottom }, thickness: 1.5 })
  return bottom
}

/** The numbered packing steps in a box, first page only. */
function drawInstructions({ page, width, fonts, text }: Page, top: number): number {
  const pad = 10
  const indent = 14
  const textWidth = width - 2 * MARGIN - 2 * pad - indent
  const title = fitLine(text.instructionsTitle, fonts.bold, 11, 8, width - 2 * MARGIN - 2 * pad)
  // At most five steps, each up to three lines: the box must leave page one room for items.
  const steps = text.instructions.slice(0, 5).map((step) => wrapText(printable(step), fonts.regular, 9.5, textWidth, 3).map((line) => ({ text: line, font: fonts.regular, size: 9.5 })))
  const height = 2 * pad + blockHeight([title]) + steps.reduce((sum, lines) => sum + blockHeight(lines), 0)
  page.drawRectangle({ x: MARGIN, y: top - height, width: width - 2 * MARGIN, height, color: rgb(0.95, 0.95, 0.95), borderColor: rgb(0, 0, 0), borderWidth: 0.75 })
  let y = drawLines(page, [title], { x: MARGIN + pad, top: top - pad, width: width - 2 * MARGIN - 2 * pad })
  steps.forEach((lines, index) => {
    page.drawText(`${index + 1}.`, { x: MARGIN + pad, y: y - 9.5 * ASCENT, size: 9.5, font: fonts.bold })
    y = drawLines(page, lines, { x: MARGIN + pad + indent, top: y, width: textWidth })
  })
  return top - height
}

function drawFooter({ page, width, fonts, input, text }: Page, index: number, pages: number): void {
  const half = (width - 2 * MARGIN) / 2
  const left = fitLine(`${input.rma} · ${text.order} ${input.orderNumber} · ${isoDate(input.issuedAt)}`, fonts.regular, 8, 6, half)
  const right = fitLine(fillIn(text.pageOf, { page: index + 1, pages }), fonts.regular, 8, 6, half)
  drawLines(page, [left], { x: MARGIN, top: MARGIN + 10, width: half, color: GREY })
  drawLines(page, [right], { x: MARGIN + half, top: MARGIN + 10, width: half, align: 'right', color: GREY })
}

/** A packing slip (PDF, A4 or US Letter) listing every item, paginated. Throws AppError INVALID_INPUT. */
export async function renderPackingSlip(input: PackingSlipInput): Promise<Uint8Array> {
  assertPackingSlipInput(input)
  const text: PackingSlipText = { ...DEFAULT_PACKING_SLIP_TEXT, ...input.text }
  const [width, height] = PACKING_SLIP_SIZES[input.pageSize]
  const { doc, fonts } = await createPdf({ title: `${text.title} ${input.rma}`, createdAt: input.issuedAt })
  const columns = columnsFor(MARGIN, width - 2 * MARGIN)
  const rows = input.items.map((item) => layoutRow(item, columns, fonts))
  const floor = MARGIN + FOOTER
  const pages: Page[] = []
  let y = 0

  const newPage = () => {
    const current: Page = { page: doc.addPage([width, height]), width, height, fonts, input, text }
    pages.push(current)
    y = drawPageHeader(current) - 14
    if (pages.length === 1) y = drawInstructions(current, y) - 18
    y = drawHeaderRow(current.page, columns, y, fonts, text)
    return current
  }
  let current = newPage()
  for (const row of rows) {
    if (y - row.height < floor) current = newPage()
    y = drawRow(current.page, columns, row, y)
  }
  const count = input.items.reduce((sum, item) => sum + item.quantity, 0)
  if (y - 10 * LEADING - 8 < floor) current = newPage()
  const total = fitLine(fillIn(text.totalItems, { count }), fonts.bold, 10, 7, width - 2 * MARGIN)
  drawLines(current.page, [total], { x: MARGIN, top: y - 8, width: width - 2 * MARGIN, align: 'right' })
  pages.forEach((page, index) => drawFooter(page, index, pages.length))
  return doc.save(SAVE_OPTIONS)
}
