import { AppError } from '@/server/app-error'
import type { Prisma } from '@/prisma/generated/client'
import type { Db } from '@/server/database/prisma-client'
import type { ReturnStatus } from '@/server/domain/return-lifecycle'
import { parseRma } from '@/server/domain/rma'

/** A return as the merchant's systems see it through the REST API. */
export type MerchantReturnView = {
  rma: string
  status: ReturnStatus
  resolution: string
  keepItem: boolean
  orderNumber: string
  email: string
  currency: string
  itemsAmount: number
  feesAmount: number
  refundAmount: number
  createdAt: string
  updatedAt: string
  items: { sku: string; title: string; variant: string | null; quantity: number; reason: string; subReason: string | null; refundAmount: number }[]
  label: { trackingNumber: string; carrier: string; expiresAt: string } | null
}

const SELECT = {
  id: true, rma: true, status: true, resolution: true, keepItem: true, currency: true, itemsAmount: true, feesAmount: true, refundAmount: true, createdAt: true, updatedAt: true,
  order: { select: { number: true, email: true } },
  items: { orderBy: { orderLine: { position: 'asc' } }, select: { quantity: true, reason: true, subReason: true, refundAmount: true, orderLine: { select: { sku: true, title: true, variant: true } } } },
  labels: { where: { voidedAt: null }, orderBy: { createdAt: 'desc' }, take: 1, select: { trackingNumber: true, carrier: true, expiresAt: true } },
} satisfies Prisma.ReturnRequestSelect

type Row = Prisma.ReturnRequestGetPayload<{ select: typeof SELECT }>

function view(row: Row): MerchantReturnView {
  const label = row.labels[0]
  return {
    rma: row.rma, status: row.status, resolution: row.resolution, keepItem: row.keepItem, orderNumber: row.order.number, email: row.order.email,
    currency: row.currency, itemsAmount: row.itemsAmount, feesAmount: row.feesAmount, refundAmount: row.refundAmount,
    createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
    items: row.items.map((i) => ({ sku: i.orderLine.sku, title: i.orderLine.title, variant: i.orderLine.variant, quantity: i.quantity, reason: i.reason, subReason: i.subReason, refundAmount: i.refundAmount })),
    label: label ? { trackingNumber: label.trackingNumber, carrier: label.carrier, expiresAt: label.expiresAt.toISOString() } : null,
  }
}

// The cursor is opaque to clients: the last row's (createdAt, id), newest first.
const encodeCursor = (row: { createdAt: Date; id: string }) => Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url')
function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string]
    const at = new Date(createdAt)
    if (typeof id === 'string' && !Number.isNaN(at.getTime())) return { createdAt: at, id }
  } catch {
    // Falls through to the error below.
  }
  throw new AppError('INVALID_INPUT', { userMessage: 'The cursor is not one this API gave out.', details: { reason: 'invalid_cursor' } })
}

export async function listMerchantReturns(db: Db, shopId: string, input: { status?: ReturnStatus; cursor?: string; limit: number }) {
  const after = input.cursor ? decodeCursor(input.cursor) : null
  const rows = await db.returnRequest.findMany({
    where: {
      shopId,
      ...(input.status ? { status: input.status } : {}),
      ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select: SELECT,
  })
  const page = rows.slice(0, input.limit)
  return { data: page.map(view), nextCursor: rows.length > input.limit ? encodeCursor(page.at(-1)!) : null }
}

/** Another shop's return is indistinguishable from one that does not exist. */
export async function getMerchantReturn(db: Db, shopId: string, rma: string): Promise<MerchantReturnView & { id: string }> {
  const row = await db.returnRequest.findUnique({ where: { rma: parseRma(rma) ?? rma }, select: { ...SELECT, shopId: true } })
  if (!row || row.shopId !== shopId) throw new AppError('RETURN_NOT_FOUND', { userMessage: `There is no return ${rma} in this shop.` })
  return { ...view(row), id: row.id }
}
