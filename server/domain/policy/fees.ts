import { allocate } from '@/server/domain/money'
import { bpsOf } from './amounts'

export type FeeInput = Readonly<{
  /** Value of the units after their share of order discounts, before tax: the cap for fees. */
  itemValue: number
  /** A change-of-mind line that ships, settled in money (refund or store credit). */
  charged: boolean
  restockingFeeBps: number
}>

export type FeeResult = Readonly<{ returnShipping: number; restocking: number; capped: boolean }>

const NO_FEES: FeeResult = { returnShipping: 0, restocking: 0, capped: false }

/**
 * Fees for the lines of one request. The return-shipping fee is charged once per request and split
 * over the charged lines by value with `allocate`, so the parts add up to the fee exactly. Fees are
 * capped line by line at the item value (shipping first, then restocking); what the cap cuts off
 * is waived, not moved to another line, so the shopper is never owed a negative amount.
 */
export function computeFees(lines: readonly FeeInput[], returnShippingFee: number): FeeResult[] {
  const charged: number[] = []
  for (let i = 0; i < lines.length; i++) if (lines[i]!.charged) charged.push(i)
  if (charged.length === 0) return lines.map(() => NO_FEES)

  const shares = new Array<number>(lines.length).fill(0)
  const weights = charged.map((i) => lines[i]!.itemValue)
  // Items worth nothing carry no fee (allocate cannot spread an amount over zero weights).
  if (returnShippingFee > 0 && weights.some((w) => w > 0)) {
    const parts = charged.length === 1 ? [returnShippingFee] : allocate(returnShippingFee, weights)
    charged.forEach((lineIndex, k) => (shares[lineIndex] = parts[k] ?? 0))
  }
  return lines.map((line, i) => {
    if (!line.charged) return NO_FEES
    const share = shares[i] ?? 0
    const returnShipping = Math.min(share, line.itemValue)
    const restockingDue = bpsOf(line.itemValue, line.restockingFeeBps)
    const restocking = Math.min(restockingDue, line.itemValue - returnShipping)
    return { returnShipping, restocking, capped: returnShipping < share || restocking < restockingDue }
  })
}
