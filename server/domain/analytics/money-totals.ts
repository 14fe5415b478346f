/** Amounts in several currencies, never added across currencies: one entry per currency, sorted. */
export type MoneyTotals = readonly { currency: string; amount: number }[]

export function addToTotals(totals: Map<string, number>, currency: string, amount: number): void {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Amounts are whole minor units, got ${amount}.`)
  totals.set(currency, (totals.get(currency) ?? 0) + amount)
}

export function toMoneyTotals(totals: ReadonlyMap<string, number>): MoneyTotals {
  return [...totals.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([currency, amount]) => ({ currency, amount }))
}
