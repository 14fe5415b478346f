import { describe, expect, test } from 'vitest'
import { type RoutingRule } from './hub-types'
import { normalisePostcode, postcodeRuleHubCodes, supplierRuleOutcome } from './routing-rules'

const toHub = (supplierCode: string, hubCode: string): RoutingRule => ({ kind: 'supplier', supplierCode, destination: { type: 'hub', hubCode } })
const toOwnAddress = (supplierCode: string): RoutingRule => ({ kind: 'supplier', supplierCode, destination: { type: 'supplier_address' } })

describe('routing rules', () => {
  test('postcodes compare upper case without whitespace', () => {
    expect(normalisePostcode(' sw1a\t1aa ')).toBe('SW1A1AA')
  })

  test('postcode rules order by prefix length, then by rule order', () => {
    const rules: RoutingRule[] = [
      { kind: 'postcode_prefix', country: 'NL', prefix: '59', hubCode: 'a' },
      { kind: 'postcode_prefix', country: 'NL', prefix: '5928', hubCode: 'b' },
      { kind: 'postcode_prefix', country: 'NL', prefix: '5', hubCode: 'c' },
      { kind: 'postcode_prefix', country: 'NL', prefix: '59', hubCode: 'd' },
      { kind: 'postcode_prefix', country: 'NL', prefix: '60', hubCode: 'e' },
    ]
    expect(postcodeRuleHubCodes(rules, 'nl', '5928 la')).toEqual(['b', 'a', 'd', 'c'])
  })

  test('a supplier rule applies only when every supplier agrees', () => {
    const rules = [toHub('A', 'x'), toHub('B', 'x'), toHub('C', 'y'), toOwnAddress('D'), toOwnAddress('E'), toHub('A', 'y')]
    expect(supplierRuleOutcome(rules, ['A', 'B', 'A'])).toEqual({ type: 'hub', hubCode: 'x' })
    expect(supplierRuleOutcome(rules, ['D', 'D'])).toEqual({ type: 'supplier_address', supplierCode: 'D' })
    expect(supplierRuleOutcome(rules, ['A', 'C'])).toBeNull()
    expect(supplierRuleOutcome(rules, ['A', 'Z'])).toBeNull()
    expect(supplierRuleOutcome(rules, ['D', 'E'])).toBeNull()
    expect(supplierRuleOutcome(rules, ['A', 'D'])).toBeNull()
    expect(supplierRuleOutcome(rules, [])).toBeNull()
  })
})
