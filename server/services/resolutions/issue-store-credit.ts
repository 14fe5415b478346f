import { randomBytes } from 'node:crypto'
import type { Prisma, StoreCredit } from '@/prisma/generated/client'
import { AppError } from '@/server/app-error'
import { rmaFromBytes } from '@/server/domain/rma'

/** Store credit stays spendable for a year unless the shop's terms say otherwise. */
export const STORE_CREDIT_VALIDITY_DAYS = 365

export interface IssueStoreCreditInput {
  returnId: string
  /** What the shopper was owed, minor units. */
  amount: number
  /** The policy's extra for choosing credit, minor units. */
  bonusAmount: number
  now: Date
}

/**
 * Issues a return's store credit: a code and two ledger entries (what was owed, the bonus). One
 * credit per return, whatever retries happen (unique on the return).
 */
export async function issueStoreCredit(tx: Prisma.TransactionClient, input: IssueStoreCreditInput): Promise<{ credit: StoreCredit; created: boolean }> {
  const existing = await tx.storeCredit.findUnique({ where: { returnId: input.returnId } })
  if (existing) return { credit: existing, created: false }
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0 || !Number.isSafeInteger(input.bonusAmount) || input.bonusAmount < 0) {
    throw new AppError('INVALID_INPUT', { userMessage: 'Store credit must be a positive whole amount.', details: { amount: input.amount, bonusAmount: input.bonusAmount } })
  }
  const request = await tx.returnRequest.findUniqueOrThrow({ where: { id: input.returnId }, select: { shopId: true, orderId: true, currency: true } })
  const credit = await tx.storeCredit.create({
    data: {
      shopId: request.shopId,
      orderId: request.orderId,
      returnId: input.returnId,
      // Same alphabet and check character as RMAs: readable aloud, typos caught.
      code: `SC-${rmaFromBytes(randomBytes(5)).replace(/^R-/, '')}`,
      currency: request.currency,
      amount: input.amount + input.bonusAmount,
      bonusAmount: input.bonusAmount,
      expiresAt: new Date(input.now.getTime() + STORE_CREDIT_VALIDITY_DAYS * 86_400_000),
      createdAt: input.now,
      entries: {
        create: [
          { kind: 'issue', amount: input.amount, createdAt: input.now },
          ...(input.bonusAmount > 0 ? [{ kind: 'bonus' as const, amount: input.bonusAmount, createdAt: input.now }] : []),
        ],
      },
    },
  })
  return { credit, created: true }
}
