/** The photo formats a shopper may upload. HEIC is what iPhones (and many Androids) shoot. */
export type ImageType = 'jpeg' | 'png' | 'webp' | 'heic'

export const IMAGE_TYPE_MIME: Readonly<Record<ImageType, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
// HEIF still images and sequences, HEVC-coded or generic. AVIF (major brand `avif`) is also a
// HEIF file but is deliberately not listed: it is not one of the formats we promise to accept.
const HEIF_MAJOR_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1'])
const HEVC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx'])

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end))
const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte)

/**
 * The image type the bytes actually are, from their magic numbers; the file name and the
 * declared MIME type are never consulted (both are chosen by the client). Returns null for
 * anything else: PDF, HTML, SVG, text, archives, executables, GIF, TIFF…
 *
 * This only decides which decoder may look at the file; whether it really decodes is up to sharp.
 */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png'
  if (bytes.length >= 16 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP' && ['VP8 ', 'VP8L', 'VP8X'].includes(ascii(bytes, 12, 16))) {
    return 'webp'
  }
  if (isHeif(bytes)) return 'heic'
  return null
}

// ISO-BMFF: the file starts with an `ftyp` box: size (u32), 'ftyp', major brand, minor version,
// then compatible brands up to the end of the box.
function isHeif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false
  const boxSize = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0)
  if (boxSize < 16 || boxSize % 4 !== 0 || boxSize > Math.min(bytes.length, 4096)) return false
  if (HEIF_MAJOR_BRANDS.has(ascii(bytes, 8, 12))) return true
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) {
    if (HEVC_BRANDS.has(ascii(bytes, offset, offset + 4))) return true
  }
  return false
}
