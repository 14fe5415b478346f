import { createHash, timingSafeEqual } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { AppError } from '@/server/app-error'
import { Prisma } from '@/prisma/generated/client'
import type { Db } from '@/server/database/prisma-client'
import { sql } from '@/server/database/sql'
import { ORDER_SUMMARY_COLUMNS, type OrderSummary, type OrderSummaryRow, toOrderSummary } from './order-summary'
import { normalizeEmail, normalizeOrderNumber } from '@/server/domain/customer-input'

export const ORDER_NOT_FOUND_MESSAGE = "We couldn't find an order with those details."

export type LookupOrderInput = { shopSlug: string; orderNumber: string; email: string }
export type LookupOrderOptions = { minFailureMs: number }
/** The proved order, with what the shopper is shown of it (read in the same statement). */
export type FoundOrder = { shopId: string; orderId: string; summary: OrderSummary }

const digest = (value: string) => createHash('sha256').update(value).digest()
// Compared against when no order matches, so both failures do the same work.
const NO_ORDER_EMAIL = digest('\u0000no-order')

/**
 * Proves that the person knows both the order number and its email. An unknown order and a wrong
 * email fail with the same message after the same single indexed query, padded to the same
 * minimum duration, so the response does not tell an attacker which half was right.
 */
export async function lookupOrder(db: Db, input: LookupOrderInput, { minFailureMs }: LookupOrderOptions): Promise<FoundOrder> {
  const startedAt = performance.now()
  const number = normalizeOrderNumber(input.orderNumber)
  // The one query every lookup makes (see sql() for why it bypasses Prisma). It also reads the summary
  // the shopper is shown on success: one round trip instead of two.
  const [order] = await sql<OrderSummaryRow & { shop_id: string; email: string }>(db, Prisma.sql`
    SELECT o.shop_id, o.email, ${ORDER_SUMMARY_COLUMNS} FROM orders o JOIN shops s ON s.id = o.shop_id WHERE s.slug = ${input.shopSlug} AND o.number = ${number}`)
  const matches = timingSafeEqual(order ? digest(order.email) : NO_ORDER_EMAIL, digest(normalizeEmail(input.email)))
  if (order && matches) return { shopId: order.shop_id, orderId: order.id, summary: toOrderSummary(order) }

  await padToMinimum(startedAt, minFailureMs)
  throw new AppError('ORDER_NOT_FOUND', { userMessage: ORDER_NOT_FOUND_MESSAGE })
}

/** Waits until `minMs` have passed since `startedAt` (a `performance.now()` reading), plus jitter. */
export async function padToMinimum(startedAt: number, minMs: number): Promise<void> {
  const remaining = minMs - (performance.now() - startedAt)
  // Jitter keeps the floor from becoming a fingerprint of its own.
  if (remaining > 0) await sleep(remaining + Math.random() * Math.min(50, minMs / 4))
}
