import { createHmac, timingSafeEqual } from 'node:crypto'

/** Signed tracking webhooks older than this are refused, so a captured request cannot be replayed later. */
export const MAX_WEBHOOK_AGE_SECONDS = 5 * 60

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, the scheme Stripe made familiar. */
export function signWebhook(rawBody: string, secret: string, timestampSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.${rawBody}`).digest('hex')
  return `t=${timestampSeconds},v1=${mac}`
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'mismatch' }

/** Checks the signature over the exact bytes received; any parsing happens only after this passes. */
export function verifyWebhook(rawBody: string, header: string | null, secret: string, nowSeconds: number): SignatureCheck {
  if (!header) return { ok: false, reason: 'missing' }
  const parts = new Map(header.split(',').map((part) => part.trim().split('=', 2) as [string, string]))
  const timestamp = Number(parts.get('t'))
  const given = parts.get('v1')
  if (!Number.isInteger(timestamp) || !given || !/^[0-9a-f]{64}$/.test(given)) return { ok: false, reason: 'malformed' }
  if (Math.abs(nowSeconds - timestamp) > MAX_WEBHOOK_AGE_SECONDS) return { ok: false, reason: 'stale' }
  const expected = Buffer.from(signWebhook(rawBody, secret, timestamp).split('v1=')[1]!, 'hex')
  return timingSafeEqual(expected, Buffer.from(given, 'hex')) ? { ok: true } : { ok: false, reason: 'mismatch' }
}
