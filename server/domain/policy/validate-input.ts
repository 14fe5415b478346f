import { AppError } from '@/server/app-error'
import { assertCurrency, type Money } from '@/server/domain/money'
import { type EvaluateReturnInput, type OrderLineInput } from './order-types'
import { RESOLUTIONS, RETURN_REASONS } from './policy-types'

// Malformed input is a bug or tampering upstream, so it throws; a return that is simply not
// allowed is a decision with a code, never an exception.
function invalid(userMessage: string, details?: Record<string, unknown>): never {
  throw new AppError('INVALID_INPUT', { userMessage, details })
}

const isCount = (n: number, min: number): boolean => Number.isSafeInteger(n) && n >= min
const REASONS: ReadonlySet<string> = new Set(RETURN_REASONS)
const RESOLUTION_SET: ReadonlySet<string> = new Set(RESOLUTIONS)

function checkAmount(value: Money, currency: string, field: string): void {
  if (value.currency !== currency) {
    invalid(`Mixed currencies: ${field} is in ${value.currency}, the order in ${currency}.`, { field })
  }
  if (!isCount(value.amount, 0)) invalid(`${field} must be a whole, non-negative number of minor units.`, { field })
}

/** Checks the order and the request, and indexes the order lines by id. */
export function validateInput(input: EvaluateReturnInput): ReadonlyMap<string, OrderLineInput> {
  const { order, request, now } = input
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) invalid('The request date is not a valid date.')
  const currency = assertCurrency(order.currency)
  checkAmount(order.shippingAmount, currency, 'shippingAmount')

  const lines = new Map<string, OrderLineInput>()
  for (const line of order.lines) {
    if (lines.has(line.id)) invalid(`Order line ${line.id} appears twice.`, { lineId: line.id })
    lines.set(line.id, line)
    if (!isCount(line.quantity, 1)) invalid(`Order line ${line.id} has an invalid quantity.`, { lineId: line.id })
    if (!isCount(line.returnedQuantity, 0) || line.returnedQuantity > line.quantity) {
      invalid(`Order line ${line.id} has an invalid returned quantity.`, { lineId: line.id })
    }
    checkAmount(line.unitPrice, currency, `unitPrice of line ${line.id}`)
    checkAmount(line.taxAmount, currency, `taxAmount of line ${line.id}`)
    checkAmount(line.discountAmount, currency, `discountAmount of line ${line.id}`)
    const lineTotal = line.unitPrice.amount * line.quantity
    if (!Number.isSafeInteger(lineTotal)) invalid(`Order line ${line.id} is too large.`, { lineId: line.id })
    if (line.discountAmount.amount > lineTotal) {
      invalid(`The discount on line ${line.id} is larger than the line.`, { lineId: line.id })
    }
  }

  if (!RESOLUTION_SET.has(request.resolution)) invalid(`Unknown resolution "${request.resolution}".`)
  if (request.items.length === 0) invalid('Choose at least one item to return.')
  const seen = new Set<string>()
  for (const item of request.items) {
    const line = lines.get(item.lineId)
    if (!line) invalid(`Order ${order.number} has no line ${item.lineId}.`, { lineId: item.lineId })
    if (seen.has(item.lineId)) invalid(`Line ${item.lineId} is requested twice.`, { lineId: item.lineId })
    seen.add(item.lineId)
    if (!isCount(item.quantity, 1) || item.quantity > line.quantity) {
      invalid(`Quantity for line ${item.lineId} must be between 1 and ${line.quantity}.`, { lineId: item.lineId })
    }
    if (!REASONS.has(item.reason)) invalid(`Unknown return reason "${item.reason}".`, { lineId: item.lineId })
    if (item.photoCount !== undefined && !isCount(item.photoCount, 0)) {
      invalid(`Photo count for line ${item.lineId} must be a whole, non-negative number.`, { lineId: item.lineId })
    }
  }
  return lines
}
