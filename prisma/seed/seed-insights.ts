// Writes the returns of the demo shop's order history (demo-history.ts): requests, items, labels,
// refunds and timelines, so analytics, supplier claims and remediation have a story to show.
// Runs inside seedDemo's transaction, right after the shop and its orders exist.
import { type Prisma, type ReturnStatus } from '@/prisma/generated/client'
import { labelCost, weightClassFor } from '@/server/domain/label-rates'
import { reasonKind } from '@/server/domain/policy/policy-types'
import { rmaFromBytes } from '@/server/domain/rma'
import { trackingNumberFromSerial } from '@/server/domain/tracking-number'
import { syncSupplierClaims } from '@/server/services/claims/sync-supplier-claims'
import { HISTORY_ORDERS, HISTORY_RETURNS, type HistoryReturnSpec } from './demo-history'
import { SUPPLIER_SHENZHEN_APPAREL } from './demo-suppliers'
import { type SeededOrder } from './seed-demo-return'
import { requireId, type Ago } from './seed-helpers'

type Tx = Prisma.TransactionClient

/** Change-of-mind returns pay the demo policy's subsidised shipping fee. */
const SHIPPING_FEE: Readonly<Record<string, number>> = { EUR: 495, GBP: 395, USD: 595 }
/** The Shenzhen supplier's restocking fee on change-of-mind returns, in percent. */
const RESTOCKING_PERCENT: Readonly<Record<string, number>> = { [SUPPLIER_SHENZHEN_APPAREL.code]: 10 }
/** Far above the live sequence (tracking_serial_seq starts at 1), so seeded labels never collide with issued ones. */
const FIRST_TRACKING_SERIAL = 90_000_000

export async function seedInsights(
  tx: Tx,
  input: { shopId: string; orders: ReadonlyMap<string, SeededOrder>; hubIds: ReadonlyMap<string, string>; ago: Ago; now: Date },
): Promise<void> {
  const groups = new Map<string, HistoryReturnSpec[]>()
  for (const spec of HISTORY_RETURNS) {
    const key = `${spec.orderNumber}:${spec.keepItem}`
    groups.set(key, [...(groups.get(key) ?? []), spec])
  }
  let index = 0
  for (const specs of groups.values()) {
    index += 1
    await writeReturn(tx, input, specs, index)
  }
  // The broken mugs, the warped board and the wrong tote start out gathered in open claims.
  await syncSupplierClaims(tx, { shopId: input.shopId, now: input.now })
}

async function writeReturn(tx: Tx, input: Parameters<typeof seedInsights>[1], specs: HistoryReturnSpec[], index: number): Promise<void> {
  const first = specs[0]!
  const history = HISTORY_ORDERS.find((o) => o.number === first.orderNumber)
  if (!history || history.deliveredDaysAgo === null) throw new Error(`Demo history: order ${first.orderNumber} was not delivered.`)
  const order = requireId(input.orders, first.orderNumber, 'history order')
  const requestedDaysAgo = history.deliveredDaysAgo - first.requestedAfterDays
  const refundedDaysAgo = requestedDaysAgo - first.refundedAfterDays
  const at = (fraction: number) => input.ago(requestedDaysAgo - (requestedDaysAgo - refundedDaysAgo) * fraction)

  const items = specs.map((spec) => {
    const line = order.lines.find((l) => l.line.product.sku === spec.sku)
    if (!line) throw new Error(`Demo history: order ${spec.orderNumber} has no ${spec.sku}.`)
    const paid = Math.round((line.paid * spec.quantity) / line.line.quantity)
    const changeOfMind = reasonKind(spec.reason) === 'change_of_mind'
    const restocking = changeOfMind ? Math.round((paid * (RESTOCKING_PERCENT[line.line.product.supplierCode] ?? 0)) / 100) : 0
    return { spec, line, paid, restocking, changeOfMind }
  })
  const shipped = !first.keepItem
  const feesAmount = items.reduce((sum, i) => sum + i.restocking, 0) + (shipped && items.some((i) => i.changeOfMind) ? (SHIPPING_FEE[order.currency] ?? 0) : 0)
  const itemsAmount = items.reduce((sum, i) => sum + i.paid, 0)
  const refundAmount = itemsAmount - feesAmount
  const hubId = shipped ? requireId(input.hubIds, history.hubCode, 'hub') : null
  const rma = rmaFromBytes(new Uint8Array([0x20, 0x26, 0x11, index >> 8, index & 0xff]))

  const request = await tx.returnRequest.create({
    data: {
      shopId: input.shopId, orderId: order.id, rma, status: 'refunded', resolution: 'refund', keepItem: first.keepItem, currency: order.currency,
      itemsAmount, taxAmount: items.reduce((sum, i) => sum + Math.round((i.line.taxAmount * i.spec.quantity) / i.line.line.quantity), 0),
      discountAmount: 0, feesAmount, shippingRefundAmount: 0, refundAmount, hubId,
      createdAt: at(0), updatedAt: at(1), approvedAt: at(0.001), receivedAt: shipped ? at(0.6) : null, closedAt: at(1),
      items: {
        create: items.map(({ spec, line, paid }) => ({
          orderLineId: line.id, quantity: spec.quantity, receivedQuantity: shipped ? spec.quantity : null, reason: spec.reason, note: spec.note,
          grade: spec.grade, disposition: spec.disposition, refundAmount: paid,
        })),
      },
    },
    select: { id: true },
  })

  const trigger = first.keepItem ? 'keep_it' : 'inspection'
  const refund = await tx.refund.create({
    data: {
      orderId: order.id, returnId: request.id, paymentReference: order.paymentReference, amount: refundAmount, currency: order.currency, status: 'succeeded',
      trigger, idempotencyKey: `${trigger}:${request.id}`, attempts: 1, actorType: first.keepItem ? 'system' : 'staff',
      stripeRefundId: `re_demo_history_${index}`, createdAt: at(0.95), updatedAt: at(1), succeededAt: at(1),
    },
    select: { id: true },
  })
  // What was refunded is reserved against the capture, as a live refund would have done.
  await tx.order.update({ where: { id: order.id }, data: { refundReservedAmount: { increment: refundAmount } } })

  const steps: [ReturnStatus | null, ReturnStatus, number, 'shopper' | 'system' | 'carrier' | 'staff', string][] = shipped
    ? [
        [null, 'requested', 0, 'shopper', `Return requested for order ${first.orderNumber}.`],
        ['requested', 'approved', 0.001, 'system', 'Approved automatically.'],
        ['approved', 'label_issued', 0.002, 'system', 'Prepaid label issued.'],
        ['label_issued', 'in_transit', 0.2, 'carrier', 'Parcel accepted at the drop-off point.'],
        ['in_transit', 'received', 0.6, 'carrier', 'Delivered to the hub.'],
        ['received', 'inspected', 0.8, 'staff', 'Inspected.'],
        ['inspected', 'refund_pending', 0.81, 'staff', 'Refund approved after inspection.'],
        ['refund_pending', 'refunded', 1, 'system', 'Stripe confirmed the refund.'],
      ]
    : [
        [null, 'requested', 0, 'shopper', `Return requested for order ${first.orderNumber}.`],
        ['requested', 'approved', 0.1, 'system', 'Keep it: cheaper to refund than to ship back.'],
        ['approved', 'refund_pending', 0.2, 'system', 'Refund sent without a return.'],
        ['refund_pending', 'refunded', 1, 'system', 'Stripe confirmed the refund.'],
      ]
  if (shipped) {
    const issuedAt = at(0.002)
    const units = items.reduce((sum, i) => sum + i.spec.quantity, 0)
    const cost = labelCost({ distanceKm: null, weightClass: weightClassFor(units), currency: order.currency })
    const trackingNumber = trackingNumberFromSerial(FIRST_TRACKING_SERIAL + index, { service: 'RT', country: history.customer.address.country })
    await tx.label.create({
      data: {
        returnId: request.id, hubId: hubId!, carrier: 'hub-network', trackingNumber, pdfKey: `labels/${rma}.pdf`, slipKey: `labels/${rma}-slip.pdf`,
        qrPayload: `roundtrip:${trackingNumber}:${rma}`, weightClass: weightClassFor(units), costAmount: cost.amount, costCurrency: cost.currency,
        expiresAt: new Date(issuedAt.getTime() + 28 * 86_400_000), createdAt: issuedAt,
      },
    })
  }
  await tx.returnEvent.createMany({
    data: steps.map(([from, to, fraction, actor, note]) => ({
      returnId: request.id, type: 'status_changed', fromStatus: from, toStatus: to, actorType: actor, note, createdAt: at(fraction),
      ...(to === 'refunded' ? { data: { refundId: refund.id, amount: refundAmount, currency: order.currency } } : {}),
    })),
  })
}
