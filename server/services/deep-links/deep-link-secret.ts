import { randomBytes } from 'node:crypto'
import type { DbClient } from '@/server/database/prisma-client'

/**
 * The shop's deep-link signing secret, created the first time a link is minted. Concurrent first
 * mints agree on one secret: the upsert's primary key lets only one insert win.
 */
export async function deepLinkSecret(db: DbClient, shopId: string): Promise<string> {
  const row = await db.deepLinkKey.upsert({
    where: { shopId },
    create: { shopId, secret: randomBytes(32).toString('base64url') },
    update: {},
    select: { secret: true },
  })
  return row.secret
}

/** The secret if one was ever created; a shop that never minted a link has no valid links. */
export async function existingDeepLinkSecret(db: DbClient, shopId: string): Promise<string | null> {
  return (await db.deepLinkKey.findUnique({ where: { shopId }, select: { secret: true } }))?.secret ?? null
}
