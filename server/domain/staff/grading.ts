import { AppError } from '@/server/app-error'

export const GRADES = ['as_described', 'damaged_by_customer', 'missing_parts', 'wrong_item'] as const
export type Grade = (typeof GRADES)[number]
export const DISPOSITIONS = ['restock', 'refurbish', 'return_to_supplier', 'dispose', 'donate'] as const
export type Disposition = (typeof DISPOSITIONS)[number]

/** What a grade allows for one item: the refund range, in minor units, and its default. */
export type RefundBounds = Readonly<{ min: number; max: number; adjustable: boolean; suggested: number }>

/**
 * The refund an item's grade allows. `due` is what the engine said the item is worth to the shopper
 * (after fees) for every unit requested; only the units that actually arrived count.
 * - as described: exactly the due amount for what arrived — nothing to argue about;
 * - damaged by the customer or missing parts: anything from nothing to that amount (the statutory
 *   deduction for diminished value), so staff must name the figure;
 * - wrong item: nothing of ours came back, so nothing is refunded for it.
 */
export function refundBounds(grade: Grade, item: { due: number; quantity: number; receivedQuantity: number }): RefundBounds {
  assertQuantities(item)
  const forReceived = Math.floor((item.due * item.receivedQuantity) / item.quantity)
  switch (grade) {
    case 'as_described':
      return { min: forReceived, max: forReceived, adjustable: false, suggested: forReceived }
    case 'damaged_by_customer':
    case 'missing_parts':
      return { min: 0, max: forReceived, adjustable: forReceived > 0, suggested: Math.floor(forReceived / 2) }
    case 'wrong_item':
      return { min: 0, max: 0, adjustable: false, suggested: 0 }
  }
}

/** Only an item in the state it was sold in can go back on the shelf. */
export function allowedDispositions(grade: Grade): readonly Disposition[] {
  return grade === 'as_described' ? DISPOSITIONS : DISPOSITIONS.filter((d) => d !== 'restock')
}

export type GradeInput = { grade: Grade; disposition: Disposition; refundAmount?: number | null }

/** Checks one item's grading and returns the refund it carries; bad input throws, naming the item. */
export function gradeItem(title: string, item: { due: number; quantity: number; receivedQuantity: number }, input: GradeInput): number {
  const bounds = refundBounds(input.grade, item)
  if (!allowedDispositions(input.grade).includes(input.disposition)) {
    throw invalid(`${title}: an item graded ${input.grade.replaceAll('_', ' ')} cannot be restocked.`)
  }
  if (!bounds.adjustable) {
    if (input.refundAmount != null && input.refundAmount !== bounds.max) {
      throw invalid(`${title}: the grade ${input.grade.replaceAll('_', ' ')} refunds exactly ${bounds.max} (minor units), not ${input.refundAmount}.`)
    }
    return bounds.max
  }
  if (input.refundAmount == null) throw invalid(`${title}: enter the refund for this item (0 to ${bounds.max} in minor units).`)
  if (!Number.isInteger(input.refundAmount) || input.refundAmount < bounds.min || input.refundAmount > bounds.max) {
    throw invalid(`${title}: the refund must be between ${bounds.min} and ${bounds.max} (minor units).`)
  }
  return input.refundAmount
}

/**
 * The return's refund after inspection: the items' amounts, plus the original shipping only when
 * everything came back as described — the engine granted that shipping for a complete return.
 */
export function inspectedRefund(items: readonly { refundAmount: number; grade: Grade; quantity: number; receivedQuantity: number }[], shippingRefund: number): number {
  const complete = items.every((i) => i.grade === 'as_described' && i.receivedQuantity === i.quantity)
  return items.reduce((sum, i) => sum + i.refundAmount, 0) + (complete ? shippingRefund : 0)
}

function assertQuantities(item: { due: number; quantity: number; receivedQuantity: number }) {
  if (!Number.isInteger(item.quantity) || item.quantity < 1 || !Number.isInteger(item.receivedQuantity) || item.receivedQuantity < 0 || item.receivedQuantity > item.quantity) {
    throw invalid(`Received quantity ${item.receivedQuantity} is not between 0 and ${item.quantity}.`)
  }
  if (!Number.isInteger(item.due) || item.due < 0) throw invalid(`An item's amount must be a whole number of minor units, not ${item.due}.`)
}

const invalid = (userMessage: string) => new AppError('INVALID_INPUT', { userMessage })
