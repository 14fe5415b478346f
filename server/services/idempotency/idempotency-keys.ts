import { createHash } from 'node:crypto'
import type { Prisma } from '@/prisma/generated/client'
import { AppError } from '@/server/app-error'
import type { Db } from '@/server/database/prisma-client'

export type StoredResponse = { status: number; body: Prisma.InputJsonValue }
export type IdempotencyClaim = { kind: 'claimed'; id: string } | { kind: 'replay'; response: StoredResponse }

/** The request a key was first used for: method, path and exact body bytes. */
export const requestFingerprint = (method: string, path: string, body: string) => createHash('sha256').update(`${method} ${path}\n${body}`).digest('hex')

/**
 * How long a claimed key stays "still processing". Every REST operation answers in well under a
 * second; a key older than this was claimed by a process that died before answering, and must not
 * block the merchant's retries forever.
 */
export const IDEMPOTENCY_LEASE_MS = 60_000

/**
 * Claims `key` for this request before any work is done. The unique (shop, key) row decides:
 * exactly one of any number of concurrent requests inserts it and runs; the others find it and
 * get the stored response (same request), a 409 (still running) or a 422 (different request). A
 * claim left unanswered past its lease is taken over by the next retry, by exactly one of them.
 */
export async function claimIdempotencyKey(db: Db, input: { shopId: string; key: string; fingerprint: string; now: Date }): Promise<IdempotencyClaim> {
  // ON CONFLICT DO NOTHING: of concurrent requests exactly one inserts; the others fall through to the row.
  const { count } = await db.idempotencyKey.createMany({ data: [{ shopId: input.shopId, key: input.key, requestHash: input.fingerprint }], skipDuplicates: true })
  if (count === 1) {
    const row = await db.idempotencyKey.findUniqueOrThrow({ where: { shopId_key: { shopId: input.shopId, key: input.key } }, select: { id: true } })
    return { kind: 'claimed', id: row.id }
  }
  const existing = await db.idempotencyKey.findUnique({ where: { shopId_key: { shopId: input.shopId, key: input.key } } })
  if (!existing) {
    // The first request failed and released the key between our insert and our read: try again.
    return claimIdempotencyKey(db, input)
  }
  if (existing.requestHash !== input.fingerprint) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', {
      userMessage: 'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
      details: { reason: 'idempotency_key_reused' },
    })
  }
  if (existing.status === null && existing.createdAt.getTime() <= input.now.getTime() - IDEMPOTENCY_LEASE_MS) {
    // Conditional on the row being unchanged, so of several retries exactly one takes it over.
    const { count: taken } = await db.idempotencyKey.updateMany({ where: { id: existing.id, status: null, createdAt: existing.createdAt }, data: { createdAt: input.now } })
    if (taken === 1) return { kind: 'claimed', id: existing.id }
    return claimIdempotencyKey(db, input)
  }
  if (existing.status === null) {
    throw new AppError('CONFLICT', { userMessage: 'A request with this Idempotency-Key is still being processed. Retry shortly.', details: { reason: 'idempotency_in_progress' } })
  }
  return { kind: 'replay', response: { status: existing.status, body: existing.response as Prisma.InputJsonValue } }
}

/** Stores the answer every retry with the same key gets. */
export async function completeIdempotencyKey(db: Db, id: string, response: StoredResponse, now: Date): Promise<void> {
  await db.idempotencyKey.update({ where: { id }, data: { status: response.status, response: response.body, completedAt: now } })
}

/** A failure on our side is not an answer: the key is released so a retry can run the request. */
export async function releaseIdempotencyKey(db: Db, id: string): Promise<void> {
  await db.idempotencyKey.deleteMany({ where: { id, status: null } })
}
