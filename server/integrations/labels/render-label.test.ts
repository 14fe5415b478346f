import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { DOT } from './draw-barcode'
import { sampleLabelInput } from './label-input.fixture'
import { decodePdfBarcodes, filledRectangles, type Rect } from './pdf-barcodes.fixture'
import { inkBox, readPdf, textsOutside } from './pdf-text.fixture'
import { LABEL_SIZE, type ReturnLabelInput, renderReturnLabel } from './render-label'

const MARGIN = 10
const render = async (overrides: Partial<ReturnLabelInput> = {}) => {
  const pdf = await renderReturnLabel(sampleLabelInput(overrides))
  return { pdf, contents: await readPdf(pdf) }
}
const intersects = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const bounds = (rects: readonly Rect[], pad: { x: number; y: number }): Rect => {
  const left = Math.min(...rects.map((r) => r.x)) - pad.x
  const bottom = Math.min(...rects.map((r) => r.y)) - pad.y
  return { x: left, y: bottom, width: Math.max(...rects.map((r) => r.x + r.width)) + pad.x - left, height: Math.max(...rects.map((r) => r.y + r.height)) + pad.y - bottom }
}

const LONG = 'Maximilian-Alexander Freiherr von und zu Schwarzenberg-Hohenlohe-Waldenburg '.repeat(4)
const HOSTILE: Partial<ReturnLabelInput> = {
  from: { name: LONG, line1: LONG, line2: LONG, city: LONG, region: LONG, postcode: '80802', country: 'DE' },
  to: { name: LONG, line1: 'x'.repeat(300), line2: LONG, city: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch', region: 'Gwynedd', postcode: 'LL61 5UJ', country: 'GB' },
  carrierName: LONG,
  serviceName: LONG,
  rma: 'WWWWWWWWWWWWWWWWWWWWWWWW', // 24 of the widest glyph
}

describe('renderReturnLabel', () => {
  test('is one 4 × 6 in page (288 × 432 pt)', async () => {
    const { pdf, contents } = await render()
    expect(contents.pages).toEqual([{ width: 288, height: 432 }])
    expect(LABEL_SIZE).toEqual({ width: 288, height: 432 })
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-')
  })

  test('prints the RMA, the hub’s full address with the country spelled out, the sender, carrier, service and dates', async () => {
    const { contents } = await render()
    const lines = contents.texts.map((t) => t.text)
    expect(lines).toEqual(
      expect.arrayContaining([
        'R-7KQ2-M9XD-5',
        'Roundtrip Returns Hub EU',
        'Waalhaven Zuidzijde 21',
        'Dock 4',
        '3089 JH ROTTERDAM',
        'NETHERLANDS',
        '1Z999AA10123456784',
        'Jürgen Groß',
        'Leopoldstraße 12',
        '80802 München',
        'Germany',
        'DHL Parcel',
        'Return Connect, drop-off',
        'M',
        'Use by 2026-12-25',
        'Issued 2026-11-27',
      ]),
    )
    // The destination is the largest text after the weight class; the RMA is bigger than the address lines.
    const size = (text: string) => contents.texts.find((t) => t.text === text)!.size
    expect(size('NETHERLANDS')).toBeGreaterThan(size('Germany'))
    expect(size('R-7KQ2-M9XD-5')).toBeGreaterThanOrEqual(16)
  })

  test('formats the destination’s locality the way its post sorts it', async () => {
    const us = await render({ to: { name: 'Hub', line1: '500 W 2nd St', city: 'Austin', region: 'TX', postcode: '78701', country: 'US' } })
    expect(us.contents.allText).toContain('AUSTIN, TX 78701\nUNITED STATES')
    const gb = await render({ to: { name: 'Hub', line1: '1 Dock Rd', city: 'London', postcode: 'E16 2QT', country: 'gb' } })
    expect(gb.contents.allText).toContain('LONDON\nE16 2QT\nUNITED KINGDOM')
  })

  test('the Code 128 decodes to the tracking number and the QR to the payload', async () => {
    const { pdf, contents } = await render()
    const decoded = await decodePdfBarcodes(pdf, contents.pages[0]!)
    expect(decoded).toHaveLength(2)
    expect(decoded).toEqual(
      expect.arrayContaining([
        { format: 'Code128', text: '1Z999AA10123456784' },
        { format: 'QRCode', text: 'https://returns.example.com/d/R-7KQ2-M9XD-5?t=1Z999AA10123456784' },
      ]),
    )
  })

  test('barcodes keep their quiet zones clear, stay on the page and use whole printer dots', async () => {
    for (const overrides of [{}, HOSTILE, { trackingNumber: '00340434161234567890', qrPayload: 'q'.repeat(1024) }]) {
      const { pdf, contents } = await render(overrides)
      const rects = await filledRectangles(pdf)
      const bars = rects.filter((r) => r.height > 20)
      const qr = rects.filter((r) => r.height <= 20)
      const barModule = Math.min(...bars.map((r) => r.width))
      const qrModule = Math.min(...qr.map((r) => r.height))
      for (const size of [barModule, qrModule]) {
        // Coordinates are written with 3 decimals: a few thousandths of a dot off at most.
        expect(size / DOT).toBeGreaterThan(1.99)
        expect(Math.abs(size / DOT - Math.round(size / DOT))).toBeLessThan(0.01)
      }
      const zones = [bounds(bars, { x: 10 * barModule, y: 0 }), bounds(qr, { x: 4 * qrModule, y: 4 * qrModule })]
      for (const zone of zones) {
        expect(zone.x).toBeGreaterThanOrEqual(0)
        expect(zone.x + zone.width).toBeLessThanOrEqual(288)
        expect(contents.texts.filter((t) => intersects(inkBox(t), zone))).toEqual([])
      }
      expect(intersects(zones[0]!, zones[1]!)).toBe(false)
    }
  })

  test('very long names and lines are wrapped or cut with “…”, never drawn past the margins', async () => {
    const { pdf, contents } = await render(HOSTILE)
    expect(textsOutside(contents, MARGIN - 0.5)).toEqual([])
    expect(contents.texts.some((t) => t.text.endsWith('…'))).toBe(true)
    expect(contents.texts.every((t) => t.text.length < 120)).toBe(true)
    // What must never be cut is whole: the RMA (on two lines here), the tracking number, the country.
    expect(contents.allText.replace(/\n/g, '')).toContain(HOSTILE.rma)
    expect(contents.allText).toContain('UNITED KINGDOM')
    expect(contents.allText).toContain('LL61 5UJ')
    expect(await decodePdfBarcodes(pdf, contents.pages[0]!)).toHaveLength(2)
  })

  test.each([
    ['German', 'Jürgen Größ-Weiß', 'Jürgen Größ-Weiß'],
    ['French', 'Françoise Lefèvre-Cœur', 'Françoise Lefèvre-Cœur'],
    ['Polish', 'Łukasz Żółkiewski', 'Lukasz Zólkiewski'],
    ['Turkish', 'Gülşen Yıldırım, İğdır', 'Gülsen Yildirim, Igdir'],
    ['Hungarian', 'Erdős Pál Őrs', 'Erdös Pál Örs'],
    ['Russian', 'Жанна Щукина', 'Zhanna Shchukina'],
    ['Japanese and emoji', '山田 太郎 🎉', '?? ?? ?'],
    ['control and bidi characters', 'evil\u202Egnp.exe\u0000\t\nok', 'evilgnp.exe ok'],
  ])('a %s name renders without crashing, transliterated where the font cannot show it', async (_, name, printed) => {
    const from = { ...sampleLabelInput().from, name }
    const to = { ...sampleLabelInput().to, name }
    const { contents } = await render({ from, to })
    expect(contents.texts.filter((t) => t.text === printed)).toHaveLength(2)
    expect(textsOutside(contents, MARGIN - 0.5)).toEqual([])
  })

  test('the same input gives the same bytes', async () => {
    const [a, b] = await Promise.all([renderReturnLabel(sampleLabelInput()), renderReturnLabel(sampleLabelInput())])
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })

  test.each<[string, Partial<ReturnLabelInput>]>([
    ['country name instead of ISO code', { to: { ...sampleLabelInput().to, country: 'Netherlands' } }],
    ['non-ASCII tracking number', { trackingNumber: '1Z999ÄÖ' }],
    ['tracking number with surrounding spaces', { trackingNumber: ' 1Z999AA1 ' }],
    ['tracking number too long to scan at 2 dots', { trackingNumber: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' }],
    ['empty hub name', { to: { ...sampleLabelInput().to, name: '   ' } }],
    ['expiry before issue', { expiresAt: new Date('2026-11-01T00:00:00Z') }],
    ['invalid date', { issuedAt: new Date('nope') }],
    ['weight class outside S/M/L', { weightClass: 'XL' as 'L' }],
    ['non-ASCII QR payload', { qrPayload: 'https://exämple.com' }],
    ['RMA longer than 24 characters', { rma: 'R-'.padEnd(25, 'X') }],
  ])('refuses %s with INVALID_INPUT', async (_, overrides) => {
    const error = await renderReturnLabel(sampleLabelInput(overrides)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'INVALID_INPUT' })
  })
})
