import { describe, expect, test } from 'vitest'
import { checkBrandColour, compactPortalCopy, portalCopyFor, ZPortalCopy } from './branding-settings'

describe('checkBrandColour', () => {
  test('accepts dark colours that white text reads well on, normalising the notation', () => {
    expect(checkBrandColour('#0F766E')).toEqual({ ok: true, hex: '#0f766e', contrastWithWhite: 5.47 })
    expect(checkBrandColour(' 1e3a8a ')).toMatchObject({ ok: true, hex: '#1e3a8a' })
    expect(checkBrandColour('#000')).toEqual({ ok: true, hex: '#000000', contrastWithWhite: 21 })
  })

  test('refuses colours white text is not legible on (below 4.5:1), saying how far off they are', () => {
    expect(checkBrandColour('#f59e0b')).toEqual({ ok: false, reason: 'low_contrast', hex: '#f59e0b', contrastWithWhite: 2.15 })
    expect(checkBrandColour('#ffffff')).toMatchObject({ ok: false, reason: 'low_contrast', contrastWithWhite: 1 })
    // #767676 is the lightest grey that passes; #777777 just fails.
    expect(checkBrandColour('#767676').ok).toBe(true)
    expect(checkBrandColour('#777777').ok).toBe(false)
  })

  test.each(['', 'teal', '#12345', '#1234567', '#gggggg', 'rgb(0,0,0)', '#12 345'])('refuses %j as not a hex colour', (input) => {
    expect(checkBrandColour(input)).toEqual({ ok: false, reason: 'not_hex' })
  })
})

describe('portal copy', () => {
  test('is per locale and per step, plain text and at most 280 characters', () => {
    expect(ZPortalCopy.safeParse({ en: { lookupIntro: 'Hi!' }, de: { reviewIntro: 'Fast fertig.' } }).success).toBe(true)
    expect(ZPortalCopy.safeParse({ en: { lookupIntro: 'x'.repeat(281) } }).success).toBe(false)
    expect(ZPortalCopy.safeParse({ en: { lookupIntro: '<b>bold</b>' } }).success).toBe(false)
    expect(ZPortalCopy.safeParse({ it: { lookupIntro: 'Ciao' } }).success).toBe(false)
    expect(ZPortalCopy.safeParse({ en: { footer: 'x' } }).success).toBe(false)
  })

  test('empty texts are dropped so the default wording comes back', () => {
    expect(compactPortalCopy({ en: { lookupIntro: '  ', itemsIntro: ' Pick items. ' }, fr: { reviewIntro: '' } })).toEqual({ en: { itemsIntro: 'Pick items.' } })
  })

  test("finds the shopper's language by its first two letters, and nothing in broken data", () => {
    const stored = { en: { lookupIntro: 'Hello' }, de: { lookupIntro: 'Hallo' } }
    expect(portalCopyFor(stored, 'de-AT', 'lookupIntro')).toBe('Hallo')
    expect(portalCopyFor(stored, 'fr', 'lookupIntro')).toBeNull()
    expect(portalCopyFor(stored, 'en', 'itemsIntro')).toBeNull()
    expect(portalCopyFor('garbage', 'en', 'lookupIntro')).toBeNull()
    expect(portalCopyFor(null, 'en', 'lookupIntro')).toBeNull()
  })
})
