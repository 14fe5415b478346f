import { createHash } from 'node:crypto'
import fc from 'fast-check'
import sharp from 'sharp'
import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { DEFAULT_PHOTO_LIMITS, ingestPhoto, photoRefusal, type PhotoRefusalReason, WEBP_OPTIONS } from './ingest-photo'
import { GPS_XMP, heicContainer, phoneJpeg, pngBomb, rawPhoto, twoTone, webpChunks } from './test-images.fixture'

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}
async function expectRefused(promise: Promise<unknown>, reason: PhotoRefusalReason): Promise<AppError> {
  const error = await refusal(promise)
  expect(error.code).toBe('INVALID_INPUT')
  expect(error.details?.reason).toBe(reason)
  return error
}
const NOT_A_PHOTO = "This file isn't a photo. Please upload a JPEG, PNG, WebP or HEIC image."

describe('ingestPhoto: a phone photo', () => {
  test('is rotated upright by its EXIF orientation and loses all metadata, GPS included', async () => {
    const jpeg = await phoneJpeg(400, 300, 6)
    const input = await sharp(jpeg).metadata()
    // The fixture really carries what a phone writes.
    expect(input.orientation).toBe(6)
    expect(input.exif?.includes(Buffer.from([0x88, 0x25])) || input.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true) // GPS IFD pointer
    expect(input.xmpAsString).toContain('GPSLatitude')
    expect(input.icc).toBeDefined()

    const photo = await ingestPhoto(jpeg)

    expect(photo).toMatchObject({ mime: 'image/webp', width: 300, height: 400, sourceType: 'jpeg', bytes: photo.data.length })
    const output = await sharp(photo.data).metadata()
    expect(output).toMatchObject({ format: 'webp', width: 300, height: 400, hasProfile: false })
    expect(output.orientation).toBeUndefined()
    expect(output.exif).toBeUndefined()
    expect(output.xmp).toBeUndefined()
    expect(output.icc).toBeUndefined()
    // Nothing but the image itself: no EXIF, XMP or ICCP chunk, not even the extended header.
    expect(webpChunks(photo.data)).toEqual(['VP8 '])
    expect(photo.data.includes('GPS')).toBe(false)
    expect(photo.data.includes('Acme')).toBe(false)
    expect(photo.sha256).toBe(createHash('sha256').update(photo.data).digest('hex'))
  })

  test('orientation 6 turns the left edge into the top edge', async () => {
    // 400 × 300 stored sideways: red on the left, blue on the right. Displayed (rotated 90°
    // clockwise) the red half is on top.
    const jpeg = await twoTone(400, 300).jpeg({ quality: 95 }).withMetadata({ orientation: 6 }).toBuffer()
    const photo = await ingestPhoto(jpeg)
    expect([photo.width, photo.height]).toEqual([300, 400])
    const { data } = await sharp(photo.data).raw().toBuffer({ resolveWithObject: true })
    const pixel = (x: number, y: number) => [...data.subarray((y * 300 + x) * 3, (y * 300 + x) * 3 + 3)]
    expect(pixel(150, 50)[0]).toBeGreaterThan(180) // red on top
    expect(pixel(150, 350)[2]).toBeGreaterThan(180) // blue at the bottom
  })

  test.each([1, 2, 3, 4, 5, 6, 7, 8])('orientation %i matches sharp’s own auto-orientation', async (orientation) => {
    // ingestPhoto resizes before it rotates (for speed); the result must be what rotating first gives.
    const png = await twoTone(360, 240).composite([{ input: { create: { width: 40, height: 20, channels: 3, background: '#0f0' } }, left: 10, top: 10 }]).png().toBuffer()
    const tagged = await sharp(png).withMetadata({ orientation }).png().toBuffer()
    const photo = await ingestPhoto(tagged)
    const expected = await sharp(tagged, { autoOrient: true }).webp(WEBP_OPTIONS).toBuffer()
    const [ours, theirs] = await Promise.all([photo.data, expected].map((file) => sharp(file).raw().toBuffer({ resolveWithObject: true })))
    expect(ours!.info).toEqual(theirs!.info)
    let difference = 0
    for (let i = 0; i < ours!.data.length; i++) difference += Math.abs(ours!.data[i]! - theirs!.data[i]!)
    expect(difference / ours!.data.length).toBeLessThan(1)
  })

  test('colours from a Display P3 photo are converted to sRGB, not reinterpreted', async () => {
    const green = await sharp({ create: { width: 300, height: 300, channels: 3, background: { r: 0, g: 200, b: 0 } } }).jpeg({ quality: 95 }).withIccProfile('p3').toBuffer()
    const { data } = await sharp((await ingestPhoto(green)).data).raw().toBuffer({ resolveWithObject: true })
    // Reading the P3 values as if they were sRGB would give a visibly washed-out ~(90, 197, 58).
    expect(data[0]).toBeLessThan(30)
    expect(data[1]).toBeGreaterThan(185)
  })

  test('is downsized to 2048 px on the long side, and small photos are not enlarged', async () => {
    const wide = await ingestPhoto(await rawPhoto(3000, 1000).jpeg().toBuffer())
    expect([wide.width, wide.height]).toEqual([2048, 683])
    const tall = await ingestPhoto(await phoneJpeg(2600, 2200, 8))
    expect([tall.width, tall.height]).toEqual([1733, 2048])
    const small = await ingestPhoto(await rawPhoto(320, 240).png().toBuffer())
    expect([small.width, small.height]).toEqual([320, 240])
  })

  test('reads a view into a larger buffer from its own offset', async () => {
    const jpeg = await phoneJpeg(300, 300)
    const padded = Buffer.concat([Buffer.from('junk before the photo'), jpeg, Buffer.from('junk after')])
    const view = new Uint8Array(padded.buffer, padded.byteOffset + 21, jpeg.length)
    expect((await ingestPhoto(view)).sha256).toBe((await ingestPhoto(jpeg)).sha256)
  })

  test('the same photo ingested twice gives the same bytes and SHA-256', async () => {
    const jpeg = await phoneJpeg(800, 600)
    const [first, second] = await Promise.all([ingestPhoto(jpeg), ingestPhoto(Buffer.from(jpeg))])
    expect(first.sha256).toBe(second.sha256)
    expect(Buffer.compare(first.data, second.data)).toBe(0)
    expect(first.sha256).not.toBe((await ingestPhoto(await phoneJpeg(800, 600, 1))).sha256)
  })
})

describe('ingestPhoto: accepted formats', () => {
  test('PNG, including transparency', async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 10, g: 200, b: 30, alpha: 0.5 } } }).png().toBuffer()
    const photo = await ingestPhoto(png)
    expect(photo).toMatchObject({ sourceType: 'png', width: 300, height: 200, mime: 'image/webp' })
    expect((await sharp(photo.data).metadata()).hasAlpha).toBe(true)
  })

  test('WebP, lossy and lossless, with its metadata stripped too', async () => {
    const lossy = await rawPhoto(500, 400).webp().withExif({ IFD0: { Make: 'Acme' } }).withXmp(GPS_XMP).toBuffer()
    expect(webpChunks(lossy)).toContain('EXIF')
    const photo = await ingestPhoto(lossy)
    expect(photo).toMatchObject({ sourceType: 'webp', width: 500, height: 400 })
    expect(webpChunks(photo.data)).toEqual(['VP8 '])
    await expect(ingestPhoto(await rawPhoto(300, 300).webp({ lossless: true }).toBuffer())).resolves.toMatchObject({ sourceType: 'webp' })
  })

  test('16-bit PNG, greyscale and CMYK JPEG end up as ordinary 8-bit sRGB WebP', async () => {
    const base = rawPhoto(300, 300)
    for (const file of [
      await base.clone().toColourspace('rgb16').png().toBuffer(),
      await base.clone().greyscale().jpeg().toBuffer(),
      await base.clone().toColourspace('cmyk').jpeg().toBuffer(),
    ]) {
      const output = await sharp((await ingestPhoto(file)).data).metadata()
      expect(output).toMatchObject({ format: 'webp', space: 'srgb', depth: 'uchar', width: 300, height: 300 })
    }
  })
})

describe('ingestPhoto: refusals', () => {
  test.each([
    ['a text file named .jpg', Buffer.from('These are my order details, not a photo.\n')],
    ['an HTML page named .jpg', Buffer.from('<!DOCTYPE html><html><body><script>fetch("/api")</script></body></html>')],
    ['an SVG (it can carry scripts)', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><script>alert(1)</script><rect width="800" height="600"/></svg>')],
    ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF')],
    ['a ZIP archive', Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Array<number>(100).fill(0)])],
    ['an executable', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, ...Array<number>(100).fill(0)])],
    ['an empty file', Buffer.alloc(0)],
  ])('%s is not a photo', async (_name, bytes) => {
    const error = await expectRefused(ingestPhoto(bytes), 'not_an_image')
    expect(error.userMessage).toBe(NOT_A_PHOTO)
  })

  test('GIF and AVIF, which sharp could decode, are refused as not one of the promised formats', async () => {
    const image = rawPhoto(300, 300)
    await expectRefused(ingestPhoto(await image.clone().gif().toBuffer()), 'not_an_image')
    await expectRefused(ingestPhoto(await image.clone().avif().toBuffer()), 'not_an_image')
  })

  test('HEIC is recognised, then refused with advice because this sharp build has no HEVC decoder', async () => {
    const error = await expectRefused(ingestPhoto(heicContainer(4032, 3024)), 'heic_unsupported')
    expect(error.userMessage).toMatch(/HEIC photos from this phone can't be read yet/)
    expect(error.userMessage).toMatch(/Most Compatible/)
    expect(error.message).toMatch(/HEVC/)
  })

  test.each([
    ['JPEG', () => rawPhoto(600, 400).jpeg().toBuffer()],
    ['PNG', () => rawPhoto(600, 400).png().toBuffer()],
    ['WebP', () => rawPhoto(600, 400).webp().toBuffer()],
  ])('a truncated %s is refused as corrupt', async (_name, make) => {
    const file = await make()
    for (const fraction of [0.25, 0.6, 0.95]) {
      const error = await expectRefused(ingestPhoto(file.subarray(0, Math.floor(file.length * fraction))), 'corrupt')
      expect(error.userMessage).toMatch(/couldn't be read/)
    }
  })

  test('a JPEG header followed by garbage is refused as corrupt', async () => {
    const garbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5000, 0x41)])
    await expectRefused(ingestPhoto(garbage), 'corrupt')
  })

  test.each([
    [1, 1],
    [199, 1000],
    [1000, 150],
  ])('a %i × %i px image is too small to be evidence', async (width, height) => {
    const error = await expectRefused(ingestPhoto(await rawPhoto(width, height).png().toBuffer()), 'too_small')
    expect(error.details).toMatchObject({ width, height, minSide: 200 })
    expect(error.userMessage).toMatch(/at least 200 × 200 pixels/)
  })

  test('exactly 200 × 200 px is accepted', async () => {
    await expect(ingestPhoto(await rawPhoto(200, 200).png().toBuffer())).resolves.toMatchObject({ width: 200, height: 200 })
  })

  test('a decompression bomb is refused from its header, without decoding it', async () => {
    const bomb = pngBomb(20_000, 20_000)
    expect(bomb.length).toBeLessThan(200_000)
    const before = process.memoryUsage().rss
    const startedAt = performance.now()
    const error = await expectRefused(ingestPhoto(bomb), 'too_many_pixels')
    // Decoding 400 MP would take seconds and well over a gigabyte.
    expect(performance.now() - startedAt).toBeLessThan(1000)
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024)
    expect(error.userMessage).toMatch(/too many pixels/)
  })

  test('an unset limit means the default, never "no limit"; a nonsensical one is a configuration error', async () => {
    const huge = Buffer.alloc(DEFAULT_PHOTO_LIMITS.maxBytes + 1)
    await expectRefused(ingestPhoto(huge, { maxBytes: undefined }), 'too_large')
    await expect(ingestPhoto(huge, { maxBytes: Number.NaN })).rejects.toMatchObject({ code: 'INTERNAL' })
    await expect(ingestPhoto(huge, { maxPixels: 0 })).rejects.toMatchObject({ code: 'INTERNAL' })
  })

  test('the pixel limit is configurable and is checked before the minimum size or decoding', async () => {
    const png = await rawPhoto(1000, 1000).png().toBuffer()
    const error = await expectRefused(ingestPhoto(png, { maxPixels: 999_999 }), 'too_many_pixels')
    expect(error.details).toMatchObject({ maxPixels: 999_999 })
    await expect(ingestPhoto(png, { maxPixels: 1_000_000 })).resolves.toMatchObject({ width: 1000 })
  })

  test('an over-size upload is refused before anything looks inside it', async () => {
    // 15 MB of garbage: refused for its size, so it was never sniffed (or "not an image" would win).
    const huge = Buffer.alloc(DEFAULT_PHOTO_LIMITS.maxBytes + 1, 0x41)
    const error = await expectRefused(ingestPhoto(huge), 'too_large')
    expect(error.details).toMatchObject({ bytes: huge.length, maxBytes: 15 * 1024 * 1024 })
    expect(error.userMessage).toBe('This photo is too large. Please upload a photo smaller than 15 MB.')
    expect(photoRefusal('too_large').userMessage).toBe(error.userMessage)
    const jpeg = await rawPhoto(300, 300).jpeg().toBuffer()
    await expectRefused(ingestPhoto(jpeg, { maxBytes: jpeg.length - 1 }), 'too_large')
    await expect(ingestPhoto(jpeg, { maxBytes: jpeg.length })).resolves.toBeDefined()
  })
})

describe('ingestPhoto: hostile input', () => {
  const outcomes = new Map<string, number>()
  const acceptedOrRefused = async (bytes: Uint8Array) => {
    let outcome = 'accepted'
    try {
      const photo = await ingestPhoto(bytes)
      expect(photo.mime).toBe('image/webp')
    } catch (error) {
      expect(error).toBeInstanceOf(AppError)
      expect((error as AppError).code).toBe('INVALID_INPUT')
      outcome = String((error as AppError).details?.reason)
    }
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
  }

  test('random bytes, with or without an image signature, only ever fail with an AppError', async () => {
    const signatures = [
      [],
      [0xff, 0xd8, 0xff],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [...Buffer.from('RIFF'), 0xff, 0, 0, 0, ...Buffer.from('WEBPVP8 ')],
      [...Buffer.from('RIFF'), 0xff, 0, 0, 0, ...Buffer.from('WEBPVP8L')],
      [0, 0, 0, 24, ...Buffer.from('ftypheic'), 0, 0, 0, 0, ...Buffer.from('mif1heic')],
    ]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 4096 }), async (signature, body) => {
        await acceptedOrRefused(Uint8Array.from([...signature, ...body]))
      }),
      { numRuns: 300 },
    )
  })

  test('real images with bytes flipped or cut only ever fail with an AppError', async () => {
    outcomes.clear()
    const originals = await Promise.all([
      rawPhoto(240, 220).jpeg({ quality: 70 }).toBuffer(),
      rawPhoto(220, 240).png().toBuffer(),
      rawPhoto(230, 230).webp({ quality: 60 }).toBuffer(),
      rawPhoto(230, 230).webp({ lossless: true }).toBuffer(),
      Promise.resolve(heicContainer(640, 480)),
    ])
    const mutation = fc.record({
      original: fc.nat(originals.length - 1),
      flips: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 12 }),
      cutAt: fc.option(fc.nat()),
    })
    await fc.assert(
      fc.asyncProperty(mutation, async ({ original, flips, cutAt }) => {
        const bytes = Buffer.from(originals[original]!)
        for (const { at, value } of flips) bytes[at % bytes.length] = value
        await acceptedOrRefused(cutAt === null ? bytes : bytes.subarray(0, cutAt % bytes.length))
      }),
      { numRuns: 300 },
    )
    // The mutations must reach the decoders, not just bounce off the sniffer.
    expect(outcomes.get('accepted')).toBeGreaterThan(0)
    expect(outcomes.get('corrupt')).toBeGreaterThan(0)
  }, 60_000)
})
