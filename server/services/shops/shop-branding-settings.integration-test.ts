import sharp from 'sharp'
import { describe, expect, test } from 'vitest'
import { createMemoryDriver } from '@/server/integrations/storage'
import { createShop } from '@/server/testing/factories'
import { connectTestDb } from '@/server/testing/test-db'
import { getShopBranding } from './get-shop-branding'
import { getBrandingSettings, readShopLogo, setShopLogo, updateBranding } from './shop-branding-settings'

const db = connectTestDb()

describe('shop branding settings', () => {
  test('saves legible colours, the support email and the wording; the portal then reads them', async () => {
    const shop = await createShop(db)
    const saved = await updateBranding(db, shop.id, {
      brandPrimary: '#1E3A8A',
      brandAccent: 'fbbf24',
      supportEmail: ' Help@Shop.example ',
      portalCopy: { en: { lookupIntro: 'Free returns for 30 days.', itemsIntro: '' }, de: { lookupIntro: '' } },
    })
    expect(saved).toMatchObject({ brandPrimary: '#1e3a8a', brandAccent: '#fbbf24', supportEmail: 'help@shop.example', portalCopy: { en: { lookupIntro: 'Free returns for 30 days.' } } })
    const portal = await getShopBranding(db, shop.slug)
    expect(portal.brand).toMatchObject({ primary: '#1e3a8a', onPrimary: '#ffffff' })
    expect(portal.portalCopy).toEqual({ en: { lookupIntro: 'Free returns for 30 days.' } })
  })

  test('refuses a primary colour white text is illegible on, and wording that is too long or not plain text; nothing changes', async () => {
    const shop = await createShop(db)
    const base = { brandPrimary: '#0f766e', brandAccent: '#f59e0b', supportEmail: null, portalCopy: {} }
    await expect(updateBranding(db, shop.id, { ...base, brandPrimary: '#fde68a' })).rejects.toMatchObject({ code: 'INVALID_INPUT', details: { reason: 'primary_low_contrast' } })
    await expect(updateBranding(db, shop.id, { ...base, brandAccent: 'amber' })).rejects.toMatchObject({ details: { reason: 'accent_not_hex' } })
    await expect(updateBranding(db, shop.id, { ...base, portalCopy: { en: { lookupIntro: 'x'.repeat(281) } } })).rejects.toMatchObject({ details: { reason: 'invalid_portal_copy' } })
    await expect(updateBranding(db, shop.id, { ...base, portalCopy: { en: { lookupIntro: '<script>' } } })).rejects.toMatchObject({ details: { reason: 'invalid_portal_copy' } })
    expect(await getBrandingSettings(db, shop.id)).toMatchObject({ brandPrimary: '#334155', brandAccent: '#f59e0b' })
  })

  test('a logo is re-encoded to a PNG of at most 256 px, stored, and served at a URL that changes with it', async () => {
    const shop = await createShop(db)
    const storage = createMemoryDriver()
    const jpeg = await sharp({ create: { width: 800, height: 400, channels: 3, background: '#0f766e' } }).jpeg().toBuffer()
    const saved = await setShopLogo(db, storage, shop.id, jpeg)
    expect(saved.logoUrl).toMatch(new RegExp(`^/api/shops/${shop.slug}/logo\\?v=[0-9a-f]{12}$`))
    const served = await readShopLogo(db, storage, shop.slug)
    expect(await sharp(served!).metadata()).toMatchObject({ format: 'png', width: 256, height: 128 })
    await expect(setShopLogo(db, storage, shop.id, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).rejects.toMatchObject({ details: { reason: 'logo_not_image' } })
    expect((await getBrandingSettings(db, shop.id)).logoUrl).toBe(saved.logoUrl)
  })
})
