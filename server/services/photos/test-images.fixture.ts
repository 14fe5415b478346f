import { crc32, deflateSync } from 'node:zlib'
import sharp, { type Sharp } from 'sharp'

// Fixtures are built in code with sharp, so no binary files live in the repository.

/** Deterministic noise over a gradient: compresses like a photo, not like a flat colour. */
export function photoPixels(width: number, height: number, seed = 1): Buffer {
  const pixels = new Uint8ClampedArray(width * height * 3)
  let state = seed >>> 0
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
      const noise = ((state >>> 16) % 41) - 20
      const i = (y * width + x) * 3
      pixels[i] = 128 + 90 * Math.sin(x / 37) + noise
      pixels[i + 1] = 120 + 80 * Math.cos(y / 29) + noise
      pixels[i + 2] = ((x + y) * 255) / (width + height) + noise
    }
  }
  return Buffer.from(pixels.buffer)
}

export const rawPhoto = (width: number, height: number, seed = 1) =>
  sharp(photoPixels(width, height, seed), { raw: { width, height, channels: 3 } })

/** Left half red, right half blue: after a rotation you can tell where "left" went. */
export function twoTone(width: number, height: number): Sharp {
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) pixels.set(x < width / 2 ? [230, 20, 20] : [20, 20, 230], (y * width + x) * 3)
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
}

export const GPS_EXIF = {
  IFD0: { Make: 'Acme', Model: 'Phone 15', Software: 'Camera 17.1' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '13/1 24/1 5678/100' },
}
export const GPS_XMP =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="52,31.2N" exif:GPSLongitude="13,24.9E"/>' +
  '</rdf:RDF></x:xmpmeta>'

/** A phone photo: JPEG, EXIF with GPS and camera details, XMP, a Display P3 profile, and an orientation. */
export async function phoneJpeg(width: number, height: number, orientation = 6): Promise<Buffer> {
  const tagged = await rawPhoto(width, height).jpeg({ quality: 90 }).withIccProfile('p3').withXmp(GPS_XMP).withExif(GPS_EXIF).toBuffer()
  // withMetadata is the only way to set the orientation tag; it keeps the EXIF, XMP and profile.
  return sharp(tagged).keepMetadata().withMetadata({ orientation }).jpeg({ quality: 90 }).toBuffer()
}

/** The chunk names of a RIFF/WebP file, to prove which metadata chunks it carries. */
export function webpChunks(file: Buffer): string[] {
  const chunks: string[] = []
  for (let offset = 12; offset + 8 <= file.length; ) {
    chunks.push(file.toString('latin1', offset, offset + 4))
    const size = file.readUInt32LE(offset + 4)
    offset += 8 + size + (size % 2)
  }
  return chunks
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A real, valid decompression bomb: a 1-bit greyscale PNG of width × height, all black. At
 * 20000 × 20000 it is ~50 kB on disk and 400 megapixels (over a gigabyte as RGB) once decoded.
 */
export function pngBomb(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([1, 0, 0, 0, 0], 8) // bit depth 1, greyscale, deflate, no filter, no interlace
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8))) // filter byte + packed bits, all zero
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

const u8 = (n: number) => Buffer.from([n])
const u16 = (n: number) => Buffer.from([n >> 8, n & 255])
const u32 = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}
const box = (type: string, ...parts: Buffer[]) => {
  const body = Buffer.concat(parts)
  return Buffer.concat([u32(8 + body.length), Buffer.from(type, 'latin1'), body])
}
const fullBox = (type: string, version: number, ...parts: Buffer[]) => box(type, u8(version), Buffer.from([0, 0, 0]), ...parts)

/**
 * A structurally valid HEIC as an iPhone writes it (ftyp heic, one `hvc1` image item with its
 * `hvcC` decoder configuration and `ispe` size), carrying a few bytes instead of real HEVC data:
 * sharp cannot encode HEVC, and the header is all a build without an HEVC decoder ever reads.
 */
export function heicContainer(width: number, height: number, brands: { major: string; compatible: string[] } = { major: 'heic', compatible: ['mif1', 'heic'] }): Buffer {
  const payload = Buffer.from([0, 0, 0, 4, 0x26, 0x01, 0xaf, 0x00])
  const ftyp = box('ftyp', Buffer.from(brands.major, 'latin1'), u32(0), Buffer.from(brands.compatible.join(''), 'latin1'))
  const hvcC = box('hvcC', Buffer.from([1, 0x01, 0x60, 0, 0, 0, 0x90, 0, 0, 0, 0, 0, 90, 0xf0, 0x00, 0xfc, 0xfd, 0xf8, 0xf8, 0, 0, 0x0f, 0]))
  const ispe = fullBox('ispe', 0, u32(width), u32(height))
  const iprp = box('iprp', box('ipco', hvcC, ispe), fullBox('ipma', 0, u32(1), u16(1), u8(2), u8(0x81), u8(0x02)))
  const meta = (mdatOffset: number) =>
    fullBox(
      'meta',
      0,
      fullBox('hdlr', 0, u32(0), Buffer.from('pict'), u32(0), u32(0), u32(0), u8(0)),
      fullBox('pitm', 0, u16(1)),
      fullBox('iloc', 0, u8(0x44), u8(0), u16(1), u16(1), u16(0), u16(1), u32(mdatOffset), u32(payload.length)),
      fullBox('iinf', 0, u16(1), fullBox('infe', 2, u16(1), u16(0), Buffer.from('hvc1'), u8(0))),
      iprp,
    )
  const dataOffset = ftyp.length + meta(0).length + 8
  return Buffer.concat([ftyp, meta(dataOffset), box('mdat', payload)])
}
