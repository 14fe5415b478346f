import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFStream } from 'pdf-lib'
import { prepareZXingModule, readBarcodes, type ReadResult } from 'zxing-wasm/reader'

/**
 * Decodes the barcodes a PDF really contains, offline and without a native canvas: the page's
 * content stream is parsed, every filled rectangle (which is how our barcodes are drawn) is
 * painted into an RGBA bitmap in plain JS, and ZXing (WASM) reads the bitmap like a scanner would.
 * Text and stroked lines are not painted; tests check separately that no text enters a symbol.
 */
export type Rect = { x: number; y: number; width: number; height: number }

/** Multiplies PDF matrices [a b c d e f]: `m` then `n`. */
const multiply = (m: number[], n: number[]) => [
  m[0]! * n[0]! + m[1]! * n[2]!,
  m[0]! * n[1]! + m[1]! * n[3]!,
  m[2]! * n[0]! + m[3]! * n[2]!,
  m[2]! * n[1]! + m[3]! * n[3]!,
  m[4]! * n[0]! + m[5]! * n[2]! + n[4]!,
  m[4]! * n[1]! + m[5]! * n[3]! + n[5]!,
]

async function contentStream(pdf: Uint8Array, pageIndex: number): Promise<string> {
  const doc = await PDFDocument.load(pdf)
  const contents = doc.getPage(pageIndex).node.Contents()
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref) as PDFStream) : contents ? [contents] : []
  const decoder = new TextDecoder('latin1')
  return streams.map((stream) => decoder.decode(stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents())).join('\n')
}

/**
 * Dark filled rectangles (`re` … `f`) of a page in page coordinates, honouring q/Q/cm and the
 * grey/RGB fill colour. Enough of PDF for what pdf-lib writes, which is all these tests read.
 */
export async function filledRectangles(pdf: Uint8Array, pageIndex = 0): Promise<Rect[]> {
  const tokens = (await contentStream(pdf, pageIndex)).match(/<[^>]*>|\([^)]*\)|\/[^\s/[\]()<>]+|[[\]]|[^\s/[\]()<>]+/g) ?? []
  const stack: { ctm: number[]; dark: boolean }[] = []
  let state = { ctm: [1, 0, 0, 1, 0, 0], dark: true }
  let operands: number[] = []
  let path: Rect[] = []
  const found: Rect[] = []
  for (const token of tokens) {
    if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(token)) {
      operands.push(Number(token))
      continue
    }
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = operands
    if (token === 'q') stack.push({ ...state })
    else if (token === 'Q') state = stack.pop() ?? state
    else if (token === 'cm') state = { ...state, ctm: multiply([a, b, c, d, e, f], state.ctm) }
    else if (token === 'g') state = { ...state, dark: a < 0.5 }
    else if (token === 'rg') state = { ...state, dark: 0.299 * a + 0.587 * b + 0.114 * c < 0.5 }
    else if (token === 're') {
      const [m0, m1, m2, m3, m4, m5] = state.ctm as [number, number, number, number, number, number]
      if (m1 !== 0 || m2 !== 0) throw new Error('rotated rectangles are not supported by this test helper')
      path.push({ x: m0 * a + m4, y: m3 * b + m5, width: m0 * c, height: m3 * d })
    } else if (token === 'f' || token === 'f*' || token === 'F') {
      if (state.dark) found.push(...path)
      path = []
    } else if (['n', 'S', 's', 'B', 'B*', 'b', 'b*'].includes(token)) path = []
    operands = []
  }
  return found
}

/** Paints rectangles black on white at `scale` pixels per point; pixel centres decide coverage. */
export function rasterise(rects: readonly Rect[], page: { width: number; height: number }, scale = 4) {
  const width = Math.ceil(page.width * scale)
  const height = Math.ceil(page.height * scale)
  const data = new Uint8ClampedArray(width * height * 4).fill(255)
  for (const rect of rects) {
    const left = Math.max(0, Math.ceil(Math.min(rect.x, rect.x + rect.width) * scale - 0.5))
    const right = Math.min(width - 1, Math.floor(Math.max(rect.x, rect.x + rect.width) * scale - 0.5))
    const top = Math.max(0, Math.ceil((page.height - Math.max(rect.y, rect.y + rect.height)) * scale - 0.5))
    const bottom = Math.min(height - 1, Math.floor((page.height - Math.min(rect.y, rect.y + rect.height)) * scale - 0.5))
    for (let row = top; row <= bottom; row++) {
      for (let column = left; column <= right; column++) data.fill(0, (row * width + column) * 4, (row * width + column) * 4 + 3)
    }
  }
  return { data, width, height, colorSpace: 'srgb' as const }
}

let ready: Promise<unknown> | undefined
/** ZXing's WASM from node_modules, never from its default CDN, so the tests run offline. */
function zxing() {
  ready ??= (() => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'))
    const wasmBinary = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer
    return prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true })
  })()
  return ready
}

export async function decodeBitmap(image: ReturnType<typeof rasterise>): Promise<ReadResult[]> {
  await zxing()
  return readBarcodes(image as unknown as ImageData, { formats: ['Code128', 'QRCode'], tryHarder: true, maxNumberOfSymbols: 8 })
}

/** Every Code 128 and QR code on a PDF page, as a scanner would read the printed page. */
export async function decodePdfBarcodes(pdf: Uint8Array, page: { width: number; height: number }, pageIndex = 0) {
  const results = await decodeBitmap(rasterise(await filledRectangles(pdf, pageIndex), page))
  return results.filter((result) => result.isValid).map((result) => ({ format: result.format, text: result.text }))
}
