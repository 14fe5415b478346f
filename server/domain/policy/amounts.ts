// Exact integer money arithmetic for the engine. Products stay in safe-integer range for any
// realistic order; BigInt takes over when they would not, so results never depend on float rounding.

/** floor(a × b / c) for non-negative safe integers a, b and positive c. */
export function mulDivFloor(a: number, b: number, c: number): number {
  const product = a * b
  if (Number.isSafeInteger(product)) return (product - (product % c)) / c
  return Number((BigInt(a) * BigInt(b)) / BigInt(c))
}

/** A basis-point share of an amount, rounded down (fees round in the shopper's favour). */
export const bpsOf = (amount: number, bps: number): number => mulDivFloor(amount, bps, 10_000)

/** a × 10 000 > b × bps, without floats: "a is more than bps of b". */
export function exceedsShare(a: number, b: number, bps: number): boolean {
  const left = a * 10_000
  const right = b * bps
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left > right
  return BigInt(a) * 10_000n > BigInt(b) * BigInt(bps)
}

/**
 * The part of a line amount that belongs to units [from, from + count) of `quantity` units.
 * Cumulative floors telescope: however a line is returned in successive requests, the parts add
 * up to exactly `total`, and no unit is ever credited twice.
 */
export function prorate(total: number, quantity: number, from: number, count: number): number {
  return mulDivFloor(total, from + count, quantity) - mulDivFloor(total, from, quantity)
}
