import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { type BarcodeModules, code128Modules, qrModules } from './barcodes'
import { DOT, moduleSize } from './draw-barcode'
import { decodeBitmap, rasterise } from './pdf-barcodes.fixture'

/** The modules alone (no PDF), 3 pt each with quiet zones, as a scanner would see them. */
async function decodeModules(modules: BarcodeModules) {
  const unit = 3
  const page = { width: (modules.columns + 2 * modules.quietZone) * unit, height: (modules.rows + 2 * modules.quietZone) * unit }
  const rowHeight = modules.kind === 'code128' ? 20 : 1
  if (modules.kind === 'code128') page.height = rowHeight * unit
  const offsetY = modules.kind === 'code128' ? 0 : modules.quietZone
  const rects = modules.bars.map((bar) => ({
    x: (bar.x + modules.quietZone) * unit,
    y: page.height - (bar.y + offsetY + bar.height * rowHeight) * unit,
    width: bar.width * unit,
    height: bar.height * rowHeight * unit,
  }))
  return (await decodeBitmap(rasterise(rects, page, 1))).map((result) => ({ format: result.format, text: result.text }))
}

describe('barcode modules', () => {
  test('Code 128 of a tracking number decodes back to it', async () => {
    for (const text of ['1Z999AA10123456784', '00340434161234567890', 'JJD014600003829143587', 'a b-c/d.e+f%g$h']) {
      expect(await decodeModules(code128Modules(text))).toEqual([{ format: 'Code128', text }])
    }
  })

  test('QR of any ASCII payload decodes back to it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 300 }), async (payload) => {
        expect(await decodeModules(qrModules(payload))).toEqual([{ format: 'QRCode', text: payload }])
      }),
      { numRuns: 25 },
    )
  })

  test('Code 128 has start, data, check and stop symbols of 11 modules (stop 13) and a 10-module quiet zone', () => {
    const modules = code128Modules('ABCDEFGH') // 8 characters in set B
    expect(modules).toMatchObject({ kind: 'code128', rows: 1, quietZone: 10, columns: (1 + 8 + 1) * 11 + 13 })
    // Digits pack two to a symbol (set C): a 20-digit SSCC is narrower than 20 letters.
    expect(code128Modules('00340434161234567890').columns).toBeLessThan(code128Modules('ABCDEFGHIJKLMNOPQRST').columns)
  })

  test('QR runs cover exactly the dark modules of a square symbol with a 4-module quiet zone', () => {
    const modules = qrModules('https://returns.example.com/d/R-7KQ2-M9XD-5')
    expect(modules.columns).toBe(modules.rows)
    expect(modules.quietZone).toBe(4)
    // Finder pattern: the top row starts with a run of 7 dark modules.
    expect(modules.bars[0]).toEqual({ x: 0, y: 0, width: 7, height: 1 })
    expect(modules.bars.every((bar) => bar.x >= 0 && bar.x + bar.width <= modules.columns && bar.height === 1)).toBe(true)
  })

  test('encodings are cached: the same text gives the same frozen object', () => {
    expect(qrModules('same payload')).toBe(qrModules('same payload'))
    expect(code128Modules('SAME123')).toBe(code128Modules('SAME123'))
    expect(Object.isFrozen(qrModules('same payload').bars)).toBe(true)
  })

  test('refuses what it cannot encode with INVALID_INPUT', () => {
    expect(() => code128Modules('Größe')).toThrow(AppError)
    expect(() => code128Modules('')).toThrow(AppError)
    expect(() => qrModules('')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
  })

  test('module sizes are whole 203-dpi dots within the limits, or null when too small to scan', () => {
    const modules = code128Modules('1Z999AA10123456784')
    const size = moduleSize(modules, 268, Infinity, { min: 2, max: 4 })!
    expect(size / DOT).toBe(Math.round(size / DOT))
    expect((modules.columns + 20) * size).toBeLessThanOrEqual(268)
    expect(moduleSize(modules, 268, Infinity, { min: 2, max: 1 })).toBeNull()
    expect(moduleSize(code128Modules('X'.repeat(40)), 268, Infinity, { min: 2, max: 4 })).toBeNull()
  })
})
