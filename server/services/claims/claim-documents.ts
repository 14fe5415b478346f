import { PageSizes, rgb } from 'pdf-lib'
import { csvRecord, decimalAmount } from '@/server/domain/csv'
import { formatMoney, minorUnitDigits } from '@/server/domain/money'
import { createPdf, isoDate, SAVE_OPTIONS } from '@/server/integrations/labels/pdf-document'
import { printable, truncateToWidth } from '@/server/integrations/labels/text-fit'
import type { ClaimLine, ClaimSummary } from './read-supplier-claims'

export const CLAIM_CSV_HEADER = [
  'rma', 'order_number', 'requested_at', 'sku', 'product', 'variant', 'reason', 'grade', 'note', 'quantity', 'refund_amount', 'shipping_amount', 'currency', 'evidence_photos',
] as const

/** One record per claimed item; photo ids are listed so the shop can attach the pictures. */
export function claimCsv(claim: ClaimSummary, lines: readonly ClaimLine[]): string {
  const digits = minorUnitDigits(claim.currency)
  return [
    csvRecord(CLAIM_CSV_HEADER),
    ...lines.map((l) =>
      csvRecord([
        l.rma, l.orderNumber, l.requestedAt.toISOString(), l.sku, l.title, l.variant, l.reason, l.grade, l.note, l.quantity,
        decimalAmount(l.refundAmount, digits), decimalAmount(l.shippingAmount, digits), claim.currency, l.photoIds.join(' '),
      ]),
    ),
  ].join('')
}

const MARGIN = 42
const COLUMNS = [
  { title: 'RMA', width: 92 },
  { title: 'Order', width: 44 },
  { title: 'Item', width: 170 },
  { title: 'Reason', width: 82 },
  { title: 'Qty', width: 26, right: true },
  { title: 'Refunded', width: 60, right: true },
  { title: 'Shipping', width: 52, right: true },
] as const

/** An A4 claim letter: supplier, totals, and a table of the items (continued over as many pages as needed). */
export async function renderClaimPdf(input: { shopName: string; claim: ClaimSummary; lines: readonly ClaimLine[]; printedAt: Date }): Promise<Uint8Array> {
  const { claim, lines } = input
  const { doc, fonts } = await createPdf({ title: `Supplier claim ${claim.supplierCode} ${isoDate(claim.createdAt)}`, createdAt: input.printedAt })
  const money = (amount: number) => printable(formatMoney({ amount, currency: claim.currency }, 'en'))
  const [width, height] = PageSizes.A4
  let page = doc.addPage(PageSizes.A4)
  let y = height - MARGIN

  const text = (value: string, x: number, size: number, bold = false, maxWidth = width - x - MARGIN) => {
    const font = bold ? fonts.bold : fonts.regular
    page.drawText(truncateToWidth(printable(value), font, size, maxWidth), { x, y, size, font })
  }
  text(input.shopName, MARGIN, 18, true)
  y -= 22
  text(`Supplier claim: ${claim.supplierName} (${claim.supplierCode})`, MARGIN, 12)
  y -= 16
  text(`Opened ${isoDate(claim.createdAt)} · printed ${isoDate(input.printedAt)} · status ${claim.status} · ${claim.items} item(s), ${claim.units} unit(s)`, MARGIN, 9)
  y -= 14
  text(`Refunded to customers ${money(claim.refundAmount)} + return shipping ${money(claim.shippingAmount)} = claimed ${money(claim.claimedAmount)}`, MARGIN, 10, true)
  y -= 26

  const header = () => {
    let x = MARGIN
    for (const column of COLUMNS) {
      text(column.title, x, 9, true, column.width - 4)
      x += column.width
    }
    y -= 4
    page.drawLine({ start: { x: MARGIN, y }, end: { x: width - MARGIN, y }, thickness: 0.5, color: rgb(0.5, 0.5, 0.5) })
    y -= 12
  }
  header()
  for (const line of lines) {
    if (y < MARGIN + 20) {
      page = doc.addPage(PageSizes.A4)
      y = height - MARGIN
      header()
    }
    const cells = [line.rma, line.orderNumber, `${line.title}${line.variant ? `, ${line.variant}` : ''} (${line.sku})`, line.grade ? `${line.reason} / ${line.grade}` : line.reason, String(line.quantity), money(line.refundAmount), money(line.shippingAmount)]
    let x = MARGIN
    COLUMNS.forEach((column, index) => {
      const value = truncateToWidth(printable(cells[index]!), fonts.regular, 8, column.width - 4)
      const offset = 'right' in column ? column.width - 4 - fonts.regular.widthOfTextAtSize(value, 8) : 0
      page.drawText(value, { x: x + offset, y, size: 8, font: fonts.regular })
      x += column.width
    })
    y -= 12
    if (line.note || line.photoIds.length > 0) {
      const evidence = [line.note ? `"${line.note}"` : null, line.photoIds.length > 0 ? `${line.photoIds.length} photo(s): ${line.photoIds.join(', ')}` : null].filter(Boolean).join(' · ')
      page.drawText(truncateToWidth(printable(evidence), fonts.regular, 7, width - 2 * MARGIN - 92), { x: MARGIN + 92, y, size: 7, font: fonts.regular, color: rgb(0.35, 0.35, 0.35) })
      y -= 11
    }
  }
  return doc.save(SAVE_OPTIONS)
}
