import { AppError } from '@/server/app-error'
import { type ApiScope, generateApiKey, hashApiKey } from '@/server/auth/api-key'
import type { Db } from '@/server/database/prisma-client'

export type ApiKeyView = { id: string; name: string; prefix: string; scopes: string[]; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }
export type ApiCaller = { keyId: string; shopId: string; shopSlug: string; scopes: string[] }

const VIEW = { id: true, name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const
// Last-used is for humans ("used 3 minutes ago"); writing it on every request would be wasted I/O.
const LAST_USED_RESOLUTION_MS = 60_000

/** Creates a key; the full key is in the answer once and never again. */
export async function createApiKey(db: Db, input: { shopId: string; name: string; scopes: ApiScope[]; createdById: string }): Promise<{ key: string; apiKey: ApiKeyView }> {
  const { key, prefix, hash } = generateApiKey()
  const apiKey = await db.apiKey.create({
    data: { shopId: input.shopId, name: input.name, prefix, hash, scopes: [...new Set(input.scopes)], createdById: input.createdById },
    select: VIEW,
  })
  return { key, apiKey }
}

export function listApiKeys(db: Db, shopId: string): Promise<ApiKeyView[]> {
  return db.apiKey.findMany({ where: { shopId }, orderBy: { createdAt: 'desc' }, select: VIEW })
}

export async function revokeApiKey(db: Db, input: { shopId: string; keyId: string; now: Date }): Promise<ApiKeyView> {
  const { count } = await db.apiKey.updateMany({ where: { id: input.keyId, shopId: input.shopId, revokedAt: null }, data: { revokedAt: input.now } })
  const key = await db.apiKey.findFirst({ where: { id: input.keyId, shopId: input.shopId }, select: VIEW })
  if (!key) throw new AppError('INVALID_INPUT', { userMessage: 'There is no such API key in this shop.', details: { reason: 'unknown_api_key' } })
  if (count === 0 && !key.revokedAt) throw new AppError('CONFLICT', { userMessage: 'The key could not be revoked; please try again.' })
  return key
}

/**
 * Who is calling the REST API. An unknown and a revoked key fail alike (401), so a probe learns
 * nothing about which keys once existed.
 */
export async function authenticateApiKey(db: Db, key: string | null, now: Date): Promise<ApiCaller> {
  const row = key ? await db.apiKey.findUnique({ where: { hash: hashApiKey(key) }, select: { id: true, shopId: true, scopes: true, revokedAt: true, lastUsedAt: true, shop: { select: { slug: true } } } }) : null
  if (!row || row.revokedAt) {
    throw new AppError('UNAUTHENTICATED', { userMessage: 'Send a valid API key: Authorization: Bearer rt_live_…', details: { reason: 'invalid_api_key' } })
  }
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } })
  }
  return { keyId: row.id, shopId: row.shopId, shopSlug: row.shop.slug, scopes: row.scopes }
}

export function assertScope(caller: ApiCaller, scope: ApiScope): void {
  if (!caller.scopes.includes(scope)) {
    throw new AppError('FORBIDDEN', { userMessage: `This API key lacks the ${scope} scope.`, details: { reason: 'missing_scope', scope } })
  }
}
