import { describe, expect, test } from 'vitest'
import { EU_COUNTRIES } from '@/server/domain/policy'
import { crossesCustomsBorder, customsZoneOf, EU_CUSTOMS_UNION } from './customs-zones'

describe('customs zones', () => {
  test('the EU customs union is the 27 member states (today the same list as EU consumer law)', () => {
    expect(new Set(EU_CUSTOMS_UNION).size).toBe(27)
    expect([...EU_CUSTOMS_UNION].sort()).toEqual([...EU_COUNTRIES].sort())
    for (const country of EU_CUSTOMS_UNION) expect(customsZoneOf(country)).toBe('EU')
  })

  test('Norway, Iceland, Liechtenstein, Switzerland, the UK and the US are each their own zone', () => {
    for (const country of ['NO', 'IS', 'LI', 'CH', 'GB', 'US', 'JP']) expect(customsZoneOf(country)).toBe(country)
  })

  test('borders', () => {
    expect(crossesCustomsBorder('DE', 'nl')).toBe(false)
    expect(crossesCustomsBorder('GB', 'FR')).toBe(true)
    expect(crossesCustomsBorder('NO', 'NL')).toBe(true)
    expect(crossesCustomsBorder('US', 'US')).toBe(false)
  })
})
