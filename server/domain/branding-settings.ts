import { z } from 'zod'
import { contrastRatio } from './brand'

/**
 * What a merchant may set to make the portal (and its emails) theirs: colours that stay legible,
 * a support address, and short wording for each step, per language. Plain text only.
 */
export const MIN_CONTRAST_WITH_WHITE = 4.5
export const PORTAL_COPY_LOCALES = ['en', 'de', 'fr', 'es'] as const
export const PORTAL_COPY_KEYS = ['lookupIntro', 'itemsIntro', 'reasonsIntro', 'resolutionIntro', 'reviewIntro'] as const
export const PORTAL_COPY_MAX_LENGTH = 280

export type PortalCopyKey = (typeof PORTAL_COPY_KEYS)[number]
export type PortalCopy = Partial<Record<(typeof PORTAL_COPY_LOCALES)[number], Partial<Record<PortalCopyKey, string>>>>

const HEX = /^#[0-9a-f]{6}$/

export type ColourCheck = { ok: true; hex: string; contrastWithWhite: number } | { ok: false; reason: 'not_hex' } | { ok: false; reason: 'low_contrast'; hex: string; contrastWithWhite: number }

/**
 * A brand colour as typed ("#0F766E", "0f766e", "#abc"), normalised to #rrggbb, and whether white
 * text on it reaches WCAG AA (4.5:1): buttons and email headers put white text on the primary colour.
 */
export function checkBrandColour(input: string): ColourCheck {
  let hex = input.trim().toLowerCase()
  if (!hex.startsWith('#')) hex = `#${hex}`
  if (/^#[0-9a-f]{3}$/.test(hex)) hex = `#${[...hex.slice(1)].map((c) => c + c).join('')}`
  if (!HEX.test(hex)) return { ok: false, reason: 'not_hex' }
  const ratio = Math.round(contrastRatio(hex, '#ffffff') * 100) / 100
  return ratio >= MIN_CONTRAST_WITH_WHITE ? { ok: true, hex, contrastWithWhite: ratio } : { ok: false, reason: 'low_contrast', hex, contrastWithWhite: ratio }
}

const ZCopyText = z
  .string()
  .trim()
  .max(PORTAL_COPY_MAX_LENGTH, `At most ${PORTAL_COPY_MAX_LENGTH} characters.`)
  .refine((text) => !/[<>]/.test(text), 'Plain text only (no < or >).')

export const ZPortalCopy = z.partialRecord(z.enum(PORTAL_COPY_LOCALES), z.partialRecord(z.enum(PORTAL_COPY_KEYS), ZCopyText))

/** Drops empty strings and empty locales, so "cleared" means "use the default wording". */
export function compactPortalCopy(copy: PortalCopy): PortalCopy {
  const out: PortalCopy = {}
  for (const locale of PORTAL_COPY_LOCALES) {
    const entries = Object.entries(copy[locale] ?? {}).filter(([, text]) => typeof text === 'string' && text.trim() !== '')
    if (entries.length > 0) out[locale] = Object.fromEntries(entries.map(([k, v]) => [k, v!.trim()]))
  }
  return out
}

/** The merchant's text for one step in the shopper's language, if they wrote one. Never throws on stored JSON. */
export function portalCopyFor(stored: unknown, locale: string, key: PortalCopyKey): string | null {
  const parsed = ZPortalCopy.safeParse(stored ?? {})
  if (!parsed.success) return null
  const language = locale.slice(0, 2).toLowerCase() as (typeof PORTAL_COPY_LOCALES)[number]
  return parsed.data[language]?.[key] || null
}
