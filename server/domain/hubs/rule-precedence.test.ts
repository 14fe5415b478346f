import { describe, expect, test } from 'vitest'
import { chooseDestination } from './choose-destination'
import { COLUMBUS, DEMO_HUBS, NORTHAMPTON, RENO, SHOPPERS } from './demo-hubs.fixture'
import { type ChooseDestinationInput, type HubCandidate, type RoutingRule, type ShipTo } from './hub-types'

const route = (shopper: ShipTo, extra: Partial<Omit<ChooseDestinationInput, 'shipTo'>> = {}) =>
  chooseDestination({ shipTo: shopper, supplierCodes: ['SZ-APPAREL'], hubs: DEMO_HUBS, rules: [], ...extra })

describe('routing rules', () => {
  const london = SHOPPERS.london
  const extraGb: HubCandidate[] = [
    { ...NORTHAMPTON, id: 'hub_croydon', code: 'croydon-gb', latitude: 51.37, longitude: -0.1 },
    { ...NORTHAMPTON, id: 'hub_glasgow', code: 'glasgow-gb', latitude: 55.86, longitude: -4.25 },
  ]
  const hubs = [...DEMO_HUBS, ...extraGb]

  test('the longest matching postcode prefix wins, whatever case and spacing', () => {
    const rules: RoutingRule[] = [
      { kind: 'postcode_prefix', country: 'GB', prefix: 'sw', hubCode: 'croydon-gb' },
      { kind: 'postcode_prefix', country: 'gb', prefix: 'SW1 A', hubCode: 'glasgow-gb' },
      { kind: 'postcode_prefix', country: 'DE', prefix: 'SW1A1', hubCode: 'venlo-nl' },
    ]
    expect(route({ ...london, postcode: 'sw1a 1aa' }, { hubs, rules })).toMatchObject({ hubCode: 'glasgow-gb', reason: 'postcode_rule' })
    expect(route({ ...london, postcode: 'SW19 5AE' }, { hubs, rules })).toMatchObject({ hubCode: 'croydon-gb', reason: 'postcode_rule' })
  })

  test('a rule at a closed hub falls back to the next rule, then to the country rule', () => {
    const closed = [...DEMO_HUBS, extraGb[0]!, { ...extraGb[1]!, isOpen: false }]
    const rules: RoutingRule[] = [
      { kind: 'postcode_prefix', country: 'GB', prefix: 'SW1A', hubCode: 'glasgow-gb' },
      { kind: 'postcode_prefix', country: 'GB', prefix: 'SW', hubCode: 'croydon-gb' },
      { kind: 'country', country: 'GB', hubCode: 'northampton-gb' },
    ]
    expect(route(london, { hubs: closed, rules })).toMatchObject({ hubCode: 'croydon-gb', reason: 'postcode_rule' })
    expect(route(london, { hubs: closed, rules: rules.slice(0, 1).concat(rules.slice(2)) })).toMatchObject({ hubCode: 'northampton-gb', reason: 'country_rule' })
  })

  test('a country rule beats distance; a rule naming an unknown hub is ignored', () => {
    const rules: RoutingRule[] = [
      { kind: 'country', country: 'US', hubCode: 'no-such-hub' },
      { kind: 'country', country: 'US', hubCode: 'reno-nv' },
    ]
    expect(route(SHOPPERS.newYork, { rules })).toMatchObject({ hubCode: 'reno-nv', reason: 'country_rule' })
  })

  test('a supplier rule beats every other rule when all suppliers agree', () => {
    const rules: RoutingRule[] = [
      { kind: 'postcode_prefix', country: 'US', prefix: '100', hubCode: 'columbus-oh' },
      { kind: 'supplier', supplierCode: 'SZ-APPAREL', destination: { type: 'hub', hubCode: 'reno-nv' } },
      { kind: 'supplier', supplierCode: 'GZ-HOME', destination: { type: 'hub', hubCode: 'reno-nv' } },
    ]
    const result = route(SHOPPERS.newYork, { rules, supplierCodes: ['SZ-APPAREL', 'GZ-HOME', 'SZ-APPAREL'] })
    expect(result).toMatchObject({ hubCode: 'reno-nv', reason: 'supplier_rule' })
  })

  test('mixed suppliers ignore supplier rules and route as usual', () => {
    const toReno: RoutingRule = { kind: 'supplier', supplierCode: 'SZ-APPAREL', destination: { type: 'hub', hubCode: 'reno-nv' } }
    const toColumbus: RoutingRule = { kind: 'supplier', supplierCode: 'GZ-HOME', destination: { type: 'hub', hubCode: 'columbus-oh' } }
    const ownAddress: RoutingRule = { kind: 'supplier', supplierCode: 'GZ-HOME', destination: { type: 'supplier_address' } }
    const mixed = ['SZ-APPAREL', 'GZ-HOME']
    expect(route(SHOPPERS.newYork, { rules: [toReno, toColumbus], supplierCodes: mixed })).toMatchObject({ hubCode: 'columbus-oh', reason: 'nearest' })
    expect(route(SHOPPERS.newYork, { rules: [toReno], supplierCodes: mixed })).toMatchObject({ reason: 'nearest' })
    expect(route(SHOPPERS.newYork, { rules: [toReno, ownAddress], supplierCodes: mixed })).toMatchObject({ reason: 'nearest' })
  })

  test('a single supplier with its own address gets the parcel, even where no hub could take it', () => {
    const rules: RoutingRule[] = [{ kind: 'supplier', supplierCode: 'PT-KNIT', destination: { type: 'supplier_address' } }]
    const tokyo = { country: 'JP', postcode: '100-0001', coordinates: null }
    expect(route(tokyo, { rules, supplierCodes: ['PT-KNIT'] })).toEqual({ type: 'supplier_address', supplierCode: 'PT-KNIT', reason: 'supplier_rule' })
  })

  test('a supplier rule at a closed hub falls through to the next step', () => {
    const rules: RoutingRule[] = [{ kind: 'supplier', supplierCode: 'SZ-APPAREL', destination: { type: 'hub', hubCode: 'reno-nv' } }]
    const hubs = [COLUMBUS, { ...RENO, isOpen: false }]
    expect(route(SHOPPERS.portland, { rules, hubs })).toMatchObject({ hubCode: 'columbus-oh', reason: 'nearest' })
  })
})

