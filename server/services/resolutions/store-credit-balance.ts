import type { Db, DbClient } from '@/server/database/prisma-client'
import { AppError } from '@/server/app-error'

export interface StoreCreditBalance {
  code: string
  currency: string
  balance: number
  expiresAt: Date | null
  expired: boolean
}

/** The balance is the sum of the ledger; nothing is stored twice. */
export async function storeCreditBalance(db: DbClient, shopId: string, code: string, now: Date): Promise<StoreCreditBalance> {
  const credit = await db.storeCredit.findFirst({ where: { shopId, code: code.trim().toUpperCase() }, select: { id: true, code: true, currency: true, expiresAt: true } })
  if (!credit) throw new AppError('INVALID_INPUT', { userMessage: 'No store credit has that code.' })
  const { _sum } = await db.storeCreditEntry.aggregate({ where: { creditId: credit.id }, _sum: { amount: true } })
  const expired = credit.expiresAt !== null && credit.expiresAt <= now
  return { code: credit.code, currency: credit.currency, balance: expired ? 0 : (_sum.amount ?? 0), expiresAt: credit.expiresAt, expired }
}

export interface RedeemInput {
  shopId: string
  code: string
  amount: number
  /** The merchant's checkout or order id: redeeming twice with it spends once. */
  reference: string
  now: Date
}

/** Spends store credit at checkout, under a row lock so two checkouts cannot spend the same balance. */
export async function redeemStoreCredit(db: Db, input: RedeemInput): Promise<StoreCreditBalance & { replayed: boolean }> {
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw new AppError('INVALID_INPUT', { userMessage: 'Redeem a positive whole amount in minor units.' })
  if (!input.reference.trim()) throw new AppError('INVALID_INPUT', { userMessage: 'A redemption needs a reference (your checkout or order id).' })
  return db.$transaction(async (tx) => {
    const code = input.code.trim().toUpperCase()
    const [credit] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM store_credits WHERE shop_id = ${input.shopId} AND code = ${code} FOR UPDATE`
    if (!credit) throw new AppError('INVALID_INPUT', { userMessage: 'No store credit has that code.' })
    const replay = await tx.storeCreditEntry.findFirst({ where: { creditId: credit.id, kind: 'redeem', reference: input.reference } })
    if (replay) {
      if (replay.amount !== -input.amount) throw new AppError('CONFLICT', { userMessage: 'That reference already redeemed a different amount.' })
      return { ...(await storeCreditBalance(tx, input.shopId, code, input.now)), replayed: true }
    }
    const before = await storeCreditBalance(tx, input.shopId, code, input.now)
    if (before.expired) throw new AppError('INVALID_INPUT', { userMessage: 'This store credit has expired.' })
    if (input.amount > before.balance) {
      throw new AppError('INVALID_INPUT', { userMessage: `Only ${before.balance} (minor units) of this store credit is left.`, details: { balance: before.balance, requested: input.amount } })
    }
    await tx.storeCreditEntry.create({ data: { creditId: credit.id, kind: 'redeem', amount: -input.amount, reference: input.reference, createdAt: input.now } })
    return { ...before, balance: before.balance - input.amount, replayed: false }
  })
}
