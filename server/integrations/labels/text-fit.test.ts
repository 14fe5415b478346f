import fc from 'fast-check'
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib'
import { beforeAll, describe, expect, test } from 'vitest'
import { blockHeight, fitLine, layoutBlock, textWidth, truncateToWidth, wrapText } from './text-fit'

let regular: PDFFont
let bold: PDFFont
beforeAll(async () => {
  const doc = await PDFDocument.create()
  regular = await doc.embedFont(StandardFonts.Helvetica)
  bold = await doc.embedFont(StandardFonts.HelveticaBold)
})

describe('fitting text into boxes', () => {
  test('measures as drawn, without the kerning pdf-lib’s widthOfTextAtSize subtracts', () => {
    expect(textWidth(regular, 'AVAVAV', 10)).toBeCloseTo(6 * regular.widthOfTextAtSize('A', 10), 6)
    expect(textWidth(regular, 'AVAVAV', 10)).toBeGreaterThan(regular.widthOfTextAtSize('AVAVAV', 10))
  })

  test('wraps at spaces, breaks words that are wider than the line, and marks a cut with “…”', () => {
    expect(wrapText('Leopoldstraße 12 Hinterhaus', regular, 10, 80, 3)).toEqual(['Leopoldstraße 12', 'Hinterhaus'])
    const broken = wrapText('x'.repeat(100), regular, 10, 100, 5)
    expect(broken.length).toBeGreaterThan(1)
    expect(broken.join('')).toBe('x'.repeat(100))
    const cut = wrapText('one two three four five six seven eight nine ten', regular, 10, 50, 2)
    expect(cut).toHaveLength(2)
    expect(cut[1]).toMatch(/…$/)
    expect(truncateToWidth('Schwarzenberg-Hohenlohe-Waldenburg', bold, 12, 100)).toMatch(/^Schwarzen.*…$/)
    expect(truncateToWidth('short', bold, 12, 100)).toBe('short')
  })

  test('fitLine shrinks down to the minimum size before cutting', () => {
    const shrunk = fitLine('Roundtrip Returns Hub EU', bold, 14, 9, 150)
    expect(shrunk.size).toBeLessThan(14)
    expect(shrunk.size).toBeGreaterThanOrEqual(9)
    expect(shrunk.text).toBe('Roundtrip Returns Hub EU')
    expect(fitLine('x'.repeat(200), bold, 14, 9, 150)).toMatchObject({ size: 9, text: expect.stringMatching(/…$/) })
  })

  test('whatever the text, every line fits its width and a block fits its height', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 20, max: 300 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 12, max: 120 }),
        (text, width, maxLines, height) => {
          for (const line of wrapText(text.replace(/[^\x20-\x7e]/g, 'é'), regular, 10, width, maxLines)) {
            expect(textWidth(regular, line, 10)).toBeLessThanOrEqual(width)
          }
          const block = layoutBlock([{ text, font: bold, size: 14, maxLines }, { text, font: regular, size: 10, maxLines }], width, height)
          expect(blockHeight(block)).toBeLessThanOrEqual(height)
          for (const line of block) expect(textWidth(line.font, line.text, line.size)).toBeLessThanOrEqual(width)
        },
      ),
      { numRuns: 200 },
    )
  })
})
