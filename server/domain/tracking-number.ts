import { AppError } from '@/server/app-error'

// UPU S10: 2 service letters + 8-digit serial + check digit + ISO country of the issuing hub,
// e.g. RR473124829GB. Postal carriers (and their scanners) validate this shape and check digit,
// so hub-network labels use it rather than a format of our own.

const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const
const MAX_SERIAL = 99_999_999
const LETTERS = /^[A-Z]{2}$/
const CANONICAL = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/

export type TrackingNumber = {
  /** Canonical form: upper case, no spaces. */
  value: string
  service: string
  serial: number
  checkDigit: number
  country: string
}

/**
 * The S10 mod-11 check digit of an 8-digit serial. Note the standard's blind spot: sums ≡ 0 and ≡ 6
 * (mod 11) both give 5, so a typo that moves the sum between them goes unnoticed (about 2 % of typos,
 * only in numbers whose check digit is 5). Every other single-digit typo is caught.
 */
export function s10CheckDigit(serialDigits: string): number {
  if (!/^\d{8}$/.test(serialDigits)) {
    throw new AppError('INVALID_INPUT', { userMessage: 'An S10 serial has exactly 8 digits.', details: { serialDigits } })
  }
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(serialDigits[i]), 0)
  const check = 11 - (sum % 11)
  return check === 10 ? 0 : check === 11 ? 5 : check
}

/** Builds the tracking number for a serial, e.g. (47312482, { service: 'RR', country: 'GB' }) → RR473124829GB. */
export function trackingNumberFromSerial(serial: number, options: { service: string; country: string }): string {
  if (!Number.isSafeInteger(serial) || serial < 0 || serial > MAX_SERIAL) {
    throw new AppError('INVALID_INPUT', { userMessage: 'A tracking serial is a whole number from 0 to 99,999,999.', details: { serial } })
  }
  const service = options.service.toUpperCase()
  const country = options.country.toUpperCase()
  if (!LETTERS.test(service) || !LETTERS.test(country)) {
    throw new AppError('INVALID_INPUT', {
      userMessage: 'A tracking number needs a two-letter service code and a two-letter country code.',
      details: { service: options.service, country: options.country },
    })
  }
  const digits = String(serial).padStart(8, '0')
  return `${service}${digits}${s10CheckDigit(digits)}${country}`
}

/** Strict: true only for the canonical form this module prints (upper case, no spaces) with a correct check digit. */
export function isValidTrackingNumber(s: string): boolean {
  const match = CANONICAL.exec(s)
  return match !== null && s10CheckDigit(match[2]!) === Number(match[3])
}

/**
 * Tolerant reading of what a person types or a scanner returns: any case, spaces anywhere.
 * Returns null unless the result is a well-formed S10 number with a correct check digit.
 */
export function parseTrackingNumber(input: string): TrackingNumber | null {
  const value = input.toUpperCase().replace(/\s+/g, '')
  const match = CANONICAL.exec(value)
  if (!match || s10CheckDigit(match[2]!) !== Number(match[3])) return null
  return { value, service: match[1]!, serial: Number(match[2]), checkDigit: Number(match[3]), country: match[4]! }
}
