import { z } from 'zod'
import { ZShopSlug } from '@/server/api/schemas'

/** A date as a date field gives it (YYYY-MM-DD, UTC days; the end day is included). */
export const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written as YYYY-MM-DD.')

export const ZAnalyticsOverviewRequest = z.object({ shopSlug: ZShopSlug, from: ZDay, to: ZDay })
