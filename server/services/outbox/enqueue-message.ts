import type { Prisma } from '@/prisma/generated/client'
import type { DbClient } from '@/server/database/prisma-client'

export type OutboxMessageInput = {
  /** Same key, same message: writing an intent twice (a retry, a second path) sends it once. */
  dedupeKey: string
  channel: 'email'
  recipient: string
  template: string
  data: Prisma.InputJsonObject
  sendAfter: Date
}

/** Writes a message to send, inside the caller's transaction; the mail worker delivers it. */
export async function enqueueMessage(db: DbClient, message: OutboxMessageInput): Promise<void> {
  await db.outboxMessage.upsert({ where: { dedupeKey: message.dedupeKey }, create: message, update: {} })
}
