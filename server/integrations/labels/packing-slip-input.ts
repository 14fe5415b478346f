import { isCode128Text } from './barcodes'
import { invalid } from './label-input'

export type PackingSlipItem = {
  title: string
  variant?: string | null
  sku?: string | null
  quantity: number
  /** Already in the shopper's language. */
  reason: string
}

/**
 * The slip's fixed wording. English by default; callers pass translations from the message files.
 * `{page}`, `{pages}` and `{count}` are replaced (same placeholders as next-intl/ICU messages).
 */
export type PackingSlipText = {
  title: string
  order: string
  rma: string
  item: string
  quantity: string
  reason: string
  instructionsTitle: string
  instructions: readonly string[]
  totalItems: string
  pageOf: string
}

export type PackingSlipInput = {
  shopName: string
  rma: string
  orderNumber: string
  items: readonly PackingSlipItem[]
  pageSize: 'A4' | 'Letter'
  issuedAt: Date
  text?: Partial<PackingSlipText>
}

export const DEFAULT_PACKING_SLIP_TEXT: PackingSlipText = {
  title: 'Return packing slip',
  order: 'Order',
  rma: 'RMA',
  item: 'Item',
  quantity: 'Qty',
  reason: 'Reason',
  instructionsTitle: 'How to pack your return',
  instructions: [
    'Put this slip in the box with the items listed below, so we can match your parcel to your return.',
    'Pack the items securely, in their original packaging if you still have it.',
    'Stick the return label on the outside of the box, over or away from any old labels.',
  ],
  totalItems: 'Items in this return: {count}',
  pageOf: 'Page {page} of {pages}',
}

// More would not be one parcel; a cap also bounds the work a single request can cause.
export const MAX_PACKING_SLIP_ITEMS = 500

const isBlank = (value: string | null | undefined) => !value || !value.trim()

export function assertPackingSlipInput(input: PackingSlipInput): void {
  if (isBlank(input.shopName)) throw invalid('shopName', 'The shop name is missing.')
  if (isBlank(input.rma) || !isCode128Text(input.rma) || input.rma.length > 24) throw invalid('rma', 'The RMA must be 1–24 printable ASCII characters.')
  if (isBlank(input.orderNumber)) throw invalid('orderNumber', 'The order number is missing.')
  if (input.pageSize !== 'A4' && input.pageSize !== 'Letter') throw invalid('pageSize', 'The page size must be A4 or Letter.')
  if (!(input.issuedAt instanceof Date) || Number.isNaN(input.issuedAt.getTime())) throw invalid('issuedAt', 'The issue date is not a valid date.')
  if (input.items.length === 0 || input.items.length > MAX_PACKING_SLIP_ITEMS) {
    throw invalid('items', `A packing slip lists 1–${MAX_PACKING_SLIP_ITEMS} items.`)
  }
  input.items.forEach((item, index) => {
    if (isBlank(item.title)) throw invalid(`items.${index}.title`, 'An item has no title.')
    if (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > 9999) throw invalid(`items.${index}.quantity`, 'An item quantity must be a whole number from 1 to 9999.')
  })
}

export const fillIn = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match))
