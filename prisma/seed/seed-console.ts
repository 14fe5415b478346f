// Staff console demo data: a return whose label expired unused, for order 1003 (Portland). The
// shopper asked in time, never shipped, and the window has since closed: the case for the console's
// "Approve out of window" override. The decision is the real engine's, as of the day it was asked.
import { type Prisma } from '@/prisma/generated/client'
import { evaluateReturn } from '@/server/domain/policy'
import { rmaFromBytes } from '@/server/domain/rma'
import { trackingNumberFromSerial } from '@/server/domain/tracking-number'
import { loadPolicyInForce } from '@/server/services/policy/load-policy'
import { loadEngineInput } from '@/server/services/returns/load-engine-input'
import { type Ago } from './seed-helpers'

type Tx = Prisma.TransactionClient

/** Fixed, so the README and tests can name it. */
export const DEMO_EXPIRED_RMA = rmaFromBytes(new Uint8Array([0x10, 0x03, 0xe4, 0x91, 0x7a]))
const BEANIE_SKU = 'KC-BNE-RST'
const REQUESTED_DAYS_AGO = 40
const LABEL_VALID_DAYS = 28

export async function seedExpiredReturn(tx: Tx, input: { shopId: string; orderId: string; hubId: string; ago: Ago }): Promise<void> {
  const { shopId, order, customer } = await loadEngineInput(tx, input.orderId)
  const beanie = order.lines.find((line) => line.sku === BEANIE_SKU)
  if (!beanie) throw new Error(`Demo seed: order 1003 has no ${BEANIE_SKU}.`)
  const requestedAt = input.ago(REQUESTED_DAYS_AGO)
  const policy = await loadPolicyInForce(tx, shopId, new Date(order.placedAt))
  const decision = evaluateReturn({ policy, order, customer, now: requestedAt, request: { resolution: 'refund', items: [{ lineId: beanie.id, quantity: 1, reason: 'doesnt_fit' }] } })
  const [line] = decision.lines
  if (!line?.eligible || decision.outcome !== 'approve') throw new Error('Demo seed: the 1003 beanie should have been returnable when it was asked for.')

  const expiresAt = new Date(requestedAt.getTime() + LABEL_VALID_DAYS * 86_400_000)
  const { totals } = decision
  const created = await tx.returnRequest.create({
    data: {
      shopId, orderId: order.id, rma: DEMO_EXPIRED_RMA, status: 'expired', resolution: 'refund', keepItem: false, currency: totals.currency,
      itemsAmount: totals.itemsAmount, taxAmount: totals.taxAmount, discountAmount: totals.discountAmount, feesAmount: totals.feesAmount,
      shippingRefundAmount: totals.shippingRefundAmount, refundAmount: totals.refundAmount, hubId: input.hubId,
      decision: decision as unknown as Prisma.InputJsonObject, createdAt: requestedAt, updatedAt: expiresAt, approvedAt: requestedAt, closedAt: expiresAt,
      items: { create: [{ orderLineId: beanie.id, quantity: 1, reason: 'doesnt_fit', subReason: 'too_small', note: 'A bit tight.', refundAmount: line.amounts.due }] },
    },
    select: { id: true },
  })
  const trackingNumber = trackingNumberFromSerial(1003, { service: 'RT', country: 'US' })
  await tx.label.create({
    data: {
      returnId: created.id, hubId: input.hubId, carrier: 'hub-network', trackingNumber, pdfKey: `labels/${DEMO_EXPIRED_RMA}.pdf`, slipKey: `labels/${DEMO_EXPIRED_RMA}-slip.pdf`,
      qrPayload: `roundtrip:${trackingNumber}:${DEMO_EXPIRED_RMA}`, weightClass: 'S', costAmount: 690, costCurrency: 'USD', expiresAt, createdAt: requestedAt,
    },
  })
  const step = (from: Prisma.ReturnEventCreateManyInput['fromStatus'], to: Prisma.ReturnEventCreateManyInput['toStatus'], actorType: 'shopper' | 'system', at: Date, note: string) =>
    ({ returnId: created.id, type: 'status_changed', fromStatus: from, toStatus: to, actorType, note, createdAt: at }) satisfies Prisma.ReturnEventCreateManyInput
  await tx.returnEvent.createMany({
    data: [
      step(null, 'requested', 'shopper', requestedAt, 'Return requested for the beanie.'),
      step('requested', 'approved', 'system', new Date(requestedAt.getTime() + 1), `Approved by return policy v${decision.policyVersion}.`),
      step('approved', 'label_issued', 'system', new Date(requestedAt.getTime() + 2), 'Prepaid label to the Reno hub.'),
      step('label_issued', 'expired', 'system', expiresAt, 'The label expired unused.'),
    ],
  })
}
