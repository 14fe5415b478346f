import sharp from 'sharp'

/** A real JPEG, as a phone would upload it, for tests that need a photo that passes the checks. */
export function testPhoto(width = 800, height = 600): Promise<Uint8Array> {
  return sharp({ create: { width, height, channels: 3, background: '#8a6d4b' } }).jpeg({ quality: 80 }).toBuffer()
}
