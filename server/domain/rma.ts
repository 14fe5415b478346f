import { AppError } from '@/server/app-error'

// Crockford base32: no I, L, O or U, so an RMA read out over the phone cannot be mistyped.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const BODY_LENGTH = 8

/** Builds an RMA like "R-7KQ2-M9XD-5" from 5 random bytes (40 bits). */
export function rmaFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 5) throw new AppError('INVALID_INPUT', { userMessage: 'An RMA needs at least 5 random bytes.' })
  let value = 0n
  for (const byte of bytes.subarray(0, 5)) value = (value << 8n) | BigInt(byte)
  let body = ''
  for (let i = 0; i < BODY_LENGTH; i++) {
    body = ALPHABET[Number(value % 32n)]! + body
    value /= 32n
  }
  return `R-${body.slice(0, 4)}-${body.slice(4)}-${checkSymbol(body)}`
}

/**
 * Luhn mod 32 over the body: the check symbol is from the same alphabet (no punctuation to read out
 * or to break a URL), and it catches every single mistyped symbol and most swapped neighbours.
 */
function checkSymbol(body: string): string {
  let sum = 0
  let factor = 2
  for (let i = body.length - 1; i >= 0; i--) {
    const product = factor * ALPHABET.indexOf(body[i]!)
    sum += Math.floor(product / 32) + (product % 32)
    factor = factor === 2 ? 1 : 2
  }
  return ALPHABET[(32 - (sum % 32)) % 32]!
}

/** Accepts what a shopper types (lower case, spaces, O for 0, I/L for 1) and returns the canonical RMA, or null. */
export function parseRma(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  const match = /^R([0-9A-HJKMNP-TV-Z]{8})([0-9A-HJKMNP-TV-Z])$/.exec(cleaned)
  if (!match) return null
  const [, body, check] = match as unknown as [string, string, string]
  if (checkSymbol(body) !== check) return null
  return `R-${body.slice(0, 4)}-${body.slice(4)}-${check}`
}
