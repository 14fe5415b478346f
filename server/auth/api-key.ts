import { createHash, randomBytes } from 'node:crypto'

/**
 * Merchant API keys: `rt_live_` and 32 random bytes. Only the SHA-256 is stored (a leaked database
 * does not leak usable keys); the first characters stay readable so a merchant can tell keys apart.
 */
export const API_KEY_PREFIX = 'rt_live_'
export { API_SCOPES, type ApiScope } from '@/server/domain/api-scopes'

const KEY_FORMAT = /^rt_live_[A-Za-z0-9_-]{43}$/

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`
  return { key, prefix: displayPrefix(key), hash: hashApiKey(key) }
}

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex')

/** What the admin shows for a key: enough to recognise it, useless to an attacker. */
export const displayPrefix = (key: string) => key.slice(0, API_KEY_PREFIX.length + 4)

/** The key from an `Authorization: Bearer …` header, if it has the shape of one. */
export function apiKeyFromHeader(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  return match && KEY_FORMAT.test(match[1]!) ? match[1]! : null
}
