import { AppError } from '@/server/app-error'
import { minorUnitDigits } from './money'

/**
 * A price as feeds and spreadsheets write it ("89.00", "1299", "0.5") to integer minor units of
 * its currency, exactly (no floating point). More decimals than the currency has is an error,
 * never a silent rounding.
 */
export function parseDecimalAmount(text: string, currency: string): number {
  const value = text.trim()
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(value)
  const invalid = (why: string) => new AppError('INVALID_INPUT', { userMessage: `"${text}" is not an amount in ${currency}: ${why}.`, details: { reason: 'invalid_amount' } })
  if (!match) throw invalid('use digits with an optional "." and decimals, e.g. 89.00')
  const digits = minorUnitDigits(currency)
  const fraction = match[2] ?? ''
  // Trailing zeros beyond the currency's precision change nothing ("5.000" EUR is 500).
  const significant = fraction.replace(/0+$/, '')
  if (significant.length > digits) throw invalid(`${currency} has ${digits} decimal${digits === 1 ? '' : 's'}`)
  const amount = Number(match[1]) * 10 ** digits + Number(significant.padEnd(digits, '0') || '0')
  if (!Number.isSafeInteger(amount)) throw invalid('too large')
  return amount
}
