import { AppError } from '@/server/app-error'

export type OrderedLine = {
  unitPrice: number
  quantity: number
  discountAmount: number
  taxAmount: number
  /** EU/UK prices include VAT; US sales tax was added on top and is refunded with the item. */
  pricesIncludeTax: boolean
  /** Units already on their way back (or back) in a return that was not rejected, cancelled or expired. */
  returnedQuantity: number
}

/**
 * What a bad-batch remediation owes for one order line: the units not already returned, at what
 * was paid for them (after discounts, with tax where it was added on top). Units already in a
 * return are that return's business, so a line returned in full needs nothing.
 */
export function remediationFor(line: OrderedLine): { quantity: number; amount: number } {
  for (const [name, value] of Object.entries(line)) {
    if (typeof value === 'number' && (!Number.isSafeInteger(value) || value < 0)) {
      throw new AppError('INVALID_INPUT', { userMessage: `An order line's ${name} must be a whole number of at least 0.` })
    }
  }
  const quantity = Math.max(0, line.quantity - line.returnedQuantity)
  if (quantity === 0 || line.quantity === 0) return { quantity: 0, amount: 0 }
  const paid = line.unitPrice * line.quantity - line.discountAmount + (line.pricesIncludeTax ? 0 : line.taxAmount)
  // Half up, exactly; all units gives exactly what was paid.
  const amount = Number((2n * BigInt(Math.max(0, paid)) * BigInt(quantity) + BigInt(line.quantity)) / (2n * BigInt(line.quantity)))
  return { quantity, amount }
}

export const REMEDIATION_MESSAGE_MAX = 2000

/** The note every affected customer receives: plain text, not empty, not a novel. */
export function normaliseRemediationMessage(message: string): string {
  const text = message.replace(/\r\n?/g, '\n').trim()
  if (text.length === 0) throw new AppError('INVALID_INPUT', { userMessage: 'Write the message the customers will receive.' })
  if (text.length > REMEDIATION_MESSAGE_MAX) {
    throw new AppError('INVALID_INPUT', { userMessage: `The message can be at most ${REMEDIATION_MESSAGE_MAX} characters.` })
  }
  return text
}

/** Progress of a run as the page shows it: lines handled (done or failed) out of all its lines. */
export function runProgress(counts: { pending: number; done: number; failed: number }): { total: number; handled: number; percent: number } {
  const total = counts.pending + counts.done + counts.failed
  const handled = counts.done + counts.failed
  return { total, handled, percent: total === 0 ? 100 : Math.floor((handled * 100) / total) }
}
