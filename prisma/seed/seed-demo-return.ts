// Writes the finished demo return (order 1008): request, items, label, refund and its timeline.
import { type ActorType, type Prisma, type ReturnStatus } from '@/prisma/generated/client'
import { type PricedLine } from './demo-pricing'
import { type DemoReturn } from './demo-returns'
import { requireId, type Ago } from './seed-helpers'

type Tx = Prisma.TransactionClient

export type SeededOrder = Readonly<{
  id: string
  customerId: string
  currency: string
  paymentReference: string
  /** In position order, with what the shopper paid for each line. */
  lines: readonly (PricedLine & { id: string })[]
}>

export async function createDemoReturn(
  tx: Tx,
  input: { spec: DemoReturn; shopId: string; order: SeededOrder; hubId: string; inspectorUserId: string; ago: Ago },
): Promise<void> {
  const { spec, order, ago } = input
  const at = new Map<ReturnStatus, Date>(spec.timeline.map((event) => [event.to, ago(event.daysAgo)]))
  const first = spec.timeline[0]
  const last = spec.timeline[spec.timeline.length - 1]
  if (!first || !last) throw new Error('Demo seed: a return needs a timeline.')
  const closedAt = ago(last.daysAgo)

  // Every line comes back in full, so the refund is exactly what was paid for the items: price
  // minus discount, plus tax where tax was added on top (USD). Order 1008 shipped free, so no
  // shipping refund, and its suppliers charge no restocking fee.
  const sum = (pick: (line: PricedLine) => number) => order.lines.reduce((total, line) => total + pick(line), 0)
  const refundAmount = sum((line) => line.paid)

  const returnRequest = await tx.returnRequest.create({
    data: {
      shopId: input.shopId,
      orderId: order.id,
      rma: spec.rma,
      status: last.to,
      resolution: spec.resolution,
      keepItem: false,
      currency: order.currency,
      itemsAmount: sum((line) => line.gross),
      taxAmount: sum((line) => line.taxAmount),
      discountAmount: sum((line) => line.discountAmount),
      feesAmount: 0,
      shippingRefundAmount: 0,
      refundAmount,
      hubId: input.hubId,
      createdAt: ago(first.daysAgo),
      updatedAt: closedAt,
      approvedAt: at.get('approved') ?? null,
      receivedAt: at.get('received') ?? null,
      closedAt,
      items: {
        create: order.lines.map((line) => {
          const why = requireId(new Map(Object.entries(spec.reasons)), line.line.product.sku, 'return reason for SKU')
          return {
            orderLineId: line.id,
            quantity: line.line.quantity,
            receivedQuantity: line.line.quantity,
            reason: why.reason,
            subReason: why.subReason,
            note: why.note,
            grade: spec.inspection.grade,
            disposition: spec.inspection.disposition,
            refundAmount: line.paid,
          }
        }),
      },
    },
    select: { id: true },
  })

  const labelIssuedAt = requireId(at, 'label_issued', 'label_issued event')
  const label = await tx.label.create({
    data: {
      returnId: returnRequest.id,
      hubId: input.hubId,
      carrier: spec.label.carrier,
      trackingNumber: spec.label.trackingNumber,
      pdfKey: `labels/${spec.rma}.pdf`,
      slipKey: `labels/${spec.rma}-slip.pdf`,
      qrPayload: `roundtrip:${spec.label.trackingNumber}:${spec.rma}`,
      weightClass: 'S',
      costAmount: spec.label.costAmount,
      costCurrency: spec.label.costCurrency,
      expiresAt: new Date(labelIssuedAt.getTime() + spec.label.validDays * 86_400_000),
      createdAt: labelIssuedAt,
    },
    select: { id: true },
  })

  const refund = await tx.refund.create({
    data: {
      orderId: order.id,
      returnId: returnRequest.id,
      paymentReference: order.paymentReference,
      amount: refundAmount,
      currency: order.currency,
      status: 'succeeded',
      trigger: 'inspection',
      idempotencyKey: `inspection:${returnRequest.id}`,
      attempts: spec.refund.attempt,
      actorType: 'staff',
      actorId: input.inspectorUserId,
      stripeRefundId: spec.refund.stripeRefundId,
      createdAt: requireId(at, 'refund_pending', 'refund_pending event'),
      updatedAt: closedAt,
      succeededAt: closedAt,
    },
    select: { id: true },
  })
  await tx.order.update({ where: { id: order.id }, data: { refundReservedAmount: { increment: refundAmount } } })

  // Append-only timeline: one `status_changed` event per transition, oldest first.
  const actorIds: Record<ActorType, string | null> = {
    shopper: order.customerId,
    staff: input.inspectorUserId,
    carrier: spec.label.carrier,
    system: null,
    merchant: null,
  }
  const eventData: Partial<Record<ReturnStatus, Prisma.InputJsonObject>> = {
    label_issued: { labelId: label.id, trackingNumber: spec.label.trackingNumber, carrier: spec.label.carrier },
    refund_pending: { refundId: refund.id, amount: refundAmount, currency: order.currency },
    refunded: { refundId: refund.id, stripeRefundId: spec.refund.stripeRefundId, amount: refundAmount, currency: order.currency },
  }
  await tx.returnEvent.createMany({
    data: spec.timeline.map((event) => ({
      returnId: returnRequest.id,
      type: 'status_changed',
      fromStatus: event.from,
      toStatus: event.to,
      actorType: event.actor,
      actorId: actorIds[event.actor],
      note: event.note,
      ...(eventData[event.to] ? { data: eventData[event.to] } : {}),
      createdAt: ago(event.daysAgo),
    })),
  })
}
