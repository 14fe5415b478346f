import { AppError } from '@/server/app-error'

/** An ISO 4217 code, upper case (EUR, USD, GBP, JPY…). */
export type CurrencyCode = string

/** An amount in the currency's minor units (cents, pence; yen have none). Never a float. */
export type Money = Readonly<{ amount: number; currency: CurrencyCode }>

const CURRENCY_PATTERN = /^[A-Z]{3}$/

export function assertCurrency(currency: string): CurrencyCode {
  if (!CURRENCY_PATTERN.test(currency)) {
    throw new AppError('INVALID_INPUT', { userMessage: `"${currency}" is not an ISO 4217 currency code.` })
  }
  return currency
}

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new AppError('INVALID_INPUT', { userMessage: `Amounts are whole minor units; got ${amount}.` })
  }
  return { amount, currency: assertCurrency(currency) }
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new AppError('CURRENCY_MISMATCH', { userMessage: `Cannot combine ${a.currency} with ${b.currency}.` })
  }
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b)
  return money(a.amount + b.amount, a.currency)
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b)
  return money(a.amount - b.amount, a.currency)
}

export function sum(currency: string, items: readonly Money[]): Money {
  return items.reduce((total, item) => add(total, item), money(0, currency))
}

/** Number of minor-unit digits of a currency (2 for EUR, 0 for JPY, 3 for KWD). */
export function minorUnitDigits(currency: CurrencyCode): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
}

/**
 * Splits `total` across `weights` in proportion, in whole minor units, so that the parts always add
 * up to exactly `total` (largest-remainder method; ties go to the earlier weight). Used to spread an
 * order-level discount over its lines, so a refund never gives back more than was paid.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new AppError('INVALID_INPUT', { userMessage: `Can only allocate a whole, non-negative amount; got ${total}.` })
  }
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) {
    throw new AppError('INVALID_INPUT', { userMessage: 'Allocation weights must be whole, non-negative numbers.' })
  }
  const weightTotal = weights.reduce((a, b) => a + b, 0)
  if (weightTotal === 0) {
    if (total === 0) return weights.map(() => 0)
    throw new AppError('INVALID_INPUT', { userMessage: 'Cannot allocate an amount over zero weights.' })
  }
  // BigInt keeps total * weight exact for any safe-integer inputs.
  const parts = weights.map((w) => (BigInt(total) * BigInt(w)) / BigInt(weightTotal))
  const remainders = weights.map((w, index) => ({ index, rest: (BigInt(total) * BigInt(w)) % BigInt(weightTotal) }))
  let left = BigInt(total) - parts.reduce((a, b) => a + b, 0n)
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1))
  for (const { index } of remainders) {
    if (left === 0n) break
    parts[index] = (parts[index] ?? 0n) + 1n
    left -= 1n
  }
  return parts.map(Number)
}

/** Formats for people, e.g. "€89.00" or "$9.90", in the shopper's locale. */
export function formatMoney(value: Money, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency }).format(
    value.amount / 10 ** minorUnitDigits(value.currency),
  )
}
