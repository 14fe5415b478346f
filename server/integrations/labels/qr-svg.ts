import bwipjs, { type RenderOptions } from 'bwip-js/node'
import { AppError } from '@/server/app-error'
import { isQrPayload } from './barcodes'
import { invalid } from './label-input'

/**
 * The drop-off QR code as an SVG string for the status page (dangerouslySetInnerHTML), so the
 * shopper can show it at the counter without printing. It carries no width or height: it fills
 * its container, which sets the size.
 */

// Only shapes may reach the page: no script, style, foreignObject, links or event handlers.
const ALLOWED_TAGS = new Set(['svg', 'rect', 'path'])
const ALLOWED_ATTRIBUTES = new Set(['viewBox', 'xmlns', 'width', 'height', 'fill', 'fill-rule', 'stroke', 'stroke-width', 'd', 'x', 'y'])
// Numbers, path commands, colours, "100%" and the SVG namespace URL; no quotes, parentheses
// (url(), javascript:…) or entities.
const SAFE_VALUE = /^[\w\s.,#%:/-]*$/

/** Throws unless `svg` is nothing but allowed elements with allowed attributes and whitespace between them. */
export function assertShapesOnly(svg: string): void {
  const unsafe = (reason: string) => new AppError('INTERNAL', { message: `Unsafe QR SVG: ${reason}`, userMessage: 'The QR code could not be shown.' })
  const between = svg.replace(/<[^<>]*>/g, '')
  if (between.trim()) throw unsafe('text content')
  for (const [, tag = '', rest = ''] of svg.matchAll(/<\/?([A-Za-z][\w:-]*)([^<>]*)>/g)) {
    if (!ALLOWED_TAGS.has(tag)) throw unsafe(`element <${tag}>`)
    const attributes = rest.replace(/\/$/, '').trim()
    const parsed = [...attributes.matchAll(/([\w:-]+)="([^"]*)"\s*/g)]
    if (parsed.map((match) => match[0]).join('').trim() !== attributes) throw unsafe(`attributes of <${tag}>`)
    for (const [, name = '', value = ''] of parsed) {
      if (!ALLOWED_ATTRIBUTES.has(name) || !SAFE_VALUE.test(value)) throw unsafe(`attribute ${name} of <${tag}>`)
    }
  }
}

const escapeAttribute = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

export function qrCodeSvg(payload: string, options: { label?: string } = {}): string {
  if (!isQrPayload(payload)) throw invalid('qrPayload', 'The QR payload must be 1–1024 printable ASCII characters.')
  // Scale 1 draws a module 2 units wide, so padding 8 is the 4-module quiet zone QR requires; the
  // white background keeps it scannable on a dark page. Level M, as on the printed label.
  // bwip-js's typings list only the options common to all symbols, not QR's eclevel.
  const symbol: RenderOptions & { eclevel: 'M' } = { bcid: 'qrcode', text: payload, eclevel: 'M', scale: 1, padding: 8, backgroundcolor: 'FFFFFF' }
  const svg = bwipjs.toSVG(symbol)
  assertShapesOnly(svg)
  const label = escapeAttribute(options.label ?? 'QR code for drop-off')
  return svg.trim().replace(/^<svg /, `<svg role="img" aria-label="${label}" shape-rendering="crispEdges" `)
}
