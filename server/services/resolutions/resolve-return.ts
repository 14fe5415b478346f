import type { Prisma } from '@/prisma/generated/client'
import { AppError } from '@/server/app-error'
import { refundForReceived, refundStillDue } from '@/server/domain/refunds/received-amount'
import { type ReturnStatus, assertTransition } from '@/server/domain/return-lifecycle'
import { type RefundActor, createRefundIntent } from '@/server/services/refunds/create-refund-intent'
import { settleReturn } from '@/server/services/refunds/refund-outcome'
import { createReplacementOrder } from './create-replacement'
import { issueStoreCredit } from './issue-store-credit'

type Tx = Prisma.TransactionClient

export interface ResolveReturnInput {
  returnId: string
  /** keep_it: approved and nothing ships back; inspection: the parcel came back and passed. */
  trigger: 'keep_it' | 'inspection'
  actor: RefundActor
  now: Date
}

export type ResolveOutcome =
  | { kind: 'refund'; refundId: string | null; amount: number; status: ReturnStatus }
  | { kind: 'store_credit'; code: string; amount: number }
  | { kind: 'replacement'; replacementId: string }

/**
 * Gives the shopper what the return's resolution promised, for what actually came back, inside the
 * caller's transaction: a refund intent (minus anything already refunded, e.g. on the first scan),
 * store credit with the policy's bonus, or a replacement order for the supplier.
 */
export async function resolveReturn(tx: Tx, input: ResolveReturnInput): Promise<ResolveOutcome> {
  await tx.$queryRaw`SELECT id FROM return_requests WHERE id = ${input.returnId} FOR UPDATE`
  const request = await tx.returnRequest.findUnique({
    where: { id: input.returnId },
    select: {
      id: true, orderId: true, status: true, resolution: true, keepItem: true, refundAmount: true, decision: true,
      items: { select: { orderLineId: true, quantity: true, receivedQuantity: true, refundAmount: true, grade: true } },
    },
  })
  if (!request) throw new AppError('RETURN_NOT_FOUND', { userMessage: 'That return does not exist.' })
  const expected: ReturnStatus = input.trigger === 'keep_it' ? 'approved' : 'inspected'
  if (request.status !== expected || (input.trigger === 'keep_it' && !request.keepItem)) {
    throw new AppError('INVALID_STATE_TRANSITION', {
      userMessage: input.trigger === 'keep_it' ? 'Only an approved keep-it return is resolved without the item.' : 'Only an inspected return can be resolved.',
      details: { status: request.status, keepItem: request.keepItem },
    })
  }
  // What the announced items would refund, less the value of units that never arrived. Once staff
  // have graded every item, the inspection already counted only what arrived (and what its grade
  // allows) into the return's refund, so it is taken as it stands.
  const announced = request.items.reduce((sum, item) => sum + item.refundAmount, 0)
  const graded = request.items.length > 0 && request.items.every((item) => item.grade !== null)
  const owed = graded ? request.refundAmount : Math.max(0, request.refundAmount - (announced - refundForReceived(request.items)))

  switch (request.resolution) {
    case 'store_credit': {
      const bonus = (request.decision as { totals?: { storeCreditBonus?: number } } | null)?.totals?.storeCreditBonus ?? 0
      const scaledBonus = request.refundAmount > 0 ? Math.floor((bonus * owed) / request.refundAmount) : 0
      const { credit } = await issueStoreCredit(tx, { returnId: request.id, amount: owed, bonusAmount: scaledBonus, now: input.now })
      await move(tx, request.id, request.status, 'credit_issued', input, `Store credit ${credit.code} issued.`)
      return { kind: 'store_credit', code: credit.code, amount: credit.amount }
    }
    case 'replacement':
    case 'exchange': {
      const lines = request.items
        .map((item) => ({ orderLineId: item.orderLineId, quantity: item.receivedQuantity ?? item.quantity }))
        .filter((line) => line.quantity > 0)
      const { replacement } = await createReplacementOrder(tx, { orderId: request.orderId, returnId: request.id, lines, sourceKey: `return:${request.id}`, actor: input.actor, now: input.now })
      return { kind: 'replacement', replacementId: replacement.id }
    }
    case 'refund': {
      const reserved = await tx.refund.aggregate({ where: { returnId: request.id, status: { in: ['pending', 'processing', 'succeeded'] } }, _sum: { amount: true } })
      const due = refundStillDue(owed, reserved._sum.amount ?? 0)
      await move(tx, request.id, request.status, 'refund_pending', input, 'Refund due.')
      const intent = due > 0
        ? await createRefundIntent(tx, { orderId: request.orderId, returnId: request.id, amount: due, trigger: input.trigger, sourceId: request.id, actor: input.actor, now: input.now })
        : null
      if (!intent && !(await settleReturn(tx, request.id, input.now)) && (reserved._sum.amount ?? 0) === 0) {
        // Nothing was owed at all (every unit missing, or fees ate it): close it rather than wait for money that will not move.
        await move(tx, request.id, 'refund_pending', 'refunded', input, 'Nothing to refund.')
      }
      const status = (await tx.returnRequest.findUniqueOrThrow({ where: { id: request.id }, select: { status: true } })).status
      return { kind: 'refund', refundId: intent?.refund.id ?? null, amount: due, status }
    }
  }
}

async function move(tx: Tx, returnId: string, from: ReturnStatus, to: ReturnStatus, input: ResolveReturnInput, note: string): Promise<void> {
  assertTransition(from, to)
  const closes = to === 'refunded' || to === 'credit_issued' || to === 'replacement_sent'
  await tx.returnRequest.update({ where: { id: returnId, status: from }, data: { status: to, ...(closes ? { closedAt: input.now } : {}) } })
  await tx.returnEvent.create({
    data: { returnId, type: 'status_changed', fromStatus: from, toStatus: to, actorType: input.actor.type, actorId: input.actor.id ?? null, note, createdAt: input.now },
  })
}
