import { type PDFPage, rgb } from 'pdf-lib'
import { countryName, type LabelAddress, localityLines } from './address'
import { code128Modules, qrModules } from './barcodes'
import { drawBarcode, moduleSize } from './draw-barcode'
import { assertLabelInput, invalid, type ReturnLabelInput } from './label-input'
import { createPdf, type Fonts, isoDate, SAVE_OPTIONS } from './pdf-document'
import { blockHeight, drawLines, fitLine, layoutBlock, type TextSpec } from './text-fit'

export type { ReturnLabelInput, WeightClass } from './label-input'
export type { LabelAddress } from './address'

/** 4 × 6 in, the thermal label size every parcel carrier accepts. */
export const LABEL_SIZE = { width: 288, height: 432 } as const
const MARGIN = 10
const CONTENT_WIDTH = LABEL_SIZE.width - 2 * MARGIN
const WHITE = rgb(1, 1, 1)

// Zones from the top of the page, like a carrier label: sender and size class, the destination
// (the largest text, for sorting by eye), carrier and RMA, the tracking barcode, the paperless QR.
const ZONES = { from: [10, 70], to: [78, 184], service: [192, 232], tracking: [239, 322], qr: [330, 422] } as const
const RULES = [74, 188, 235, 326]
const y = (fromTop: number) => LABEL_SIZE.height - fromTop

function addressSpecs(address: LabelAddress, fonts: Fonts, destination: boolean): TextSpec[] {
  // Destination: locality and country in capitals, as postal services ask; sender: small, as written.
  const size = destination ? { name: 14, line: 12, locality: 14, country: 16 } : { name: 8, line: 7.5, locality: 7.5, country: 7.5 }
  const locality = localityLines(address).map((line) => (destination ? line.toUpperCase() : line))
  const country = countryName(address.country)
  return [
    { text: address.name, font: fonts.bold, size: size.name, maxLines: 2 },
    { text: address.line1, font: fonts.regular, size: size.line, maxLines: 2 },
    { text: address.line2 ?? '', font: fonts.regular, size: size.line },
    ...locality.map((text) => ({ text, font: destination ? fonts.bold : fonts.regular, size: size.locality, maxLines: 2 })),
    { text: destination ? country.toUpperCase() : country, font: fonts.bold, size: size.country },
  ]
}

function caption(page: PDFPage, fonts: Fonts, text: string, x: number, top: number, color = rgb(0, 0, 0)): void {
  page.drawText(text, { x, y: y(top) - 6, size: 6.5, font: fonts.bold, color })
}

function drawHeader(page: PDFPage, fonts: Fonts, input: ReturnLabelInput): void {
  const [top, bottom] = ZONES.from
  const boxSize = bottom - top
  const fromWidth = CONTENT_WIDTH - boxSize - 8
  caption(page, fonts, 'FROM', MARGIN, top)
  drawLines(page, layoutBlock(addressSpecs(input.from, fonts, false), fromWidth, boxSize - 9), { x: MARGIN, top: y(top + 9), width: fromWidth })
  // The size class a drop-off point checks the parcel against, big enough to read across a counter.
  const boxX = LABEL_SIZE.width - MARGIN - boxSize
  page.drawRectangle({ x: boxX + 1, y: y(bottom) + 1, width: boxSize - 2, height: boxSize - 2, borderWidth: 2, borderColor: rgb(0, 0, 0) })
  drawLines(page, [fitLine('WEIGHT CLASS', fonts.bold, 6, 4, boxSize - 8)], { x: boxX + 4, top: y(top + 5), width: boxSize - 8, align: 'center' })
  drawLines(page, [{ text: input.weightClass, font: fonts.bold, size: 38 }], { x: boxX, top: y(top + 15), width: boxSize, align: 'center' })
}

function drawDestination(page: PDFPage, fonts: Fonts, input: ReturnLabelInput): void {
  const [top, bottom] = ZONES.to
  caption(page, fonts, 'SHIP TO', MARGIN, top)
  const indent = 12
  const lines = layoutBlock(addressSpecs(input.to, fonts, true), CONTENT_WIDTH - indent, bottom - top - 10)
  drawLines(page, lines, { x: MARGIN + indent, top: y(top + 10), width: CONTENT_WIDTH - indent })
}

function drawService(page: PDFPage, fonts: Fonts, input: ReturnLabelInput): void {
  const [top, bottom] = ZONES.service
  const rmaWidth = 140
  const serviceWidth = CONTENT_WIDTH - rmaWidth - 8
  const service = layoutBlock(
    [
      { text: input.carrierName, font: fonts.bold, size: 13 },
      { text: input.serviceName, font: fonts.regular, size: 9, maxLines: 2 },
    ],
    serviceWidth,
    bottom - top,
  )
  drawLines(page, service, { x: MARGIN, top: y(top), width: serviceWidth })
  // White on black: the RMA is what the hub keys the parcel in by, so it must be found at a glance.
  const boxX = LABEL_SIZE.width - MARGIN - rmaWidth
  page.drawRectangle({ x: boxX, y: y(bottom), width: rmaWidth, height: bottom - top, color: rgb(0, 0, 0) })
  caption(page, fonts, 'RETURN · RMA', boxX + 6, top + 3, WHITE)
  // Never cut: up to 24 characters (ours have 13) fit on at most two lines.
  const room = bottom - top - 12
  const rma = layoutBlock([{ text: input.rma, font: fonts.bold, size: 18, maxLines: 2 }], rmaWidth - 12, room)
  drawLines(page, rma, { x: boxX + 6, top: y(top + 11) - (room - blockHeight(rma)) / 2, width: rmaWidth - 12, align: 'center', color: WHITE })
}

function drawTracking(page: PDFPage, fonts: Fonts, input: ReturnLabelInput): void {
  const [top] = ZONES.tracking
  caption(page, fonts, 'TRACKING NUMBER', MARGIN, top)
  const modules = code128Modules(input.trackingNumber)
  // 2–4 printer dots (10–20 mil): within every carrier's X-dimension range.
  const moduleWidth = moduleSize(modules, CONTENT_WIDTH, Infinity, { min: 2, max: 4 })
  if (moduleWidth === null) throw invalid('trackingNumber', 'The tracking number is too long to print as a scannable barcode.')
  const width = (modules.columns + 2 * modules.quietZone) * moduleWidth
  drawBarcode(page, modules, { left: MARGIN + (CONTENT_WIDTH - width) / 2, bottom: y(top + 68), moduleWidth, barHeight: 58 })
  const text = fitLine(input.trackingNumber, fonts.bold, 12, 7, CONTENT_WIDTH)
  drawLines(page, [text], { x: MARGIN, top: y(top + 72), width: CONTENT_WIDTH, align: 'center' })
}

function drawQr(page: PDFPage, fonts: Fonts, input: ReturnLabelInput): void {
  const [top, bottom] = ZONES.qr
  const modules = qrModules(input.qrPayload)
  const moduleWidth = moduleSize(modules, bottom - top, bottom - top, { min: 2, max: 8 })
  if (moduleWidth === null) throw invalid('qrPayload', 'The QR payload is too long to print as a scannable code.')
  // The quiet zone may sit on the page margin (it is white), so the modules line up with the text.
  const quiet = modules.quietZone * moduleWidth
  const outerHeight = (modules.rows + 2 * modules.quietZone) * moduleWidth
  const box = drawBarcode(page, modules, { left: Math.max(0, MARGIN - quiet), bottom: y(top) - outerHeight, moduleWidth })
  const textX = box.x + box.width + 4
  const width = LABEL_SIZE.width - MARGIN - textX
  const lines = layoutBlock(
    [
      { text: `Use by ${isoDate(input.expiresAt)}`, font: fonts.bold, size: 14 },
      { text: 'No printer? Show this QR code at the drop-off point instead of the label.', font: fonts.regular, size: 8, maxLines: 3 },
      { text: `Issued ${isoDate(input.issuedAt)}`, font: fonts.regular, size: 7 },
    ],
    width,
    bottom - top - 8,
  )
  drawLines(page, lines, { x: textX, top: y(top + 8), width })
}

/** A print-ready 4 × 6 in return label (PDF, one page). Throws AppError INVALID_INPUT. */
export async function renderReturnLabel(input: ReturnLabelInput): Promise<Uint8Array> {
  assertLabelInput(input)
  const { doc, fonts } = await createPdf({ title: `Return label ${input.rma}`, createdAt: input.issuedAt })
  const page = doc.addPage([LABEL_SIZE.width, LABEL_SIZE.height])
  drawHeader(page, fonts, input)
  for (const fromTop of RULES) {
    page.drawLine({ start: { x: MARGIN, y: y(fromTop) }, end: { x: LABEL_SIZE.width - MARGIN, y: y(fromTop) }, thickness: 1.5 })
  }
  drawDestination(page, fonts, input)
  drawService(page, fonts, input)
  drawTracking(page, fonts, input)
  drawQr(page, fonts, input)
  return doc.save(SAVE_OPTIONS)
}
