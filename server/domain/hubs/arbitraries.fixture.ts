// fast-check generators for hub routing: small worlds where borders, closures and rules collide often.
import fc from 'fast-check'
import { type ChooseDestinationInput, type HubCandidate, type RoutingRule } from './hub-types'

export const COUNTRIES = ['DE', 'FR', 'NL', 'GB', 'US', 'NO', 'CH', 'IE'] as const
const SUPPLIERS = ['A', 'B', 'C'] as const
const MAX_HUBS = 6

const coordinates = fc.record({
  latitude: fc.double({ min: -89, max: 89, noNaN: true }),
  longitude: fc.double({ min: -180, max: 180, noNaN: true }),
})

const hubSpec = fc.record({
  country: fc.constantFrom(...COUNTRIES),
  point: coordinates,
  acceptsCountries: fc.subarray([...COUNTRIES], { minLength: 1 }),
  isOpen: fc.boolean(),
  supplierCodes: fc.option(fc.subarray([...SUPPLIERS]), { nil: undefined }),
})

const hubs: fc.Arbitrary<HubCandidate[]> = fc.array(hubSpec, { maxLength: MAX_HUBS }).map((specs) =>
  specs.map(({ point, ...spec }, index) => ({ id: `hub_${index}`, code: `h${index}`, ...point, ...spec })),
)

// Rules may name hubs that do not exist (h0..h7 against at most 6 hubs), as stale config would.
const hubCode = fc.integer({ min: 0, max: MAX_HUBS + 1 }).map((index) => `h${index}`)
const rule: fc.Arbitrary<RoutingRule> = fc.oneof(
  fc.record({ kind: fc.constant('postcode_prefix' as const), country: fc.constantFrom(...COUNTRIES), prefix: fc.constantFrom('1', '10', '101', 'SW', 'SW1A'), hubCode }),
  fc.record({ kind: fc.constant('country' as const), country: fc.constantFrom(...COUNTRIES), hubCode }),
  fc.record({
    kind: fc.constant('supplier' as const),
    supplierCode: fc.constantFrom(...SUPPLIERS),
    destination: fc.oneof(fc.record({ type: fc.constant('hub' as const), hubCode }), fc.constant({ type: 'supplier_address' as const })),
  }),
)

export const routingInput = (options: { withRules: boolean; withCoordinates: boolean }): fc.Arbitrary<ChooseDestinationInput> =>
  fc.record({
    shipTo: fc.record({
      country: fc.constantFrom(...COUNTRIES),
      postcode: fc.constantFrom('10115', 'SW1A 1AA', '1011 AB', '97205', ''),
      coordinates: options.withCoordinates ? coordinates : fc.option(coordinates, { nil: null }),
      countryCentroid: fc.option(coordinates, { nil: null }),
    }),
    supplierCodes: fc.array(fc.constantFrom(...SUPPLIERS), { maxLength: 3 }),
    hubs,
    rules: options.withRules ? fc.array(rule, { maxLength: 6 }) : fc.constant([]),
  })

/** Reference eligibility, written independently of the implementation. */
export const isEligible = (hub: HubCandidate, input: ChooseDestinationInput): boolean =>
  hub.isOpen &&
  hub.acceptsCountries.includes(input.shipTo.country) &&
  (hub.supplierCodes === undefined || hub.supplierCodes.length === 0 || input.supplierCodes.every((code) => hub.supplierCodes!.includes(code)))
