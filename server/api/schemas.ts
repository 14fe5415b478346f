import { z } from 'zod'

/** A shop's address in the portal (/demo): lower-case letters, digits and dashes. */
export const ZShopSlug = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'Not a shop address.')

/** A language tag from the browser or the switcher; unknown ones fall back to English. */
export const ZLocale = z.string().min(2).max(35)
