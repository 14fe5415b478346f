import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { chooseDestination } from './choose-destination'
import { COLUMBUS, DEMO_HUBS, NORTHAMPTON, RENO, SHOPPERS, VENLO } from './demo-hubs.fixture'
import { greatCircleKm } from './great-circle'
import { type ChooseDestinationInput, type HubCandidate, type RoutingRule, type ShipTo } from './hub-types'

const route = (shopper: ShipTo, extra: Partial<Omit<ChooseDestinationInput, 'shipTo'>> = {}) =>
  chooseDestination({ shipTo: shopper, supplierCodes: ['SZ-APPAREL'], hubs: DEMO_HUBS, rules: [], ...extra })

// A hypothetical hub on the French side of the Channel that would also take British returns.
const CALAIS: HubCandidate = { id: 'hub_calais', code: 'calais-fr', country: 'FR', latitude: 50.9513, longitude: 1.8587, acceptsCountries: ['GB', 'FR', 'BE'], isOpen: true }

describe('chooseDestination with the demo hubs', () => {
  test.each([
    ['Berlin 10115', SHOPPERS.berlin, 'venlo-nl'],
    ['Portland OR 97205', SHOPPERS.portland, 'reno-nv'],
    ['London SW1A 1AA', SHOPPERS.london, 'northampton-gb'],
    ['New York 10001', SHOPPERS.newYork, 'columbus-oh'],
    ['Austin TX 78701', SHOPPERS.austin, 'columbus-oh'],
    ['Lyon 69002', SHOPPERS.lyon, 'venlo-nl'],
  ])('%s goes to %s', (_name, shopper, hubCode) => {
    expect(route(shopper)).toMatchObject({ type: 'hub', hubCode, reason: 'nearest' })
  })

  test('reports the great-circle distance to the chosen hub', () => {
    const result = route(SHOPPERS.portland)
    expect(result.type === 'hub' && result.distanceKm).toBeCloseTo(greatCircleKm(SHOPPERS.portland.coordinates, RENO), 6)
    expect(result.type === 'hub' && result.distanceKm).toBeGreaterThan(700)
  })

  test('accepts a lower-case country code', () => {
    expect(route({ ...SHOPPERS.berlin, country: 'de' })).toMatchObject({ hubCode: 'venlo-nl' })
  })
})

describe('the customs border', () => {
  test('Dover goes to Northampton although a Calais hub is nearer', () => {
    const { coordinates } = SHOPPERS.dover
    expect(greatCircleKm(coordinates, CALAIS)).toBeLessThan(50)
    expect(greatCircleKm(coordinates, NORTHAMPTON)).toBeGreaterThan(180)
    expect(route(SHOPPERS.dover, { hubs: [...DEMO_HUBS, CALAIS] })).toMatchObject({ hubCode: 'northampton-gb', reason: 'nearest' })
  })

  test('crosses only when no hub on the shopper side can take the return', () => {
    const hubs = [...DEMO_HUBS.filter((hub) => hub !== NORTHAMPTON), { ...NORTHAMPTON, isOpen: false }, CALAIS]
    expect(route(SHOPPERS.dover, { hubs })).toMatchObject({ hubCode: 'calais-fr', reason: 'nearest' })
  })

  test('Norway is outside the EU customs union and has no hub, so Venlo takes it', () => {
    expect(route(SHOPPERS.oslo)).toMatchObject({ hubCode: 'venlo-nl' })
  })

  test('a rule pointing across the border is skipped while a same-zone hub exists', () => {
    const rules: RoutingRule[] = [{ kind: 'country', country: 'GB', hubCode: 'calais-fr' }]
    expect(route(SHOPPERS.dover, { hubs: [...DEMO_HUBS, CALAIS], rules })).toMatchObject({ hubCode: 'northampton-gb', reason: 'nearest' })
  })
})

describe('eligibility', () => {
  test('closed hubs and hubs that do not take the country are never chosen', () => {
    const hubs = [{ ...COLUMBUS, isOpen: false }, RENO, VENLO]
    expect(route(SHOPPERS.newYork, { hubs })).toMatchObject({ hubCode: 'reno-nv' })
    expect(route(SHOPPERS.newYork, { hubs: [RENO, { ...COLUMBUS, acceptsCountries: ['CA'] }] })).toMatchObject({ hubCode: 'reno-nv' })
  })

  test('a hub that lists suppliers takes only shipments whose every supplier it serves', () => {
    const hubs = [{ ...COLUMBUS, supplierCodes: ['GZ-HOME'] }, RENO]
    expect(route(SHOPPERS.newYork, { hubs, supplierCodes: ['GZ-HOME'] })).toMatchObject({ hubCode: 'columbus-oh' })
    expect(route(SHOPPERS.newYork, { hubs, supplierCodes: ['GZ-HOME', 'SZ-APPAREL'] })).toMatchObject({ hubCode: 'reno-nv' })
    expect(route(SHOPPERS.newYork, { hubs: [{ ...COLUMBUS, supplierCodes: [] }, RENO] })).toMatchObject({ hubCode: 'columbus-oh' })
  })

  test('fails with a message for the shopper when no hub can take the country', () => {
    const attempt = () => route({ country: 'JP', postcode: '100-0001', coordinates: { latitude: 35.68, longitude: 139.76 } })
    expect(attempt).toThrow(AppError)
    expect(attempt).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', userMessage: 'No return hub can take returns from JP.' }))
  })
})

describe('without the shopper coordinates', () => {
  const unplaced = (country: string) => ({ country, postcode: '?', coordinates: null })

  test('a hub in the shopper country wins; several go by code', () => {
    expect(route(unplaced('GB'))).toEqual({ type: 'hub', hubId: 'hub_northampton', hubCode: 'northampton-gb', distanceKm: null, reason: 'country_default' })
    expect(route(unplaced('US'))).toMatchObject({ hubCode: 'columbus-oh', reason: 'country_default' })
  })

  test('the country centroid picks the nearest domestic hub when the caller passes it', () => {
    const nevadaish = { ...unplaced('US'), countryCentroid: { latitude: 40, longitude: -117 } }
    expect(route(nevadaish)).toMatchObject({ hubCode: 'reno-nv', distanceKm: null, reason: 'country_default' })
  })

  test('with no domestic hub, the country centroid picks among foreign ones', () => {
    const hubs = [VENLO, { ...VENLO, id: 'hub_zagreb', code: 'zagreb-hr', country: 'HR', latitude: 45.81, longitude: 15.98 }]
    expect(route({ ...unplaced('BG'), countryCentroid: { latitude: 42.77, longitude: 25.23 } }, { hubs })).toMatchObject({ hubCode: 'zagreb-hr', reason: 'country_default' })
    // Without a centroid the pick is merely stable: the lowest hub code.
    expect(route(unplaced('BG'), { hubs })).toMatchObject({ hubCode: 'venlo-nl', reason: 'country_default' })
  })
})

describe('malformed input', () => {
  test.each<[string, Partial<ChooseDestinationInput>]>([
    ['a country that is not a two-letter code', { shipTo: { country: 'Germany', postcode: '10115', coordinates: null } }],
    ['impossible coordinates', { shipTo: { country: 'DE', postcode: '10115', coordinates: { latitude: 91, longitude: 0 } } }],
    ['a hub listed twice', { hubs: [VENLO, VENLO] }],
    ['an empty postcode prefix', { rules: [{ kind: 'postcode_prefix', country: 'DE', prefix: ' ', hubCode: 'venlo-nl' }] }],
    ['a rule without a country', { rules: [{ kind: 'country', country: '', hubCode: 'venlo-nl' }] }],
  ])('rejects %s', (_name, override) => {
    const input: ChooseDestinationInput = { shipTo: SHOPPERS.berlin, supplierCodes: [], hubs: DEMO_HUBS, rules: [], ...override }
    expect(() => chooseDestination(input)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
  })
})
