import { parse } from 'csv-parse/sync'
import { isAppError } from '@/server/app-error'
import { normalizeOrderNumber } from '@/server/domain/customer-input'
import { parseDecimalAmount } from '@/server/domain/decimal-amount'
import { type OrderInput, ZOrderInput } from '@/server/services/orders/order-input'

/**
 * The order CSV merchants upload in admin: one row per order line, rows of one order grouped by
 * `order_number`. Order-level columns may be repeated on every row or filled on the first only;
 * when repeated they must agree. Amounts are decimals in the order's currency ("89.00").
 */
export const ORDER_COLUMNS = [
  'order_number', 'email', 'customer_name', 'currency', 'placed_at', 'shipped_at', 'delivered_at',
  'ship_name', 'ship_line1', 'ship_line2', 'ship_city', 'ship_region', 'ship_postcode', 'ship_country',
  'shipping_amount', 'prices_include_tax', 'payment_reference',
] as const
export const LINE_COLUMNS = ['sku', 'title', 'variant', 'unit_price', 'quantity', 'line_tax', 'line_discount', 'final_sale', 'supplier_code', 'category', 'image_url'] as const
export const REQUIRED_COLUMNS = ['order_number', 'email', 'currency', 'placed_at', 'ship_line1', 'ship_city', 'ship_postcode', 'ship_country', 'sku', 'title', 'unit_price', 'quantity'] as const
const KNOWN = new Set<string>([...ORDER_COLUMNS, ...LINE_COLUMNS])

export const MAX_CSV_BYTES = 5 * 1024 * 1024
export const MAX_CSV_ROWS = 20_000
const MAX_REPORTED_ERRORS = 200

export type CsvRowError = { row: number; column?: string; message: string }
export type ParsedCsvOrder = { number: string; rows: number[]; input: OrderInput }
export type ParsedOrdersCsv = { orders: ParsedCsvOrder[]; errors: CsvRowError[]; rowCount: number }

type Row = Record<string, string>

const BOOLEAN: Record<string, boolean> = { '': false, true: true, false: false, yes: true, no: false, '1': true, '0': false, y: true, n: false }

/**
 * Parses and validates a whole file without writing anything. `errors` lists every problem with
 * its row (the header is row 1); a file with any error must not be imported at all.
 */
export function parseOrdersCsv(text: string): ParsedOrdersCsv {
  let records: { record: Row; info: { lines: number } }[]
  try {
    records = parse(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), bom: true, trim: true, skip_empty_lines: true, info: true, max_record_size: 100_000 })
  } catch (error) {
    const line = (error as { lines?: number }).lines
    return { orders: [], rowCount: 0, errors: [{ row: line ?? 1, message: `The file is not valid CSV: ${(error as Error).message}` }] }
  }
  if (records.length === 0) return { orders: [], rowCount: 0, errors: [{ row: 1, message: 'The file has no rows below its header.' }] }
  if (records.length > MAX_CSV_ROWS) return { orders: [], rowCount: records.length, errors: [{ row: 1, message: `At most ${MAX_CSV_ROWS} rows per file; split it.` }] }

  const header = Object.keys(records[0]!.record)
  const errors: CsvRowError[] = []
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c))
  if (missing.length > 0) errors.push({ row: 1, message: `Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.` })
  const unknown = header.filter((c) => !KNOWN.has(c))
  if (unknown.length > 0) errors.push({ row: 1, message: `Unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (see the column list).` })
  if (!header.includes('customer_name') && !header.includes('ship_name')) errors.push({ row: 1, message: 'Give customer_name or ship_name (or both).' })
  if (errors.length > 0) return { orders: [], errors, rowCount: records.length }

  // Group rows by normalised order number, keeping the file's order.
  const groups = new Map<string, { rows: number[]; records: Row[] }>()
  for (const { record, info } of records) {
    const number = normalizeOrderNumber(record.order_number ?? '')
    if (!number) {
      errors.push({ row: info.lines, column: 'order_number', message: 'The order number is empty.' })
      continue
    }
    const group = groups.get(number) ?? { rows: [], records: [] }
    group.rows.push(info.lines)
    group.records.push(record)
    groups.set(number, group)
  }

  const orders: ParsedCsvOrder[] = []
  for (const [number, group] of groups) {
    const before = errors.length
    const input = buildOrder(group.records, group.rows, errors)
    if (input && errors.length === before) orders.push({ number, rows: group.rows, input })
    if (errors.length >= MAX_REPORTED_ERRORS) break
  }
  return { orders: errors.length > 0 ? [] : orders, errors: errors.slice(0, MAX_REPORTED_ERRORS), rowCount: records.length }
}

function buildOrder(records: Row[], rows: number[], errors: CsvRowError[]): OrderInput | null {
  // Order-level values: the first non-empty one; a different non-empty value on a later row is an error.
  const value = (column: (typeof ORDER_COLUMNS)[number]): string => {
    let found = ''
    records.forEach((record, i) => {
      const v = record[column] ?? ''
      if (!v) return
      if (!found) found = v
      else if (v !== found) errors.push({ row: rows[i]!, column, message: `Differs from the order's earlier row ("${found}" vs "${v}").` })
    })
    return found
  }
  const currency = value('currency').toUpperCase()
  // A value already reported here becomes 0, so the schema check below does not report it twice.
  const amount = (text: string, row: number, column: string): number => {
    if (!text) return 0
    try {
      return parseDecimalAmount(text, currency || 'EUR')
    } catch (error) {
      errors.push({ row, column, message: isAppError(error) ? error.userMessage : String(error) })
      return 0
    }
  }
  const flag = (text: string, row: number, column: string): boolean => {
    const parsed = BOOLEAN[text.toLowerCase()]
    if (parsed === undefined) errors.push({ row, column, message: `"${text}" is not yes/no (use true, false, yes, no, 1 or 0).` })
    return parsed ?? false
  }
  const instant = (text: string) => {
    if (!text) return null
    // A bare date is midnight UTC; anything else must be an ISO 8601 instant with its offset.
    return /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text
  }
  const customerName = value('customer_name') || value('ship_name')
  const draft = {
    email: value('email'),
    customerName,
    currency,
    placedAt: instant(value('placed_at')),
    shippedAt: instant(value('shipped_at')),
    deliveredAt: instant(value('delivered_at')),
    pricesIncludeTax: flag(value('prices_include_tax'), rows[0]!, 'prices_include_tax'),
    shippingAddress: {
      name: value('ship_name') || customerName,
      line1: value('ship_line1'),
      line2: value('ship_line2') || null,
      city: value('ship_city'),
      region: value('ship_region') || null,
      postcode: value('ship_postcode'),
      country: value('ship_country').toUpperCase(),
    },
    shippingAmount: amount(value('shipping_amount'), rows[0]!, 'shipping_amount'),
    payment: { provider: 'stripe', reference: value('payment_reference') || null },
    lines: records.map((record, i) => {
      const row = rows[i]!
      const quantity = record.quantity ?? ''
      if (!/^\d+$/.test(quantity)) errors.push({ row, column: 'quantity', message: `"${quantity}" is not a whole number of items.` })
      return {
        sku: record.sku ?? '',
        title: record.title ?? '',
        variant: record.variant || null,
        unitPrice: amount(record.unit_price ?? '', row, 'unit_price'),
        quantity: /^\d+$/.test(quantity) ? Number(quantity) : 1,
        taxAmount: amount(record.line_tax ?? '', row, 'line_tax'),
        discountAmount: amount(record.line_discount ?? '', row, 'line_discount'),
        finalSale: flag(record.final_sale ?? '', row, 'final_sale'),
        supplierCode: record.supplier_code || null,
        category: record.category || null,
        imageUrl: record.image_url || null,
      }
    }),
  }
  const parsed = ZOrderInput.safeParse(draft)
  if (parsed.success) return parsed.data
  for (const issue of parsed.error.issues) {
    const [head, index, field] = issue.path
    const isLine = head === 'lines' && typeof index === 'number'
    const row = isLine ? rows[index]! : rows[0]!
    const column = columnFor(isLine ? String(field ?? '') : issue.path.map(String).join('.'))
    errors.push({ row, column, message: issue.message })
  }
  return null
}

const COLUMN_OF: Record<string, string> = {
  email: 'email', customerName: 'customer_name', currency: 'currency', placedAt: 'placed_at', shippedAt: 'shipped_at', deliveredAt: 'delivered_at',
  'shippingAddress.name': 'ship_name', 'shippingAddress.line1': 'ship_line1', 'shippingAddress.city': 'ship_city', 'shippingAddress.postcode': 'ship_postcode',
  'shippingAddress.country': 'ship_country', 'shippingAddress.region': 'ship_region', shippingAmount: 'shipping_amount',
  sku: 'sku', title: 'title', variant: 'variant', unitPrice: 'unit_price', quantity: 'quantity', taxAmount: 'line_tax', discountAmount: 'line_discount',
  imageUrl: 'image_url', category: 'category', supplierCode: 'supplier_code',
}
const columnFor = (path: string) => COLUMN_OF[path] ?? path
