import { createHmac, timingSafeEqual } from 'node:crypto'

/** Shopify's `X-Shopify-Hmac-Sha256`: base64 HMAC-SHA256 of the raw body with the app's webhook secret. */
export function shopifyHmac(rawBody: string | Buffer, secret: string): string {
  return createHmac('sha256', secret).update(rawBody).digest('base64')
}

/** Compared in constant time over the decoded bytes; a missing or malformed header is simply false. */
export function verifyShopifyHmac(rawBody: string | Buffer, header: string | null, secret: string): boolean {
  if (!header || !/^[A-Za-z0-9+/]+=*$/.test(header)) return false
  const expected = Buffer.from(shopifyHmac(rawBody, secret), 'base64')
  const given = Buffer.from(header, 'base64')
  return expected.length === given.length && timingSafeEqual(expected, given)
}
