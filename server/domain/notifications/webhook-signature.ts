import { createHmac, timingSafeEqual } from 'node:crypto'

export const SIGNATURE_HEADER = 'Roundtrip-Signature'
/** A receiver should refuse signatures older than this (replayed requests). */
export const SIGNATURE_TOLERANCE_SECONDS = 300

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`, the value of the Roundtrip-Signature header. */
export function signWebhook(secret: string, body: string, timestampSeconds: number): string {
  const t = Math.floor(timestampSeconds)
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`
}

export type SignatureCheck = { valid: true } | { valid: false; reason: 'malformed' | 'mismatch' | 'too_old' }

/** What a receiver does (and what README documents): recompute the HMAC, compare in constant time, check the age. */
export function verifyWebhookSignature(header: string, body: string, secret: string, nowSeconds: number): SignatureCheck {
  const parts = new Map(header.split(',').map((part) => part.trim().split('=', 2) as [string, string]))
  const t = Number(parts.get('t'))
  const given = parts.get('v1') ?? ''
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(given)) return { valid: false, reason: 'malformed' }
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest()
  if (!timingSafeEqual(expected, Buffer.from(given, 'hex'))) return { valid: false, reason: 'mismatch' }
  if (Math.abs(nowSeconds - t) > SIGNATURE_TOLERANCE_SECONDS) return { valid: false, reason: 'too_old' }
  return { valid: true }
}
