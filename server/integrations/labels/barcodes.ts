import bwipjs from 'bwip-js/node'
import { AppError } from '@/server/app-error'

/**
 * Barcodes as module grids, taken from bwip-js's raw encoder (BWIPP) and drawn by us as vector
 * rectangles rather than embedded PNGs: a printer then renders each bar at its own resolution
 * instead of resampling a bitmap (uneven bars on a 203-dpi thermal printer), the PDF stays small,
 * and there is no PNG to encode and for pdf-lib to decode again.
 */

/** A dark rectangle in module units; x to the right, y downwards from the symbol's top-left. */
export type Bar = { readonly x: number; readonly y: number; readonly width: number; readonly height: number }
export type BarcodeModules = {
  readonly kind: 'code128' | 'qrcode'
  readonly columns: number
  readonly rows: number
  /** Light margin a scanner needs around the symbol, in modules, on every side that has one. */
  readonly quietZone: number
  readonly bars: readonly Bar[]
}

type RawLinear = { sbs: number[] }
type RawMatrix = { pixs: number[]; pixx: number; pixy: number }

// Encoding is the costly part (QR: ~1 ms); the same label is often rendered twice in a row
// (portal download, then e-mail attachment), so the last few hundred symbols are kept.
const CACHE_SIZE = 256
const cache = new Map<string, BarcodeModules>()

function cached(key: string, encode: () => BarcodeModules): BarcodeModules {
  const hit = cache.get(key)
  if (hit) {
    cache.delete(key) // re-insert: Map order is the LRU order
    cache.set(key, hit)
    return hit
  }
  const modules = encode()
  cache.set(key, modules)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
  return modules
}

function encode<T>(bcid: string, text: string, options: Record<string, string>): T {
  try {
    const [symbol] = bwipjs.raw(bcid, text, { ...options }) as unknown as T[]
    if (!symbol) throw new Error('bwip-js returned no symbol')
    return symbol
  } catch (cause) {
    throw new AppError('INVALID_INPUT', { message: `Cannot encode ${JSON.stringify(text)} as ${bcid}`, userMessage: 'This code cannot be printed as a barcode.', cause })
  }
}

/** Printable ASCII only: what Code 128 set A/B holds, and what every carrier's tracking numbers use. */
export const isCode128Text = (text: string) => /^[\x20-\x7e]+$/.test(text)

/** URLs and carrier codes are ASCII; bytes beyond it are read differently by different scanners. */
export const isQrPayload = (text: string) => /^[\x20-\x7e]{1,1024}$/.test(text)

export function code128Modules(text: string): BarcodeModules {
  if (!isCode128Text(text)) throw new AppError('INVALID_INPUT', { userMessage: 'Barcode text must be printable ASCII.', details: { text } })
  return cached(`code128:${text}`, () => {
    const { sbs } = encode<RawLinear>('code128', text, {})
    const bars: Bar[] = []
    let x = 0
    // Widths alternate bar, space, bar…, starting with a bar.
    sbs.forEach((width, i) => {
      if (i % 2 === 0) bars.push({ x, y: 0, width, height: 1 })
      x += width
    })
    return Object.freeze({ kind: 'code128', columns: x, rows: 1, quietZone: 10, bars: Object.freeze(bars) })
  })
}

export function qrModules(payload: string): BarcodeModules {
  return cached(`qrcode:${payload}`, () => {
    // Level M (15 % recovery) survives a scuffed phone screen or a crease without growing the code much.
    const { pixs, pixx, pixy } = encode<RawMatrix>('qrcode', payload, { eclevel: 'M' })
    const bars: Bar[] = []
    // Horizontal runs of dark modules: a few hundred rectangles instead of one per module.
    for (let y = 0; y < pixy; y++) {
      for (let x = 0; x < pixx; x++) {
        if (!pixs[y * pixx + x]) continue
        const start = x
        while (x + 1 < pixx && pixs[y * pixx + x + 1]) x++
        bars.push({ x: start, y, width: x - start + 1, height: 1 })
      }
    }
    return Object.freeze({ kind: 'qrcode', columns: pixx, rows: pixy, quietZone: 4, bars: Object.freeze(bars) })
  })
}
