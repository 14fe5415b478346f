import { createRequire } from 'node:module'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/**
 * Reads a PDF back the way a viewer does (pdfjs-dist), for tests: the page boxes and every text
 * run with its position, so tests can check both what is printed and that it stays on the page.
 */
export type PlacedText = { text: string; x: number; y: number; width: number; size: number; page: number }
export type PdfContents = { pages: { width: number; height: number }[]; texts: PlacedText[]; allText: string }

const standardFontDataUrl = createRequire(import.meta.url).resolve('pdfjs-dist/package.json').replace(/package\.json$/, 'standard_fonts/')

export async function readPdf(bytes: Uint8Array): Promise<PdfContents> {
  // pdfjs takes ownership of (detaches) the buffer it is given.
  const pdf = await getDocument({ data: bytes.slice(), standardFontDataUrl, isEvalSupported: false, useSystemFonts: false }).promise
  const pages: PdfContents['pages'] = []
  const texts: PlacedText[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view
    pages.push({ width: x1 - x0, height: y1 - y0 })
    const content = await page.getTextContent()
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue
      const [a = 0, b = 0, , , e = 0, f = 0] = item.transform as number[]
      texts.push({ text: item.str, x: e, y: f, width: item.width, size: Math.hypot(a, b), page: number })
    }
  }
  await pdf.destroy()
  return { pages, texts, allText: texts.map((t) => t.text).join('\n') }
}

/** Where a run's ink can be: Helvetica's FontBBox reaches 0.931 em above the baseline and 0.225 below. */
export const inkBox = (t: PlacedText) => ({ x: t.x, y: t.y - 0.225 * t.size, width: t.width, height: 1.156 * t.size })

/** Text runs whose ink box leaves the page, or comes closer than `inset` to its edges. */
export function textsOutside(contents: PdfContents, inset = 0): PlacedText[] {
  return contents.texts.filter((t) => {
    const page = contents.pages[t.page - 1]!
    const box = inkBox(t)
    const bottom = box.y
    const top = box.y + box.height
    return t.x < inset - 0.01 || t.x + t.width > page.width - inset + 0.01 || bottom < inset - 0.01 || top > page.height - inset + 0.01
  })
}
