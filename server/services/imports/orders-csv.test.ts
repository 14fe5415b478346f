import { describe, expect, test } from 'vitest'
import { parseOrdersCsv } from './orders-csv'

const HEADER = 'order_number,email,customer_name,currency,placed_at,delivered_at,ship_line1,ship_city,ship_postcode,ship_country,shipping_amount,prices_include_tax,sku,title,variant,unit_price,quantity,line_discount'
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n')

describe('parseOrdersCsv', () => {
  test('groups rows into orders, takes order columns from the first row, amounts in minor units', () => {
    const result = parseOrdersCsv(
      csv(
        '#5001,Ana@Example.com,Ana Keller,EUR,2026-11-01,2026-11-04T12:00:00Z,Torstraße 1,Berlin,10115,de,4.95,yes,SWE-M,Sweater,M,89.00,1,8.90',
        '5001,,,,,,,,,,,,TOTE,Tote,,19,2,',
        '5002,li@example.com,Li Wei,USD,2026-11-02T09:00:00-05:00,,1 Main St,Austin,78701,US,0,no,SOCK,Socks,,9.90,3,',
      ),
    )
    expect(result.errors).toEqual([])
    expect(result.rowCount).toBe(3)
    expect(result.orders.map((o) => [o.number, o.rows])).toEqual([['5001', [2, 3]], ['5002', [4]]])
    expect(result.orders[0]!.input).toMatchObject({
      email: 'Ana@Example.com', currency: 'EUR', placedAt: '2026-11-01T00:00:00Z', deliveredAt: '2026-11-04T12:00:00Z', pricesIncludeTax: true, shippingAmount: 495,
      shippingAddress: { name: 'Ana Keller', country: 'DE', postcode: '10115' },
      lines: [{ sku: 'SWE-M', unitPrice: 8900, quantity: 1, discountAmount: 890 }, { sku: 'TOTE', unitPrice: 1900, quantity: 2, discountAmount: 0 }],
    })
  })

  test('every problem is reported with its row and column, and then no order is returned at all', () => {
    const result = parseOrdersCsv(
      csv(
        '5001,ana@example.com,Ana,EUR,2026-11-01,,Torstraße 1,Berlin,10115,DE,0,no,SWE,Sweater,,89.999,1,',
        '5001,ana@example.com,Ana,GBP,,,,,,,,,TOTE,Tote,,19.00,two,',
        '5002,not-an-email,Li,USD,yesterday,,1 Main St,Austin,78701,US,0,maybe,SOCK,Socks,,9.90,1,20.00',
        '5003,ok@example.com,Ok,USD,2026-11-02,,1 Main St,Austin,78701,US,0,no,OK,Fine,,1.00,1,',
      ),
    )
    expect(result.orders).toEqual([])
    expect(result.errors).toEqual([
      { row: 3, column: 'currency', message: 'Differs from the order\'s earlier row ("EUR" vs "GBP").' },
      { row: 2, column: 'unit_price', message: expect.stringContaining('is not an amount in EUR') },
      { row: 3, column: 'quantity', message: '"two" is not a whole number of items.' },
      { row: 4, column: 'prices_include_tax', message: expect.stringContaining('"maybe" is not yes/no') },
      { row: 4, column: 'email', message: expect.any(String) },
      { row: 4, column: 'placed_at', message: expect.any(String) },
      { row: 4, column: 'line_discount', message: 'A discount cannot exceed the line price.' },
    ])
  })

  test('the header must have the required columns and no unknown ones', () => {
    expect(parseOrdersCsv('order_number,email,colour\n1,a@b.c,red').errors).toEqual([
      { row: 1, message: expect.stringMatching(/^Missing columns: currency, placed_at, ship_line1/) },
      { row: 1, message: 'Unknown column: colour (see the column list).' },
      { row: 1, message: 'Give customer_name or ship_name (or both).' },
    ])
  })

  test('an empty file, a header alone and broken quoting are refused with a reason', () => {
    expect(parseOrdersCsv('').errors[0]!.message).toMatch(/no rows/)
    expect(parseOrdersCsv(HEADER).errors[0]!.message).toMatch(/no rows/)
    expect(parseOrdersCsv(`${HEADER}\n"5001,unterminated`).errors[0]!.message).toMatch(/not valid CSV/)
  })
})
