import { errorResponse } from '@/server/api/http/request-context'
import { textDownload } from '@/server/api/http/staff-request'
import { staffFromRequest } from '@/server/api/http/viewer'
import { AppError } from '@/server/app-error'
import { getDb } from '@/server/db'
import { DIMENSIONS, type Dimension, rangeFromDays } from '@/server/domain/analytics'
import { exportReturnsCsv } from '@/server/services/analytics/export-returns-csv'
import { staffShop } from '@/server/services/staff/staff-shop'

/** CSV of the returns behind the analytics page, or behind one row of a chart (`dimension` + `key`). */
export async function GET(request: Request) {
  try {
    const db = getDb()
    const params = new URL(request.url).searchParams
    const shop = await staffShop(db, await staffFromRequest(db, request), params.get('shop') ?? '')
    const range = rangeFromDays(params.get('from') ?? '', params.get('to') ?? '')
    const dimension = params.get('dimension') ?? undefined
    if (dimension !== undefined && !DIMENSIONS.includes(dimension as Dimension)) {
      throw new AppError('INVALID_INPUT', { userMessage: `Unknown chart dimension "${dimension}".` })
    }
    const key = params.get('key') ?? undefined
    const rows = exportReturnsCsv(db, { shopId: shop.id, range, dimension: dimension as Dimension | undefined, key })
    const part = dimension ? `-${dimension}` : ''
    return await textDownload(rows, { contentType: 'text/csv; charset=utf-8', filename: `${shop.slug}-returns${part}-${params.get('from')}-${params.get('to')}.csv` })
  } catch (error) {
    return errorResponse(error)
  }
}
