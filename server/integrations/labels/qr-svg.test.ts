import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { decodeBitmap } from './pdf-barcodes.fixture'
import { assertShapesOnly, qrCodeSvg } from './qr-svg'

/** Paints the SVG's path (axis-aligned polygons, even-odd fill) at `scale` px per unit: a browser in miniature. */
function rasteriseSvg(svg: string, scale = 3) {
  const [, , , w = 0, h = 0] = /viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number)
  const d = /<path d="([^"]+)"/.exec(svg)![1]!
  const edges: { x: number; y0: number; y1: number }[] = []
  for (const subpath of d.split('M').filter(Boolean)) {
    const points = [...subpath.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)] as const)
    points.forEach(([x, y], i) => {
      const [nx, ny] = points[(i + 1) % points.length]!
      if (x === nx && y !== ny) edges.push({ x, y0: Math.min(y, ny), y1: Math.max(y, ny) })
    })
  }
  const width = w * scale
  const height = h * scale
  const data = new Uint8ClampedArray(width * height * 4).fill(255)
  for (let row = 0; row < height; row++) {
    const y = (row + 0.5) / scale
    const crossings = edges.filter((e) => e.y0 <= y && y < e.y1).map((e) => e.x * scale).sort((a, b) => a - b)
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      for (let column = Math.ceil(crossings[i]! - 0.5); column < crossings[i + 1]! - 0.5; column++) data.fill(0, (row * width + column) * 4, (row * width + column) * 4 + 3)
    }
  }
  return { data, width, height, colorSpace: 'srgb' as const }
}

describe('qrCodeSvg', () => {
  test('is an accessible SVG that scales to its container and decodes to the payload', async () => {
    const payload = 'https://returns.example.com/d/R-7KQ2-M9XD-5?t=1Z999AA10123456784'
    const svg = qrCodeSvg(payload, { label: 'Drop-off code' })
    expect(svg).toMatch(/^<svg role="img" aria-label="Drop-off code" shape-rendering="crispEdges" viewBox="0 0 \d+ \d+"/)
    expect(svg).not.toMatch(/^<svg[^>]*\b(width|height)=/)
    const results = await decodeBitmap(rasteriseSvg(svg))
    expect(results.map((r) => ({ format: r.format, text: r.text }))).toEqual([{ format: 'QRCode', text: payload }])
  })

  test('is safe to inline: only shapes, the payload never appears as markup, the label is escaped', () => {
    const svg = qrCodeSvg('"><script>alert(1)</script><svg onload=alert(1)>', { label: '"><img src=x onerror=alert(1)>' })
    expect(svg).toContain('aria-label="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"')
    const markup = svg.replace(/ role="img" aria-label="[^"]*" shape-rendering="crispEdges"/, '')
    expect(markup).not.toMatch(/script|<img|onload|onerror|alert/i)
    expect(() => assertShapesOnly(markup)).not.toThrow()
  })

  test.each([
    ['a script element', '<svg viewBox="0 0 1 1"><script>alert(1)</script></svg>'],
    ['an event handler', '<svg viewBox="0 0 1 1" onload="alert(1)"></svg>'],
    ['a link', '<svg viewBox="0 0 1 1"><a href="javascript:alert(1)"><path d="M0 0L1 1Z"/></a></svg>'],
    ['a url() value', '<svg viewBox="0 0 1 1"><path fill="url(javascript:alert(1))" d="M0 0Z"/></svg>'],
    ['foreignObject', '<svg viewBox="0 0 1 1"><foreignObject><div/></foreignObject></svg>'],
    ['text content', '<svg viewBox="0 0 1 1">hello</svg>'],
    ['an unquoted attribute', '<svg viewBox="0 0 1 1"><path d=M0 onclick=x /></svg>'],
  ])('the shape check refuses %s', (_, svg) => {
    expect(() => assertShapesOnly(svg)).toThrow(AppError)
  })

  test('refuses an empty, non-ASCII or oversized payload with INVALID_INPUT', () => {
    for (const payload of ['', 'https://exämple.com', 'x'.repeat(1025)]) {
      expect(() => qrCodeSvg(payload)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
    }
  })
})
