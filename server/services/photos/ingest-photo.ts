import { createHash } from 'node:crypto'
import sharp, { type Metadata, type OutputInfo, type SharpOptions } from 'sharp'
import { AppError } from '@/server/app-error'
import { type ImageType, sniffImageType } from './sniff-image-type'

export type PhotoLimits = Readonly<{
  /** Largest upload accepted, checked before any decoding. */
  maxBytes: number
  /** Largest width × height decoded; a decompression bomb declares far more. */
  maxPixels: number
  /** Smallest side accepted: a thumbnail is no use as evidence of damage. */
  minSide: number
  /** Long side of the stored photo; larger photos are downsized. */
  maxSide: number
}>

export const DEFAULT_PHOTO_LIMITS: PhotoLimits = {
  maxBytes: 15 * 1024 * 1024,
  maxPixels: 40_000_000,
  minSide: 200,
  maxSide: 2048,
}

export type PhotoRefusalReason = 'not_an_image' | 'too_large' | 'too_many_pixels' | 'too_small' | 'corrupt' | 'heic_unsupported'

/**
 * Every stored photo is WebP: at the same visual quality it is ~20% smaller than JPEG, and every
 * browser the portal supports displays it. The encode is the largest cost of an ingest, so it runs
 * at effort 0 (of 0–6): measured on a 12 MP phone photo resized to 2048 px, it is ~60 ms faster
 * than effort 2 at the same quality (PSNR within 0.2 dB either way); the file is the same size for
 * an ordinary photo and ~12% larger for a very noisy one. Dimensions and quality are unchanged.
 */
export const STORED_PHOTO_MIME = 'image/webp'
export const STORED_PHOTO_EXTENSION = 'webp'
export const WEBP_OPTIONS = { quality: 80, effort: 0 } as const

export type IngestedPhoto = Readonly<{
  /** The re-encoded photo: no EXIF, GPS, XMP or ICC, upright, sRGB. */
  data: Buffer
  mime: typeof STORED_PHOTO_MIME
  width: number
  height: number
  /** data.length */
  bytes: number
  /** Lowercase hex SHA-256 of `data`, the photo's content address. */
  sha256: string
  /** What the shopper uploaded, as sniffed from the bytes. */
  sourceType: ImageType
}>

// The decoder sharp must report for each sniffed type; anything else means the sniff was fooled.
const DECODER_FOR: Readonly<Record<ImageType, Metadata['format']>> = { jpeg: 'jpeg', png: 'png', webp: 'webp', heic: 'heif' }
// A pathological file that stays within the limits must still not hold a worker for long.
const DECODE_TIMEOUT_SECONDS = 20

const formatMegabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`

/**
 * The AppError for a refused photo, with its plain-English message. Exported so a route that
 * refuses early (e.g. from Content-Length, before reading the body) says exactly the same thing.
 */
export function photoRefusal(reason: PhotoRefusalReason, limits: PhotoLimits = DEFAULT_PHOTO_LIMITS, details: Record<string, unknown> = {}, cause?: unknown): AppError {
  const userMessage: Record<PhotoRefusalReason, string> = {
    not_an_image: "This file isn't a photo. Please upload a JPEG, PNG, WebP or HEIC image.",
    too_large: `This photo is too large. Please upload a photo smaller than ${formatMegabytes(limits.maxBytes)}.`,
    too_many_pixels: `This image has too many pixels to process (more than ${Math.floor(limits.maxPixels / 1_000_000)} megapixels). Please upload a smaller photo or a screenshot of it.`,
    too_small: `This photo is too small to show the item clearly. Please upload a photo at least ${limits.minSide} × ${limits.minSide} pixels.`,
    corrupt: "This photo couldn't be read: it may be damaged or only partly uploaded. Please try again or choose another photo.",
    heic_unsupported:
      "HEIC photos from this phone can't be read yet. Please upload a JPEG or a screenshot of the photo, or choose 'Most Compatible' under Settings › Camera › Formats and take the photo again.",
  }
  const why = cause instanceof Error ? `: ${cause.message.split('\n').at(-1)}` : ''
  return new AppError('INVALID_INPUT', {
    userMessage: userMessage[reason],
    message: `Photo refused (${reason})${why}`,
    details: { reason, ...details },
    cause,
  })
}

// Spelled out rather than spread: `{ maxBytes: undefined }` from an unset setting must mean the
// default, not "no limit" (every comparison with undefined or NaN is false).
function resolveLimits(limits: Partial<PhotoLimits>): PhotoLimits {
  const resolved: PhotoLimits = {
    maxBytes: limits.maxBytes ?? DEFAULT_PHOTO_LIMITS.maxBytes,
    maxPixels: limits.maxPixels ?? DEFAULT_PHOTO_LIMITS.maxPixels,
    minSide: limits.minSide ?? DEFAULT_PHOTO_LIMITS.minSide,
    maxSide: limits.maxSide ?? DEFAULT_PHOTO_LIMITS.maxSide,
  }
  for (const [name, value] of Object.entries(resolved)) {
    if (!Number.isInteger(value) || value <= 0) {
      throw new AppError('INTERNAL', { userMessage: "Photos can't be uploaded right now.", message: `Photo limit ${name} must be a positive integer, got ${value}` })
    }
  }
  return resolved
}

// libvips reports these as plain errors; only the message tells them apart.
const isPixelLimitError = (error: unknown) => error instanceof Error && /pixel limit/i.test(error.message)
const isMissingCodecError = (error: unknown) =>
  error instanceof Error && /not been built in|no decoding plugin|unsupported codec/i.test(error.message)

/**
 * Turns an untrusted upload into a photo that is safe to store and show: the type is checked from
 * the bytes, size and pixel count are bounded before decoding, and the image is re-encoded, which
 * applies the EXIF orientation and drops all metadata (GPS position, camera serial, thumbnails…)
 * along with anything smuggled after the image data.
 *
 * Every refusal is an AppError('INVALID_INPUT') with a plain-English `userMessage` and a
 * `details.reason` (PhotoRefusalReason) for translation.
 */
export async function ingestPhoto(bytes: Uint8Array, limits: Partial<PhotoLimits> = {}): Promise<IngestedPhoto> {
  const limit = resolveLimits(limits)
  if (!(bytes instanceof Uint8Array)) throw photoRefusal('not_an_image', limit)
  if (bytes.byteLength > limit.maxBytes) throw photoRefusal('too_large', limit, { bytes: bytes.byteLength, maxBytes: limit.maxBytes })

  const sourceType = sniffImageType(bytes)
  if (!sourceType) throw photoRefusal('not_an_image', limit)

  const input: SharpOptions = { failOn: 'error', limitInputPixels: limit.maxPixels }

  let metadata: Metadata
  try {
    // Reads the header only, so the dimensions are known before any pixel is decoded.
    metadata = await sharp(bytes, input).metadata()
  } catch (error) {
    if (isPixelLimitError(error)) throw photoRefusal('too_many_pixels', limit, { maxPixels: limit.maxPixels }, error)
    throw photoRefusal('corrupt', limit, { sourceType }, error)
  }
  if (metadata.format !== DECODER_FOR[sourceType]) throw photoRefusal('not_an_image', limit, { sourceType, decoder: metadata.format })

  const { width, height } = metadata
  if (!(width > 0 && height > 0)) throw photoRefusal('corrupt', limit, { sourceType })
  if (width * height > limit.maxPixels) throw photoRefusal('too_many_pixels', limit, { width, height, maxPixels: limit.maxPixels })
  if (Math.min(width, height) < limit.minSide) throw photoRefusal('too_small', limit, { width, height, minSide: limit.minSide })

  let encoded: { data: Buffer; info: OutputInfo }
  try {
    // Two passes. sharp applies the EXIF orientation before resizing, so a rotated 12 MP photo
    // would be rotated at full size (~100 ms); instead the first pass decodes and downsizes,
    // keeping orientation and ICC profile in an uncompressed TIFF (a cheap copy), and the second
    // rotates and converts to sRGB at the final size. The box is square, so resizing before
    // rotating gives the same dimensions. The second pass writes no metadata at all.
    const downsized = await sharp(bytes, { ...input, ...(sourceType === 'heic' && { page: metadata.pagePrimary ?? 0 }) })
      .timeout({ seconds: DECODE_TIMEOUT_SECONDS })
      .resize({ width: limit.maxSide, height: limit.maxSide, fit: 'inside', withoutEnlargement: true })
      .keepMetadata()
      .tiff({ compression: 'none' })
      .toBuffer()
    encoded = await sharp(downsized, { autoOrient: true })
      .timeout({ seconds: DECODE_TIMEOUT_SECONDS })
      .webp(WEBP_OPTIONS)
      .toBuffer({ resolveWithObject: true })
  } catch (error) {
    if (isPixelLimitError(error)) throw photoRefusal('too_many_pixels', limit, { maxPixels: limit.maxPixels }, error)
    if (sourceType === 'heic' && isMissingCodecError(error)) throw photoRefusal('heic_unsupported', limit, { compression: metadata.compression }, error)
    throw photoRefusal('corrupt', limit, { sourceType }, error)
  }

  const { data, info } = encoded
  return {
    data,
    mime: STORED_PHOTO_MIME,
    width: info.width,
    height: info.height,
    bytes: data.length,
    sha256: createHash('sha256').update(data).digest('hex'),
    sourceType,
  }
}
