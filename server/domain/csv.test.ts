import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { csvRecord, decimalAmount } from './csv'

describe('csvRecord', () => {
  test('quotes only what needs quoting, and leaves nulls empty', () => {
    expect(csvRecord(['R-1', 3, true, null])).toBe('R-1,3,true,\r\n')
    expect(csvRecord(['a,b', 'say "hi"', 'two\nlines'])).toBe('"a,b","say ""hi""","two\nlines"\r\n')
  })

  test('defuses spreadsheet formulas', () => {
    expect(csvRecord(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)'])).toBe(`"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1)\r\n`)
  })

  test('any text survives a round trip through a CSV parser (formula guard aside)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), (fields) => {
        const [parsed] = parse(csvRecord(fields), { relax_column_count: true }) as string[][]
        expect(parsed).toEqual(fields.map((f) => (/^[=+\-@\t\r]/.test(f) ? `'${f}` : f)))
      }),
    )
  })
})

describe('decimalAmount', () => {
  test('writes minor units as a decimal', () => {
    expect(decimalAmount(1234)).toBe('12.34')
    expect(decimalAmount(5)).toBe('0.05')
    expect(decimalAmount(-250)).toBe('-2.50')
    expect(decimalAmount(0)).toBe('0.00')
    expect(decimalAmount(1500, 0)).toBe('1500')
    expect(() => decimalAmount(1.5)).toThrow(RangeError)
  })
})
