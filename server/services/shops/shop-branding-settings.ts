import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { AppError } from '@/server/app-error'
import type { Prisma } from '@/prisma/generated/client'
import type { Db } from '@/server/database/prisma-client'
import { checkBrandColour, compactPortalCopy, type PortalCopy, ZPortalCopy } from '@/server/domain/branding-settings'
import { normalizeEmail } from '@/server/domain/customer-input'
import type { StorageDriver } from '@/server/integrations/storage'
import { sniffImageType } from '@/server/services/photos/sniff-image-type'

export type BrandingSettings = { shopId: string; slug: string; name: string; brandPrimary: string; brandAccent: string; supportEmail: string | null; logoUrl: string | null; portalCopy: PortalCopy }
export type BrandingUpdate = { brandPrimary: string; brandAccent: string; supportEmail: string | null; portalCopy: PortalCopy }

export const MAX_LOGO_BYTES = 2 * 1024 * 1024
const LOGO_SIZE = 256

export async function getBrandingSettings(db: Db, shopId: string): Promise<BrandingSettings> {
  const shop = await db.shop.findUniqueOrThrow({ where: { id: shopId }, select: { id: true, slug: true, name: true, brandPrimary: true, brandAccent: true, supportEmail: true, logoUrl: true, portalCopy: true } })
  const copy = ZPortalCopy.safeParse(shop.portalCopy ?? {})
  const { id, portalCopy: _raw, ...rest } = shop
  return { shopId: id, ...rest, portalCopy: copy.success ? copy.data : {} }
}

/** Colours are checked for legibility (white text on the primary colour) before anything is saved. */
export async function updateBranding(db: Db, shopId: string, input: BrandingUpdate): Promise<BrandingSettings> {
  const primary = checkBrandColour(input.brandPrimary)
  if (!primary.ok) {
    throw new AppError('INVALID_INPUT', {
      userMessage: primary.reason === 'not_hex' ? 'The primary colour must be a hex colour such as #0f766e.' : `White text on ${primary.hex} has a contrast of ${primary.contrastWithWhite}:1; it needs at least 4.5:1. Choose a darker colour.`,
      details: { reason: `primary_${primary.reason}`, field: 'brandPrimary' },
    })
  }
  const accent = checkBrandColour(input.brandAccent)
  if (!accent.ok && accent.reason === 'not_hex') {
    throw new AppError('INVALID_INPUT', { userMessage: 'The accent colour must be a hex colour such as #f59e0b.', details: { reason: 'accent_not_hex', field: 'brandAccent' } })
  }
  const copy = ZPortalCopy.safeParse(input.portalCopy)
  if (!copy.success) {
    throw new AppError('INVALID_INPUT', { userMessage: `Portal texts: ${copy.error.issues.map((i) => `${i.path.join(' › ')}: ${i.message}`).join('; ')}`, details: { reason: 'invalid_portal_copy', field: 'portalCopy' } })
  }
  await db.shop.update({
    where: { id: shopId },
    data: {
      brandPrimary: primary.hex,
      brandAccent: accent.hex,
      supportEmail: input.supportEmail ? normalizeEmail(input.supportEmail) : null,
      portalCopy: compactPortalCopy(copy.data) as Prisma.InputJsonObject,
    },
  })
  return getBrandingSettings(db, shopId)
}

/**
 * A logo upload: sniffed by content (PNG, JPEG or WebP), re-encoded by sharp to a square-bounded
 * PNG (which also drops anything but pixels), stored under its hash, and served publicly at
 * /api/shops/{slug}/logo — the query string changes with the content, so caches never go stale.
 */
export async function setShopLogo(db: Db, storage: StorageDriver, shopId: string, bytes: Uint8Array): Promise<BrandingSettings> {
  const refuse = (userMessage: string, reason: string) => new AppError('INVALID_INPUT', { userMessage, details: { reason, field: 'logo' } })
  if (bytes.byteLength > MAX_LOGO_BYTES) throw refuse('The logo may be at most 2 MB.', 'logo_too_large')
  const type = sniffImageType(bytes)
  if (type !== 'png' && type !== 'jpeg' && type !== 'webp') throw refuse('The logo must be a PNG, JPEG or WebP image.', 'logo_not_image')
  let png: Buffer
  try {
    png = await sharp(bytes, { limitInputPixels: 40_000_000 }).resize({ width: LOGO_SIZE, height: LOGO_SIZE, fit: 'inside', withoutEnlargement: true }).png().toBuffer()
  } catch (cause) {
    throw new AppError('INVALID_INPUT', { userMessage: 'The logo could not be read as an image.', details: { reason: 'logo_corrupt', field: 'logo' }, cause })
  }
  const hash = createHash('sha256').update(png).digest('hex')
  const key = `logos/${shopId.toLowerCase()}/${hash}.png`
  await storage.put(key, png, { contentType: 'image/png' })
  const { slug } = await db.shop.findUniqueOrThrow({ where: { id: shopId }, select: { slug: true } })
  await db.shop.update({ where: { id: shopId }, data: { logoKey: key, logoUrl: `/api/shops/${slug}/logo?v=${hash.slice(0, 12)}` } })
  return getBrandingSettings(db, shopId)
}

/** The stored logo of a shop, for the public logo route. */
export async function readShopLogo(db: Db, storage: StorageDriver, slug: string): Promise<Buffer | null> {
  const shop = await db.shop.findUnique({ where: { slug }, select: { logoKey: true } })
  if (!shop?.logoKey) return null
  return (await storage.get(shop.logoKey))?.bytes ?? null
}
