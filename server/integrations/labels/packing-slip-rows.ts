import { type PDFPage, rgb } from 'pdf-lib'
import { type Fonts } from './pdf-document'
import { type PackingSlipItem } from './packing-slip-input'
import { LEADING, type TextLine, blockHeight, drawLines, fitLine, printable, wrapText } from './text-fit'

/** Column geometry of the item table for one content width. */
export type Columns = { x: number; check: number; item: number; quantity: number; reason: number; gap: number }

export function columnsFor(x: number, width: number): Columns {
  const check = 14
  const quantity = 36
  const gap = 12
  const rest = width - check - quantity - 3 * gap
  // Titles need more room than reasons, which are short phrases ("Too small", "Arrived damaged").
  const item = Math.floor(rest * 0.56)
  return { x, check, item, quantity, reason: rest - item, gap }
}

export type ItemRow = { item: TextLine[]; quantity: TextLine; reason: TextLine[]; height: number }

const PADDING = 8
const GREY = rgb(0.35, 0.35, 0.35)

/** Wraps one item into its cells; a row is as tall as its tallest cell. */
export function layoutRow(item: PackingSlipItem, columns: Columns, fonts: Fonts): ItemRow {
  const lines = (text: string, font = fonts.regular, size = 9, maxLines = 1, width = columns.item): TextLine[] =>
    wrapText(printable(text), font, size, width, maxLines).map((line) => ({ text: line, font, size }))
  const details = [item.variant, item.sku ? `SKU ${item.sku}` : null].filter((part): part is string => !!part?.trim()).join(' · ')
  const itemLines = [...lines(item.title, fonts.bold, 10, 2), ...lines(details, fonts.regular, 8.5, 1)]
  const reason = lines(item.reason, fonts.regular, 9, 3, columns.reason)
  const quantity = { text: String(item.quantity), font: fonts.bold, size: 10 }
  return { item: itemLines, quantity, reason, height: Math.max(blockHeight(itemLines), blockHeight(reason), 10 * LEADING) + PADDING }
}

export function drawHeaderRow(page: PDFPage, columns: Columns, top: number, fonts: Fonts, labels: { item: string; quantity: string; reason: string }): number {
  const cell = (text: string, width: number) => [fitLine(text, fonts.bold, 8.5, 6, width)]
  const { x, check, item, quantity, gap } = columns
  drawLines(page, cell(labels.item, item), { x: x + check + gap, top, width: item, color: GREY })
  drawLines(page, cell(labels.quantity, quantity), { x: x + check + item + 2 * gap, top, width: quantity, align: 'right', color: GREY })
  drawLines(page, cell(labels.reason, columns.reason), { x: x + check + item + quantity + 3 * gap, top, width: columns.reason, color: GREY })
  const bottom = top - 14
  page.drawLine({ start: { x, y: bottom }, end: { x: x + tableWidth(columns), y: bottom }, thickness: 1 })
  return bottom
}

export const tableWidth = ({ check, item, quantity, reason, gap }: Columns) => check + item + quantity + reason + 3 * gap

/** Draws a row below `top` and returns its bottom; the empty box is ticked by whoever packs. */
export function drawRow(page: PDFPage, columns: Columns, row: ItemRow, top: number): number {
  const { x, check, item, quantity, gap } = columns
  const cellTop = top - PADDING / 2
  page.drawRectangle({ x, y: cellTop - 11, width: 10, height: 10, borderWidth: 0.75, borderColor: rgb(0, 0, 0) })
  drawLines(page, row.item, { x: x + check + gap, top: cellTop, width: item })
  drawLines(page, [row.quantity], { x: x + check + item + 2 * gap, top: cellTop, width: quantity, align: 'right' })
  drawLines(page, row.reason, { x: x + check + item + quantity + 3 * gap, top: cellTop, width: columns.reason })
  const bottom = top - row.height
  page.drawLine({ start: { x, y: bottom }, end: { x: x + tableWidth(columns), y: bottom }, thickness: 0.5, color: rgb(0.7, 0.7, 0.7) })
  return bottom
}
