import { randomBytes } from 'node:crypto'
import { Prisma } from '@/prisma/generated/client'
import { AppError, isAppError } from '@/server/app-error'
import type { Db, DbClient } from '@/server/database/prisma-client'
import { evaluateReturn, type ReturnDecision, type ReturnRequestInput } from '@/server/domain/policy'
import { assertTransition, type ReturnStatus } from '@/server/domain/return-lifecycle'
import { rmaFromBytes } from '@/server/domain/rma'
import { loadPolicyInForce } from '@/server/services/policy/load-policy'
import { flagReturn } from '@/server/services/refunds/refund-outcome'
import { resolveReturn } from '@/server/services/resolutions/resolve-return'
import { loadEngineInput } from './load-engine-input'

export type ItemDetails = { subReason: string | null; note: string | null; photoIds: readonly string[] }
export type CreateReturnInput = {
  orderId: string
  request: ReturnRequestInput
  idempotencyKey: string
  now: Date
  /** Per order line: the shopper's words and uploaded photos, attached in the same transaction. */
  details?: Readonly<Record<string, ItemDetails>>
  /** The draft this return was built in; marked submitted in the same transaction. */
  draftId?: string
  /** The shopper's portal language, kept so the return's emails speak it (notifications). */
  locale?: string
}
export type CreatedReturn = { id: string; rma: string; status: ReturnStatus; created: boolean }

/**
 * Creates a return in one transaction: the request, its items, the policy decision it was made
 * under, and its first timeline events. The same idempotency key always yields the same return,
 * and submissions for one order are serialised so two tabs cannot both claim the same units.
 */
export async function createReturn(db: Db, input: CreateReturnInput): Promise<CreatedReturn> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => createInTransaction(tx, input), { timeout: 15_000 })
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      // Lost a race with the same key: the other request's return is the answer.
      const existing = await findByKey(db, input)
      if (existing) return existing
      // Otherwise an RMA collided (1 in 2^40); draw a new one.
      if (attempt >= 3) throw error
    }
  }
}

async function createInTransaction(tx: Prisma.TransactionClient, input: CreateReturnInput): Promise<CreatedReturn> {
  // Row lock on the order: the units already in returns are counted under it.
  await tx.$queryRaw`SELECT id FROM orders WHERE id = ${input.orderId} FOR UPDATE`
  const existing = await findByKey(tx, input)
  if (existing) return existing

  const { shopId, order, customer } = await loadEngineInput(tx, input.orderId)
  const policy = await loadPolicyInForce(tx, shopId, new Date(order.placedAt))
  const decision = evaluateReturn({ policy, order, request: input.request, customer, now: input.now })
  assertSubmittable(decision)

  const status: ReturnStatus = decision.outcome === 'approve' ? 'approved' : 'needs_review'
  assertTransition('requested', status)
  const { totals } = decision
  const created = await tx.returnRequest.create({
    data: {
      shopId,
      orderId: order.id,
      rma: rmaFromBytes(randomBytes(5)),
      status,
      resolution: decision.resolution,
      keepItem: decision.keepIt,
      currency: totals.currency,
      itemsAmount: totals.itemsAmount,
      taxAmount: totals.taxAmount,
      discountAmount: totals.discountAmount,
      feesAmount: totals.feesAmount,
      shippingRefundAmount: totals.shippingRefundAmount,
      refundAmount: totals.refundAmount,
      idempotencyKey: input.idempotencyKey,
      locale: input.locale ?? null,
      decision: decision as unknown as Prisma.InputJsonObject,
      createdAt: input.now,
      approvedAt: status === 'approved' ? input.now : null,
      items: {
        create: decision.lines.map((line) => ({
          orderLineId: line.lineId,
          quantity: line.quantity,
          reason: line.reason,
          subReason: input.details?.[line.lineId]?.subReason ?? null,
          note: input.details?.[line.lineId]?.note ?? null,
          refundAmount: line.amounts.due,
        })),
      },
      events: {
        create: [
          { type: 'status_changed', toStatus: 'requested', actorType: 'shopper', createdAt: input.now },
          {
            type: 'status_changed',
            fromStatus: 'requested',
            toStatus: status,
            actorType: 'system',
            note: status === 'approved' ? `Approved by return policy v${decision.policyVersion}.` : `Sent to staff review: ${decision.review.reasons.join(', ')}.`,
            data: { policyVersion: decision.policyVersion, outcome: decision.outcome, reviewReasons: [...decision.review.reasons] },
            createdAt: input.now,
          },
        ],
      },
    },
    select: { id: true, rma: true, status: true, items: { select: { id: true, orderLineId: true } } },
  })
  for (const item of created.items) {
    const photoIds = [...(input.details?.[item.orderLineId]?.photoIds ?? [])]
    if (photoIds.length === 0) continue
    const attached = await tx.photo.updateMany({ where: { id: { in: photoIds }, orderId: order.id, returnItemId: null }, data: { returnItemId: item.id } })
    if (attached.count !== photoIds.length) {
      throw new AppError('INVALID_INPUT', { userMessage: 'One of the photos could not be found. Please upload it again.' })
    }
  }
  if (input.draftId) {
    await tx.returnDraft.update({ where: { id: input.draftId, orderId: order.id }, data: { submittedReturnId: created.id } })
  }
  const finalStatus = created.status === 'approved' && decision.keepIt ? await resolveKeepIt(tx, created.id, input.now) : created.status
  return { id: created.id, rma: created.rma, status: finalStatus, created: true }
}

/**
 * Keep-it returns are paid out at approval: nothing ships back. If the money cannot move (no card
 * payment, a dispute), the return is still created, approved, and put in front of staff.
 */
async function resolveKeepIt(tx: Prisma.TransactionClient, returnId: string, now: Date): Promise<ReturnStatus> {
  try {
    await resolveReturn(tx, { returnId, trigger: 'keep_it', actor: { type: 'system' }, now })
  } catch (error) {
    if (!isAppError(error)) throw error
    await flagReturn(tx, returnId, `Keep-it resolution not made: ${error.userMessage}`, now)
  }
  return (await tx.returnRequest.findUniqueOrThrow({ where: { id: returnId }, select: { status: true } })).status
}

/** Only a request the policy accepts in full is stored; the portal shows the reasons before this point. */
function assertSubmittable(decision: ReturnDecision): void {
  const refused = decision.lines.filter((line) => !line.eligible)
  if (refused.length > 0 || decision.outcome === 'reject') {
    throw new AppError('NOT_RETURNABLE', {
      userMessage: 'Some of these items cannot be returned. Please go back and check the items you chose.',
      details: { lines: refused.map((line) => ({ lineId: line.lineId, code: line.code })) },
    })
  }
  if (!decision.readyToSubmit) {
    throw new AppError('INVALID_INPUT', {
      userMessage: 'Please add the photos asked for before you submit.',
      details: { lines: decision.lines.filter((l) => !l.photos.satisfied).map((l) => l.lineId) },
    })
  }
}

async function findByKey(db: DbClient, input: CreateReturnInput): Promise<CreatedReturn | null> {
  const found = await db.returnRequest.findFirst({
    where: { orderId: input.orderId, idempotencyKey: input.idempotencyKey },
    select: { id: true, rma: true, status: true },
  })
  return found ? { ...found, created: false } : null
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}
