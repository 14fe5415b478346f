import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib'

export type Fonts = { regular: PDFFont; bold: PDFFont }

/**
 * A new document with the two standard fonts (not embedded: every PDF reader and printer has
 * Helvetica, which keeps a label at a few kB) and metadata taken from the input rather than the
 * clock, so the same input always gives the same bytes (cacheable, comparable in tests).
 */
export async function createPdf(meta: { title: string; createdAt: Date }): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.setTitle(meta.title)
  doc.setCreator('Roundtrip')
  doc.setProducer('Roundtrip')
  doc.setCreationDate(meta.createdAt)
  doc.setModificationDate(meta.createdAt)
  const [regular, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)])
  return { doc, fonts: { regular, bold } }
}

/**
 * pdf-lib pauses for the event loop every 50 objects while saving (a timer each time); a label has
 * about 20 and a 60-item slip under 100, so the pauses only add latency. Saving one is ~1 ms of CPU.
 */
export const SAVE_OPTIONS = { objectsPerTick: Number.POSITIVE_INFINITY } as const

/** ISO date in UTC: "2026-12-25" reads the same in every country, unlike 12/25 or 25/12. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10)
