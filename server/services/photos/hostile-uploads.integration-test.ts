import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { beforeAll, describe, expect, test } from 'vitest'
import { POST } from '@/app/api/portal/photos/route'
import { SHOPPER_COOKIE, encodeShopperSession } from '@/server/auth/shopper-session'
import { createOrder, createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { testPhoto } from '@/server/testing/test-photo'
import { pngBomb, rawPhoto } from './test-images.fixture'

// The route stores through the app's own storage driver: point it at a throwaway folder.
const uploads = mkdtempSync(path.join(os.tmpdir(), 'roundtrip-hostile-'))
process.env.UPLOADS_DIR = uploads
const db = connectTestDb()
let cookie = ''
let orderId = ''

beforeAll(async () => {
  const shop = await createShop(db)
  const order = await createOrder(db, shop, { number: 'H-1', email: 'h@example.com', lines: [{ title: 'Lamp', unitPrice: 5000 }] })
  orderId = order.id
  cookie = `${SHOPPER_COOKIE}=${encodeShopperSession({ shopId: shop.id, orderId: order.id, expiresAt: Date.now() + 3_600_000 }, process.env.AUTH_SECRET!)}`
})

function upload(bytes: Uint8Array | null, options: { type?: string; name?: string; field?: string; contentLength?: string | null } = {}) {
  const form = new FormData()
  if (bytes) form.set(options.field ?? 'file', new File([Buffer.from(bytes)], options.name ?? 'photo.jpg', { type: options.type ?? 'image/jpeg' }))
  const body = new Response(form)
  return body.arrayBuffer().then((raw) => {
    const headers = new Headers({ cookie, 'content-type': body.headers.get('content-type')! })
    if (options.contentLength !== null) headers.set('content-length', options.contentLength ?? String(raw.byteLength))
    return POST(new Request('http://returns.test/api/portal/photos', { method: 'POST', headers, body: raw }))
  })
}

const storedFiles = (): string[] =>
  readdirSync(uploads, { recursive: true, encoding: 'utf8' }).map((f) => path.join(uploads, f)).filter((f) => statSync(f).isFile())

describe('hostile uploads: clear errors, no 500s, nothing written', () => {
  const refusals: [string, () => Promise<Uint8Array | null>, Parameters<typeof upload>[1], number, string | undefined][] = [
    ['HTML saved as photo.jpg', async () => Buffer.from('<!doctype html><script>alert(1)</script>'), {}, 400, 'not_an_image'],
    ['an SVG with a script', async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), { type: 'image/svg+xml', name: 'x.svg' }, 400, 'not_an_image'],
    ['a PDF named .png', async () => Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj'), { type: 'image/png', name: 'x.png' }, 400, 'not_an_image'],
    ['an empty file', async () => new Uint8Array(0), {}, 400, 'not_an_image'],
    ['a GIF', async () => sharp({ create: { width: 300, height: 300, channels: 3, background: '#c33' } }).gif().toBuffer(), { type: 'image/gif', name: 'x.gif' }, 400, 'not_an_image'],
    ['a truncated JPEG', async () => (await testPhoto(1200, 900)).subarray(0, 4000), {}, 400, 'corrupt'],
    ['a pixel flood (50 000 × 50 000 PNG, a few KB)', async () => pngBomb(50_000, 50_000), { type: 'image/png', name: 'bomb.png' }, 400, 'too_many_pixels'],
    ['a thumbnail too small to show anything', async () => rawPhoto(64, 64).jpeg().toBuffer(), {}, 400, 'too_small'],
    ['a 20 MB body', async () => new Uint8Array(20 * 1024 * 1024), {}, 400, 'too_large'],
    ['no file field', async () => testPhoto(), { field: 'picture' }, 400, 'not_an_image'],
  ]

  test.each(refusals)('%s is refused', async (_name, make, options, status, reason) => {
    const before = await db.photo.count({ where: { orderId } })
    const filesBefore = storedFiles().length
    const response = await upload(await make(), options)
    expect(response.status).toBe(status)
    const body = (await response.json()) as { error: { code: string; message: string; reason?: string } }
    expect(body.error.code).toBe('INVALID_INPUT')
    expect(body.error.message.length).toBeGreaterThan(10)
    expect(body.error.reason).toBe(reason)
    expect(await db.photo.count({ where: { orderId } })).toBe(before)
    expect(storedFiles()).toHaveLength(filesBefore)
  })

  test('a body without Content-Length is refused before it is read', async () => {
    const response = await upload(await testPhoto(), { contentLength: null })
    expect(response.status).toBe(411)
  })

  test('polyglots (a JPEG with a ZIP after it, a PNG with HTML after it) are re-encoded: the payload never reaches storage', async () => {
    const zipTail = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 0x41), Buffer.from('evil.sh')])
    const htmlTail = Buffer.from('<html><script>fetch("/steal")</script></html>')
    const jpegZip = Buffer.concat([Buffer.from(await testPhoto()), zipTail])
    const pngHtml = Buffer.concat([await rawPhoto(400, 300).png().toBuffer(), htmlTail])
    for (const [bytes, type] of [[jpegZip, 'image/jpeg'], [pngHtml, 'image/png']] as const) {
      const response = await upload(bytes, { type })
      expect(response.status).toBe(201)
    }
    const files = storedFiles().map((f) => readFileSync(f))
    expect(files).toHaveLength(2)
    for (const file of files) {
      expect(file.subarray(0, 4).toString('latin1')).toBe('RIFF')
      expect(file.includes(Buffer.from('PK\x03\x04'))).toBe(false)
      expect(file.includes(Buffer.from('<script'))).toBe(false)
    }
  })
})
