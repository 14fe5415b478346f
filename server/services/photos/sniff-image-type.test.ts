import sharp from 'sharp'
import { describe, expect, test } from 'vitest'
import { sniffImageType } from './sniff-image-type'
import { heicContainer } from './test-images.fixture'

const ftyp = (major: string, ...compatible: string[]) => {
  const brands = Buffer.from(major + '\0\0\0\0' + compatible.join(''), 'latin1')
  const size = Buffer.alloc(4)
  size.writeUInt32BE(8 + brands.length)
  return Buffer.concat([size, Buffer.from('ftyp'), brands, Buffer.alloc(32)])
}
const text = (value: string) => Buffer.from(value, 'utf8')

describe('sniffImageType', () => {
  test('recognises JPEG, PNG and WebP from real files', async () => {
    const image = sharp({ create: { width: 4, height: 4, channels: 3, background: '#888' } })
    expect(sniffImageType(await image.clone().jpeg().toBuffer())).toBe('jpeg')
    expect(sniffImageType(await image.clone().png().toBuffer())).toBe('png')
    expect(sniffImageType(await image.clone().webp().toBuffer())).toBe('webp')
    expect(sniffImageType(await image.clone().webp({ lossless: true }).toBuffer())).toBe('webp')
  })

  test.each([['heic'], ['heix'], ['mif1'], ['msf1'], ['hevc']])('recognises HEIF with major brand %s', (brand) => {
    expect(sniffImageType(ftyp(brand, 'mif1'))).toBe('heic')
  })

  test('recognises HEIC named only in the compatible brands, and a full HEIC container', () => {
    expect(sniffImageType(ftyp('isom', 'mif1', 'heic'))).toBe('heic')
    expect(sniffImageType(heicContainer(640, 480))).toBe('heic')
  })

  test('refuses AVIF and video files that share the ISO-BMFF container', () => {
    expect(sniffImageType(ftyp('avif', 'mif1', 'miaf'))).toBeNull()
    expect(sniffImageType(ftyp('isom', 'iso2', 'avc1', 'mp41'))).toBeNull()
    expect(sniffImageType(ftyp('qt  ', 'qt  '))).toBeNull()
  })

  test('refuses an ftyp box whose declared size is impossible', () => {
    const bogus = ftyp('heic')
    bogus.writeUInt32BE(0xffff_fff0, 0)
    expect(sniffImageType(bogus)).toBeNull()
    bogus.writeUInt32BE(9, 0)
    expect(sniffImageType(bogus)).toBeNull()
  })

  test.each([
    ['empty', Buffer.alloc(0)],
    ['text', text('Hello, this is not a photo.\n')],
    ['HTML', text('<!doctype html><html><script>alert(1)</script></html>')],
    ['SVG', text('<svg xmlns="http://www.w3.org/2000/svg" width="500" height="500"><script>alert(1)</script></svg>')],
    ['SVG with an XML declaration', text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['PDF', text('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])],
    ['ELF', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])],
    ['Windows executable', Buffer.concat([text('MZ'), Buffer.alloc(62)])],
    ['GIF', text('GIF89a\x01\x00\x01\x00')],
    ['TIFF', Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0])],
    ['WAV (RIFF but not WebP)', Buffer.concat([text('RIFF'), Buffer.alloc(4), text('WAVEfmt ')])],
    ['a truncated JPEG marker', Buffer.from([0xff, 0xd8])],
    ['a PNG signature cut short', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
  ])('refuses %s', (_name, bytes) => {
    expect(sniffImageType(bytes)).toBeNull()
  })

  test('reads a view into a larger buffer at its own offset', () => {
    const heic = ftyp('heic', 'mif1')
    const larger = Buffer.concat([text('garbage!'), heic])
    expect(sniffImageType(larger.subarray(8))).toBe('heic')
    expect(sniffImageType(new Uint8Array(larger.buffer, larger.byteOffset + 8, heic.length))).toBe('heic')
  })
})
