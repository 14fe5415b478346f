import { Prisma } from '@/prisma/generated/client'
import { AppError } from '@/server/app-error'
import type { DbClient } from '@/server/database/prisma-client'
import { assertDateRange, type DateRange, DIMENSIONS, type Dimension, NONE_KEY } from '@/server/domain/analytics'
import { csvRecord, decimalAmount } from '@/server/domain/csv'
import { minorUnitDigits } from '@/server/domain/money'
import { COUNTED_RETURN, ordersInRange } from './analytics-scope'

export const RETURNS_CSV_HEADER = [
  'rma', 'return_status', 'requested_at', 'order_number', 'order_placed_at', 'country', 'sku', 'product', 'supplier', 'hub', 'reason',
  'quantity', 'refund_amount', 'currency', 'keep_it',
] as const

/** The same filter a chart's row stands for, so the file holds exactly the returns behind it. */
function dimensionFilter(dimension: Dimension, key: string): Prisma.Sql {
  const orNone = (column: Prisma.Sql) => (key === NONE_KEY ? Prisma.sql`${column} IS NULL` : Prisma.sql`${column} = ${key}`)
  switch (dimension) {
    case 'product': return Prisma.sql`ol.title = ${key}`
    case 'sku': return Prisma.sql`ol.sku = ${key}`
    case 'supplier': return orNone(Prisma.sql`ol.supplier_id`)
    case 'reason': return Prisma.sql`ri.reason = ${key}`
    case 'country': return Prisma.sql`o.ship_country = ${key}`
    case 'hub': return orNone(Prisma.sql`r.hub_id`)
  }
}

type ExportRow = {
  id: string; rma: string; status: string; requestedAt: Date; orderNumber: string; placedAt: Date; country: string; sku: string; product: string
  supplier: string | null; hub: string | null; reason: string; quantity: number; refundAmount: number; currency: string; keepIt: boolean
}

/**
 * The returned items behind the analytics page (or one row of one of its charts), one CSV record
 * per return item, read in pages of `pageSize` by id so a big shop streams in constant memory.
 */
export async function* exportReturnsCsv(
  db: DbClient,
  input: { shopId: string; range: DateRange; dimension?: Dimension; key?: string; pageSize?: number },
): AsyncGenerator<string> {
  assertDateRange(input.range)
  if (input.dimension !== undefined && !DIMENSIONS.includes(input.dimension)) {
    throw new AppError('INVALID_INPUT', { userMessage: `Unknown chart dimension "${String(input.dimension)}".` })
  }
  if ((input.dimension === undefined) !== (input.key === undefined)) {
    throw new AppError('INVALID_INPUT', { userMessage: 'A chart row needs both its dimension and its key.' })
  }
  const filter = input.dimension !== undefined ? dimensionFilter(input.dimension, input.key!) : Prisma.sql`TRUE`
  const pageSize = input.pageSize ?? 1000
  yield csvRecord(RETURNS_CSV_HEADER)
  let after = ''
  for (;;) {
    const rows = await db.$queryRaw<ExportRow[]>`
      SELECT ri.id, r.rma, r.status::text AS status, r.created_at AS "requestedAt", o.number AS "orderNumber", o.placed_at AS "placedAt",
             o.ship_country AS country, ol.sku, ol.title AS product, s.name AS supplier, h.name AS hub, ri.reason, ri.quantity,
             ri.refund_amount AS "refundAmount", r.currency, r.keep_item AS "keepIt"
      FROM orders o
      JOIN return_requests r ON r.order_id = o.id
      JOIN return_items ri ON ri.return_id = r.id
      JOIN order_lines ol ON ol.id = ri.order_line_id
      LEFT JOIN suppliers s ON s.id = ol.supplier_id
      LEFT JOIN hubs h ON h.id = r.hub_id
      WHERE ${ordersInRange(input.shopId, input.range)} AND ${COUNTED_RETURN} AND ${filter} AND ri.id > ${after}
      ORDER BY ri.id
      LIMIT ${pageSize}`
    for (const row of rows) {
      yield csvRecord([
        row.rma, row.status, row.requestedAt.toISOString(), row.orderNumber, row.placedAt.toISOString(), row.country, row.sku, row.product,
        row.supplier, row.hub, row.reason, row.quantity, decimalAmount(row.refundAmount, minorUnitDigits(row.currency)), row.currency, row.keepIt,
      ])
    }
    if (rows.length < pageSize) return
    after = rows[rows.length - 1]!.id
  }
}
